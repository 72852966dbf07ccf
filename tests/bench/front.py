"""nginx in front of several server processes, as docs/sync.md shows a trust running them.

`nginx_config` is the configuration docs/sync.md prints (with its ports and paths filled in);
`nginx_front` runs it in the foreground for the storm benchmark, so the documented set-up is the one
measured.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import httpx

from tests.sync_helpers import free_port


def nginx_config(listen_port: int, server_ports: Sequence[int], folder: Path) -> str:
    """One nginx in front of the server processes: keep-alive to each, least busy first, bodies up to
    the server's own 16 MiB cap, and the client's address passed on for the per-address limits."""
    upstreams = "\n".join(f"        server 127.0.0.1:{port} max_fails=0;" for port in server_ports)
    return f"""\
worker_processes 1;
pid {folder}/nginx.pid;
error_log {folder}/error.log warn;
events {{ worker_connections 4096; }}
http {{
    access_log off;
    client_body_temp_path {folder}/body;
    proxy_temp_path {folder}/proxy;
    fastcgi_temp_path {folder}/fastcgi;
    uwsgi_temp_path {folder}/uwsgi;
    scgi_temp_path {folder}/scgi;
    client_max_body_size 16m;
    upstream linkbook {{
        least_conn;
{upstreams}
        keepalive 128;
    }}
    server {{
        listen 127.0.0.1:{listen_port};
        location / {{
            proxy_pass http://linkbook;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $remote_addr;
            proxy_set_header X-Forwarded-Proto $scheme;
            proxy_read_timeout 120s;
        }}
    }}
}}
"""


@contextmanager
def nginx_front(server_ports: Sequence[int], folder: Path) -> Iterator[str]:
    """nginx on a free port in front of the servers; yields its URL."""
    binary = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(binary).exists():
        raise RuntimeError("nginx is not installed (Debian: apt-get install nginx)")
    folder.mkdir(parents=True, exist_ok=True)
    port = free_port()
    config = folder / "nginx.conf"
    config.write_text(nginx_config(port, server_ports, folder))
    process = subprocess.Popen(
        [binary, "-c", str(config), "-p", str(folder), "-g", "daemon off;"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 10
        while True:
            if process.poll() is not None:
                raise RuntimeError(
                    f"nginx stopped: {process.stderr.read().decode() if process.stderr else ''}"
                )
            try:
                if httpx.get(url + "/health", timeout=0.5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("nginx did not answer")
            time.sleep(0.05)
        yield url
    finally:
        process.terminate()
        process.wait(10)
