"""The baseline app: one Label, nothing else (for startup and memory)."""

from textual.app import App, ComposeResult
from textual.widgets import Label


class Bare(App[None]):
    def compose(self) -> ComposeResult:
        yield Label("Hello from a bare app")


if __name__ == "__main__":
    Bare().run()
