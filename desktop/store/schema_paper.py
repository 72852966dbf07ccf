"""Returned paper (schema 0015): where each printed returnable page's boxes are, and each scanned page.

`paper_page_layout` is written when packs are printed (desktop/printing/page_areas.py records the boxes
as they are drawn), so a scan is read against exactly what was printed. `paper_return` keeps every
scanned page, filed or waiting for review; its unique page key makes a second import of a scan a no-op.
"""

import datetime as dt
from typing import Any

from sqlalchemy import Boolean, DateTime, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.schema_base import Base, Id


class PaperPageLayoutRow(Base):
    """One returnable page as printed: its code and the rectangles of its boxes (JSON, page points)."""

    __tablename__ = "paper_page_layout"
    __table_args__ = (UniqueConstraint("reply_code", "household", "page", "areas_hash"),)
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    reply_code: Mapped[str] = mapped_column(String(16), index=True)
    household: Mapped[int] = mapped_column(Integer)
    page: Mapped[int] = mapped_column(Integer)
    areas_hash: Mapped[str] = mapped_column(String(64))
    areas: Mapped[str] = mapped_column(Text)
    printed_at: Mapped[dt.datetime] = mapped_column(DateTime)


class PaperReturnRow(Base):
    """A scanned page: filed, waiting for review, or discarded."""

    __tablename__ = "paper_return"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    page_key: Mapped[str] = mapped_column(String(64), unique=True)
    source: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), index=True)
    scanned_at: Mapped[dt.datetime] = mapped_column(DateTime)
    picture_id: Mapped[str] = mapped_column(Id)
    code: Mapped[str] = mapped_column(Text, default="")
    pupil_id: Mapped[str | None] = mapped_column(Id, nullable=True, index=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    read: Mapped[bool] = mapped_column(Boolean, default=False)
    cuttings: Mapped[list[Any]] = mapped_column(default=list)
