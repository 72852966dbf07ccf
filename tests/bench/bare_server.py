"""The floor under the storm: a bare FastAPI endpoint returning a small JSON list, served by uvicorn the way
the sync server is, and driven by the same number of client threads in two forked processes.

    python -m tests.bench.bare_server --port P     (the server; the storm starts it itself)
"""

from __future__ import annotations

import argparse
import multiprocessing
import subprocess
import sys
import threading
import time
from typing import Any

import httpx

from tests.bench.measure import percentile
from tests.sync_helpers import ROOT, free_port

HEADS = [{"scope": f"s{n:02d}", "head": f"{n:016x}"} for n in range(8)]


def app() -> Any:
    from fastapi import FastAPI

    bare = FastAPI()

    @bare.get("/v1/list")
    def listing() -> list[dict[str, str]]:
        return HEADS

    return bare


def _serve(port: int) -> None:
    import uvicorn

    uvicorn.run(app(), host="127.0.0.1", port=port, log_level="warning", limit_concurrency=512)


def _client(url: str, threads: int, seconds: float, out: Any) -> None:
    times: list[float] = []
    lock = threading.Lock()
    client = httpx.Client(timeout=30, limits=httpx.Limits(max_connections=threads * 2))
    deadline = time.monotonic() + seconds

    def loop() -> None:
        mine: list[float] = []
        while time.monotonic() < deadline:
            start = time.perf_counter()
            client.get(url).raise_for_status()
            mine.append(time.perf_counter() - start)
        with lock:
            times.extend(mine)

    pool = [threading.Thread(target=loop) for _ in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    client.close()
    out.send(times)
    out.close()


def floor(threads: int, seconds: float, processes: int = 2) -> tuple[float, float]:
    """(requests a second, p95 ms) of the bare endpoint under `threads` client threads in all."""
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "tests.bench.bare_server", "--port", str(port)], cwd=ROOT
    )
    url = f"http://127.0.0.1:{port}/v1/list"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(url, timeout=0.5).status_code == 200:
                    break
            except httpx.HTTPError:
                if time.monotonic() > deadline:
                    raise RuntimeError("the bare server did not start") from None
                time.sleep(0.05)
        context = multiprocessing.get_context("fork")
        children = []
        for _ in range(processes):
            receive, send = context.Pipe(duplex=False)
            child = context.Process(target=_client, args=(url, max(1, threads // processes), seconds, send))
            child.start()
            send.close()
            children.append((child, receive))
        times = []
        for child, receive in children:
            times.extend(receive.recv())
            child.join()
    finally:
        server.terminate()
        server.wait(10)
    return len(times) / seconds, percentile(times, 0.95) * 1000


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    _serve(parser.parse_args().port)
