"""Responses written straight from a wire model, for the routes every sync calls.

FastAPI validates what a handler returns against its response model and then serialises it; for a model
the handler built from the database (or `model_construct`ed from it) that validation is pure cost. The
routes keep `response_model=` for the API's schema and return these instead.
"""

from fastapi import Response
from pydantic import BaseModel

JSON = "application/json"


class JsonBytes(Response):
    """A wire model as JSON, serialised once by pydantic's own (compiled) serialiser."""

    media_type = JSON

    def __init__(self, model: BaseModel, status_code: int = 200, exclude: set[str] | None = None) -> None:
        super().__init__(model.model_dump_json(exclude=exclude).encode(), status_code=status_code)
