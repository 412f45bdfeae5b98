"""``toolmix serve``: textual-serve's server, answering only the person who started it.

textual-serve itself checks nothing: any page in any browser that can reach
the port may open its WebSocket and drive an app. :class:`GuardedServer`
refuses, with 403, every request to the page, the WebSocket and the
downloads unless all of these hold:

- **the token**: a random token, printed at start in the address to open
  (as Jupyter does), is in the URL's ``token`` or in the cookie the page set
  when it was opened with it (HttpOnly, SameSite=Strict, so no other site's
  page sends it);
- **Host** names this server: a loopback name when it listens on one, the
  address it listens on, this machine's name, an IP address when it listens on
  every address, or a name given with ``--allow-host``. A page that rebinds
  its own domain to this address sends its domain, and is refused;
- **Origin**, when the browser sends one (always for a WebSocket, which
  must have one here), is this same server: ``http(s)://`` and the Host.

The static files (textual-serve's script, fonts and style sheet) are served
to anyone: they are the package's own and hold nothing of the user's.
"""

from __future__ import annotations

import ipaddress
import logging
import secrets
import socket
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import aiohttp_jinja2
from aiohttp import web
from textual_serve.server import Server, to_int

from toolmix.text.i18n import _

LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1"})
#: What ``--host`` is for "every address of this machine".
EVERY_ADDRESS = frozenset({"", "0.0.0.0", "::"})


#: The Python code each connection runs. ``python -m`` and ``python -c`` put
#: the current folder first on the import path, and the folder the server was
#: started from may hold a ``toolmix/`` package of its own (a clone of shared
#: trees, say): the empty entry that stands for it is removed before toolmix
#: is imported. (``-I`` would do that too, but also drop the user's site
#: packages, where ``pip install --user`` puts toolmix.)
START = (
    "import sys; sys.path[:] = [p for p in sys.path if p]; "
    "from toolmix.tui.served import main; sys.exit(main(sys.argv[1:]))"
)


def command(tree: str | None, trees: Sequence[str]) -> list[str]:
    """The command line the server runs for each connection."""
    argv = [sys.executable, "-c", START]
    argv += [a for d in trees for a in ("--trees", str(Path(d).resolve()))]
    if tree:
        argv.append(tree)
    return argv


def host_name(header: str) -> str:
    """The name in a Host header or an origin's netloc, without port or brackets."""
    name = header.strip().lower()
    if name.startswith("["):  # [::1]:8000
        return name[1 : name.find("]")] if "]" in name else name
    if name.count(":") == 1:
        name = name.split(":")[0]
    return name


def is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def url_host(host: str) -> str:
    """``host`` as it is written in a URL (IPv6 addresses in brackets)."""
    return f"[{host}]" if ":" in host else host


class _HideToken(logging.Filter):
    """Writes the token as "…" in a log record's text."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        if self.token in text:
            record.msg, record.args = text.replace(self.token, "…"), None
        return True


class GuardedServer(Server):
    """textual-serve's Server with a token, and Host and Origin checks."""

    def __init__(
        self,
        command: str,
        *,
        host: str,
        port: int,
        allow_hosts: Iterable[str] = (),
        token: str | None = None,
    ) -> None:
        self.token = token or secrets.token_urlsafe(24)
        self.cookie = f"toolmix-token-{port}"  # cookies are shared by every port of a host
        every = host in EVERY_ADDRESS
        shown = "127.0.0.1" if every else host
        base = f"http://{url_host(shown)}:{port}"
        super().__init__(command, host=host, port=port, title="toolmix", public_url=base)
        self.every_address = every
        names = {host_name(h) for h in allow_hosts}
        if every or host in LOOPBACK_NAMES:
            names |= LOOPBACK_NAMES
        if not every:
            names.add(host.lower())
        if host not in LOOPBACK_NAMES:
            names |= {socket.gethostname().lower(), socket.getfqdn().lower()}
        self.names = frozenset(names)

    # --- the checks -----------------------------------------------------------------

    def addresses(self) -> list[str]:
        """The addresses to open, token included."""
        query = "/?" + urlencode({"token": self.token})
        urls = [self.public_url + query]
        if self.every_address:
            urls.insert(0, f"http://{url_host(socket.gethostname())}:{self.port}{query}")
        return urls

    def host_allowed(self, header: str) -> bool:
        name = host_name(header)
        return name in self.names or (self.every_address and is_ip(name))

    def refusal(self, request: web.Request, *, websocket: bool = False) -> str | None:
        """Why ``request`` is refused, or None."""
        host = request.headers.get("Host", "")
        if not self.host_allowed(host):
            return _(
                "This server does not answer to that name. Open the address "
                "'toolmix serve' printed, or start it with --allow-host NAME."
            )
        origin = request.headers.get("Origin")
        if origin is None and websocket:
            return _("A connection from a page must say where the page came from (Origin).")
        if origin is not None:
            parts = urlsplit(origin)
            if parts.scheme not in ("http", "https") or parts.netloc.lower() != host.lower():
                return _("Only the page this server sent may connect to it.")
        if not self.has_token(request):
            return _("Open the address 'toolmix serve' printed: it holds the token.")
        return None

    def has_token(self, request: web.Request) -> bool:
        given = request.query.get("token") or request.cookies.get(self.cookie) or ""
        return secrets.compare_digest(given.encode(), self.token.encode())

    def check(self, request: web.Request, *, websocket: bool = False) -> None:
        reason = self.refusal(request, websocket=websocket)
        if reason is not None:
            raise web.HTTPForbidden(text=reason + "\n")

    # --- the routes -----------------------------------------------------------------

    async def handle_index(self, request: web.Request) -> web.StreamResponse:
        self.check(request)
        if "token" in request.query:
            # Keep the token out of the address bar, history and any Referer.
            rest = {k: v for k, v in request.query.items() if k != "token"}
            found = web.HTTPFound(request.path + ("?" + urlencode(rest) if rest else ""))
            found.set_cookie(self.cookie, self.token, httponly=True, samesite="Strict")
            found.headers["Cache-Control"] = "no-store"
            raise found
        router = request.app.router
        scheme = "wss" if request.secure else "ws"
        context: dict[str, Any] = {
            "font_size": to_int(request.query.get("fontsize", "16"), 16),
            # Built from the Host the browser used, not from --host: "0.0.0.0" is no
            # address a browser can open.
            "app_websocket_url": f"{scheme}://{request.host}{router['websocket'].url_for()}",
            "config": {"static": {"url": str(router["static"].url_for(filename="/"))}},
            "application": {"name": self.title},
        }
        response = aiohttp_jinja2.render_template("app_index.html", request, context)
        response.headers["Cache-Control"] = "no-store"
        response.headers["Content-Security-Policy"] = "frame-ancestors 'none'"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        self.check(request, websocket=True)
        return await super().handle_websocket(request)

    async def handle_download(self, request: web.Request) -> web.StreamResponse:
        self.check(request)
        return await super().handle_download(request)

    def initialize_logging(self) -> None:
        super().initialize_logging()
        # The access log would print each request line, the token with it.
        logging.getLogger("aiohttp.access").addFilter(_HideToken(self.token))

    async def on_startup(self, app: web.Application) -> None:
        where = (
            _("every address of this machine, port {port}").format(port=self.port)
            if self.every_address
            else self.public_url
        )
        print("toolmix: " + _("serving on {where}; open:").format(where=where), file=sys.stderr)
        for url in self.addresses():
            print(f"    {url}", file=sys.stderr)
        print("toolmix: " + _("press Ctrl+C to stop"), file=sys.stderr, flush=True)
