"""`toolmix serve` in a real headless browser: the app appears and takes an answer.

Needs Debian's chromium and chromium-driver (.ci/run installs them) and the
web extra; skipped with the reason otherwise.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

import pytest

from conftest import TREES
from terminal import toolmix_command

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


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for_port(port: int, host: str = "127.0.0.1", timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex((host, port)) == 0:
                return
        time.sleep(0.1)
    raise AssertionError(f"nothing listens on port {port}")


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
    return webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)


@needs_browser
def test_the_app_in_a_browser_takes_an_answer(tmp_path: Path) -> None:
    port = free_port()
    (tmp_path / "tmp").mkdir()
    env = {
        **os.environ,
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "TMPDIR": str(tmp_path / "tmp"),  # where each connection keeps its own autosave
    }
    server = subprocess.Popen(
        [toolmix_command(), "serve", str(TREES / "tiny.json"), "--port", str(port)],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    driver = None
    try:
        assert server.stderr is not None
        printed = ""
        for line in server.stderr:
            printed += line
            if "Ctrl+C" in line:
                break
        address = next(w for w in printed.split() if "token=" in w)
        wait_for_port(port)
        driver = browser(tmp_path / "profile")
        driver.get(address)
        deadline = time.monotonic() + 30
        while not driver.execute_script("return document.body.classList.contains('-first-byte')"):
            assert time.monotonic() < deadline, "the app never drew its first screen"
            time.sleep(0.2)
        time.sleep(1.5)  # let the first screen settle before typing
        from selenium.webdriver.common.action_chains import ActionChains
        from selenium.webdriver.common.by import By
        from selenium.webdriver.common.keys import Keys

        driver.save_screenshot(str(tmp_path / "first.png"))
        terminal = driver.find_element(By.CSS_SELECTOR, ".xterm-helper-textarea")
        ActionChains(driver).click(driver.find_element(By.CSS_SELECTOR, ".xterm-screen")).perform()
        terminal.send_keys(Keys.ENTER)
        time.sleep(1.0)
        terminal.send_keys("ACME")
        time.sleep(0.3)
        terminal.send_keys(Keys.ENTER)
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
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)


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
