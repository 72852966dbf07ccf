"""GET /health: for load balancers and the app's "is the server reachable" check."""

from fastapi import APIRouter

from sync.protocol import PROTOCOL_VERSION, Health

router = APIRouter(tags=["health"])


@router.get("/health")
def health() -> Health:
    return Health(status="ok", protocol=PROTOCOL_VERSION)
