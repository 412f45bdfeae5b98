"""`toolmix serve` in a real headless browser: the app appears and takes an answer.

Needs Debian's chromium and chromium-driver (.ci/run installs them) and the
web extra; skipped with the reason otherwise.
"""

from __future__ import annotations

import base64
import codecs
import json
import os
import re
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from conftest import TREES
from terminal import toolmix_command
from toolmix.load.loader import load_tree
from web_server import free_port, start_server, stop, wait_for_port

pytest.importorskip(
    "textual_serve", reason="the web extra is not installed (pip install 'toolmix[web]')"
)
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
needs_browser = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER),
    reason="no browser: install Debian's chromium and chromium-driver to run this test",
)


def browser(profile: Path):  # type: ignore[no-untyped-def]
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        "--window-size=1200,800",
    ):
        options.add_argument(arg)
    # Chromium logs each WebSocket frame: the page draws on a canvas, so the frames are where its text is.
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    return webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)


ESCAPE = re.compile(
    r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[PX^_].*?\x1b\\|.)", re.S
)


class Drawn:
    """What the app has sent the page: its output bytes (binary frames), escape sequences taken out."""

    def __init__(self, driver) -> None:  # type: ignore[no-untyped-def]
        self.driver = driver
        self.output = ""
        self.decoder = codecs.getincrementaldecoder("utf-8")(
            "replace"
        )  # a character may span frames

    def read(self) -> None:
        """Take in the frames received since the last read."""
        for entry in self.driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message["method"] == "Network.webSocketFrameReceived":
                frame = message["params"]["response"]
                if frame["opcode"] == 2:  # binary: the app's output; text frames are the protocol's
                    self.output += self.decoder.decode(base64.b64decode(frame["payloadData"]))

    def wait_for(self, text: str, since: int = 0, timeout: float = 30) -> int:
        """Until ``text`` is drawn after position ``since`` of the output; the output's length then."""
        deadline = time.monotonic() + timeout
        while True:
            self.read()
            plain = ESCAPE.sub("", self.output[since:])
            if text in plain:
                return len(self.output)
            assert time.monotonic() < deadline, (
                f"{text!r} never drawn; last drawn: {plain[-600:]!r}"
            )
            time.sleep(0.1)


@needs_browser
def test_the_app_in_a_browser_takes_an_answer(tmp_path: Path) -> None:
    port = free_port()
    (tmp_path / "tmp").mkdir()
    env = {
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "TMPDIR": str(tmp_path / "tmp"),  # where each connection keeps its own autosave
    }
    server, printed = start_server(tmp_path, str(TREES / "tiny.json"), "--port", str(port), env=env)
    driver = None
    try:
        address = next(w for w in "".join(printed).split() if "token=" in w)
        driver = browser(tmp_path / "profile")
        driver.get(address)
        drawn = Drawn(driver)
        tree = load_tree(TREES / "tiny.json").tree
        assert tree.intro is not None
        shown = drawn.wait_for(tree.intro)
        from selenium.webdriver.common.action_chains import ActionChains
        from selenium.webdriver.common.by import By
        from selenium.webdriver.common.keys import Keys

        terminal = driver.find_element(By.CSS_SELECTOR, ".xterm-helper-textarea")
        ActionChains(driver).click(driver.find_element(By.CSS_SELECTOR, ".xterm-screen")).perform()
        terminal.send_keys(Keys.ENTER)
        drawn.wait_for(tree.nodes[tree.start].text, since=shown)
        # The keys reach the app in order: the name is typed before the Enter that answers.
        terminal.send_keys("ACME", Keys.ENTER)
        deadline = time.monotonic() + 20
        while not (saved := sorted((tmp_path / "tmp").glob("toolmix-web-*/*.json"))):
            assert time.monotonic() < deadline, "no answer reached the app"
            time.sleep(0.2)
        assert json.loads(saved[0].read_text())["answers"] == {"name": "ACME"}
        # the connection's own session: nothing in the server user's folders
        assert not (tmp_path / "state" / "toolmix" / "sessions").exists() or not any(
            (tmp_path / "state" / "toolmix" / "sessions").iterdir()
        )
    finally:
        if driver is not None:
            driver.quit()
        stop(server)


def test_serve_warns_about_any_other_address(tmp_path: Path) -> None:
    port = free_port()
    server = subprocess.Popen(
        [
            toolmix_command(),
            "serve",
            str(TREES / "tiny.json"),
            "--port",
            str(port),
            "--host",
            "127.0.0.2",
        ],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        wait_for_port(port, "127.0.0.2")
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        _, err = server.communicate(timeout=10)
    assert "has the address with its token can use the app" in err
