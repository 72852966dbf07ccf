"""schemathesis against the server's published OpenAPI: no input makes it answer with a server error.

Every generated request is sent twice to the real app: as is (so unauthenticated), and signed by a
registered admin device, so the generated bodies also reach the handlers and the store.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from starlette.testclient import TestClient

from sync.auth import DeviceSignature
from sync.server import create_app
from tests.sync_helpers import found_school
from tests.sync_helpers import settings as server_settings

_DATA = Path(tempfile.mkdtemp(prefix="linkbook-schemathesis-"))
APP = create_app(server_settings(_DATA / "server"))
CLIENT = TestClient(APP, base_url="http://server", raise_server_exceptions=False)
SCHOOL = found_school(CLIENT, pupils=1)
SIGNED = DeviceSignature(SCHOOL.admin.engine.device)
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@schema.parametrize()
@settings(max_examples=6, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_request_makes_the_server_fail(case):
    kwargs = case.as_transport_kwargs(base_url="http://server")
    content = kwargs.get("data", kwargs.get("content"))
    if "json" in kwargs:
        content = json.dumps(kwargs["json"]).encode()
    if isinstance(content, str):
        content = content.encode()
    request = dict(
        method=kwargs["method"],
        url=kwargs["url"],
        params=kwargs.get("params"),
        headers={k: str(v) for k, v in (kwargs.get("headers") or {}).items()},
        content=content,
    )
    for auth in (None, SIGNED):
        response = CLIENT.request(**request, auth=auth)
        assert response.status_code < 500, (case.method, case.path, response.status_code, response.text[:200])
