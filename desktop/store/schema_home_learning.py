"""Home learning (schema 0017): the tasks teachers set, and each pupil's family's return on each task.

`home_learning_task` is the teacher's task; `home_learning_pupil` names each pupil it is for and holds what
came back (done, a comment; from the app or on paper). Both sync in the pupils' scopes: the task goes to
every pupil it is for (and so to their family's devices), a pupil's row to that pupil's scope only, and a
family device may change only the done and comment fields of its own child's row.
"""

import datetime as dt
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.schema_base import Base, Id


class HomeLearningTaskRow(Base):
    """A home-learning task for a class or a group of it, with the guidance for families."""

    __tablename__ = "home_learning_task"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    class_id: Mapped[str] = mapped_column(Id, index=True)
    title: Mapped[str] = mapped_column(Text)
    details: Mapped[str] = mapped_column(Text, default="")
    due_on: Mapped[dt.date] = mapped_column(Date, index=True)
    set_on: Mapped[dt.date] = mapped_column(Date)
    set_by: Mapped[str] = mapped_column(Text)
    minutes: Mapped[int] = mapped_column(Integer, default=0)
    guidance: Mapped[list[Any]] = mapped_column(default=list)
    together: Mapped[bool] = mapped_column(Boolean, default=False)


class HomeLearningPupilRow(Base):
    """One pupil a task is for, and what their family sent back: done, and a comment."""

    __tablename__ = "home_learning_pupil"
    task_id: Mapped[str] = mapped_column(
        ForeignKey("home_learning_task.id", ondelete="CASCADE"), primary_key=True
    )
    pupil_id: Mapped[str] = mapped_column(ForeignKey("pupil.id"), primary_key=True, index=True)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    done_by: Mapped[str] = mapped_column(Text, default="")
    done_method: Mapped[str | None] = mapped_column(String(8), default=None)
    comment_text: Mapped[str] = mapped_column(Text, default="")
    comment_by: Mapped[str] = mapped_column(Text, default="")
    comment_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    comment_method: Mapped[str | None] = mapped_column(String(8), default=None)
