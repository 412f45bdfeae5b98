"""Issue 14.9: ``toolmix serve`` answers only the page it sent, with its token.

A real server (the command a user runs) on a free port, spoken to with
aiohttp's client as a hostile page or a rebinding DNS name would: a request
without the token, with another Host, or a WebSocket from another Origin or
none, gets 403; the page opened with the printed address gets a cookie, and
with it the WebSocket drives an app.
"""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import TREES
from terminal import toolmix_command
from web_server import free_port, start_server, stop, wait_for_port

aiohttp = pytest.importorskip("aiohttp", reason="the web extra is not installed")
pytest.importorskip("textual_serve", reason="the web extra is not installed")

from toolmix.tui.web import GuardedServer  # noqa: E402


@dataclass
class Served:
    port: int
    token: str
    err: list[str]

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def host(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def cookie(self) -> dict[str, str]:
        return {"Cookie": f"toolmix-token-{self.port}={self.token}"}


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    tmp = tmp_path_factory.mktemp("serve")
    port = free_port()
    server, lines = start_server(tmp, str(TREES / "tiny.json"), "--port", str(port))
    try:
        found = re.search(r"token=([\w-]+)", "".join(lines))
        assert found, "".join(lines)
        yield Served(port, found.group(1), lines)
    finally:
        stop(server)


async def get(
    served: Served, path: str, headers: dict[str, str] | None = None
) -> tuple[int, str, dict[str, str]]:
    async with (
        aiohttp.ClientSession() as client,
        client.get(served.base + path, headers=headers or {}, allow_redirects=False) as response,
    ):
        return response.status, await response.text(), dict(response.headers)


async def websocket(served: Served, headers: dict[str, str]) -> int | bytes:
    """The refusal's status, or the first bytes the app sent."""
    async with aiohttp.ClientSession() as client:
        try:
            async with client.ws_connect(
                f"ws://127.0.0.1:{served.port}/ws?width=80&height=24", headers=headers
            ) as ws:
                message = await asyncio.wait_for(ws.receive(), 30)  # pings restart its own timeout
                assert message.type == aiohttp.WSMsgType.BINARY, message
                data: bytes = message.data
                return data
        except aiohttp.WSServerHandshakeError as exc:
            return exc.status


def test_the_address_is_printed_with_its_token(served: Served) -> None:
    text = "".join(served.err)
    assert f"http://127.0.0.1:{served.port}/?token={served.token}" in text
    assert len(served.token) >= 32


@pytest.mark.parametrize(
    "query, extra",
    [
        ("", {}),  # no token
        ("?token=wrong", {}),
        ("?token={token}", {"Host": "evil.example:{port}"}),  # DNS rebinding
        ("?token={token}", {"Host": "evil.example"}),
        ("?token={token}", {"Origin": "http://evil.example"}),
    ],
    ids=["no token", "wrong token", "other host", "other host, no port", "other origin"],
)
async def test_the_page_is_refused(served: Served, query: str, extra: dict[str, str]) -> None:
    headers = {k: v.format(port=served.port) for k, v in extra.items()}
    status, text, _ = await get(served, query.format(token=served.token), headers)
    assert status == 403
    assert served.token not in text


async def test_the_printed_address_sets_the_cookie_and_the_page_follows(served: Served) -> None:
    status, _, headers = await get(served, f"/?token={served.token}")
    assert status == 302 and headers["Location"] == "/"
    cookie = headers["Set-Cookie"]
    assert f"toolmix-token-{served.port}={served.token}" in cookie
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    status, page, headers = await get(served, "/", served.cookie)
    assert status == 200
    assert f'data-session-websocket-url="ws://{served.host}/ws"' in page
    assert headers["Cache-Control"] == "no-store"


@pytest.mark.parametrize(
    "origin, host, with_token",
    [
        ("http://evil.example", None, True),  # the attack issue 14 reports
        (None, None, True),  # no Origin at all
        ("http://127.0.0.1:{port}", None, False),  # the right page, no token
        ("http://evil.example:{port}", "evil.example:{port}", True),  # rebinding
        ("null", None, True),  # a sandboxed frame or a file: page
        ("http://127.0.0.1:1", None, True),  # another port
    ],
    ids=["other origin", "no origin", "no token", "rebound host", "null origin", "other port"],
)
async def test_the_websocket_is_refused(
    served: Served, origin: str | None, host: str | None, with_token: bool
) -> None:
    headers = dict(served.cookie) if with_token else {}
    if origin is not None:
        headers["Origin"] = origin.format(port=served.port)
    if host is not None:
        headers["Host"] = host.format(port=served.port)
    assert await websocket(served, headers) == 403


async def test_the_websocket_from_the_page_drives_the_app(served: Served) -> None:
    headers = {**served.cookie, "Origin": served.base}
    first = await websocket(served, headers)
    assert isinstance(first, bytes) and first


@pytest.mark.parametrize("with_token", [True, False])
async def test_downloads_need_the_token(served: Served, with_token: bool) -> None:
    status, _, _ = await get(served, "/download/no-such-key", served.cookie if with_token else {})
    assert status == (404 if with_token else 403)


@pytest.mark.parametrize(
    "bind, header, allowed",
    [
        ("127.0.0.1", "127.0.0.1:8000", True),
        ("127.0.0.1", "localhost:8000", True),
        ("127.0.0.1", "[::1]:8000", True),
        ("127.0.0.1", "192.168.1.5:8000", False),
        ("127.0.0.1", "evil.example:8000", False),
        ("127.0.0.1", "", False),
        ("", "192.168.1.5:8000", True),  # every address: any address typed as such
        ("", "[fe80::1]:8000", True),
        ("", "localhost:8000", True),
        ("", "evil.example:8000", False),
        ("0.0.0.0", "evil.example", False),
        ("192.168.1.5", "192.168.1.5:8000", True),
        ("192.168.1.5", "10.0.0.1:8000", False),
    ],
)
def test_which_host_names_are_answered(bind: str, header: str, allowed: bool) -> None:
    server = GuardedServer("true", host=bind, port=8000)
    assert server.host_allowed(header) is allowed


def test_an_allowed_host_is_answered() -> None:
    server = GuardedServer("true", host="127.0.0.1", port=8000, allow_hosts=["Toolmix.Example"])
    assert server.host_allowed("toolmix.example:443")
    assert not server.host_allowed("evil.example")


def test_every_address_is_said_in_words(tmp_path: Path) -> None:
    port = free_port()
    server, lines = start_server(
        tmp_path, str(TREES / "tiny.json"), "--port", str(port), "--host", ""
    )
    stop(server)
    text = "".join(lines)
    assert "serving on :" not in text and "on http://:" not in text
    assert f"every address of this machine, port {port}" in text
    assert f"http://127.0.0.1:{port}/?token=" in text


def test_the_token_is_not_in_the_access_log(tmp_path: Path) -> None:
    port = free_port()
    log = tmp_path / "stdout"
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state"), "COLUMNS": "300"}
    with log.open("w") as out:
        server = subprocess.Popen(
            [toolmix_command(), "serve", str(TREES / "tiny.json"), "--port", str(port)],
            cwd=tmp_path,
            env=env,
            stdout=out,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
        try:
            assert server.stderr is not None
            printed = ""
            for line in server.stderr:
                printed += line
                if "Ctrl+C" in line:
                    break
            found = re.search(r"token=([\w-]+)", printed)
            assert found
            wait_for_port(port)
            import urllib.request

            opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor())
            with opener.open(f"http://127.0.0.1:{port}/?token={found.group(1)}") as page:
                assert page.status == 200  # followed the redirect, with the cookie
        finally:
            stop(server)
    text = log.read_text()
    assert "token=…" in text  # the request was logged, without its token
    assert found.group(1) not in text
