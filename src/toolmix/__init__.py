"""toolmix: walk a decision tree and get the few tools that fit.

The package splits into a pure core (this package's top-level modules: the
tree model, loading and linting, the engine and the exporters) and the
full-screen app in ``toolmix.tui``. The core never imports Textual or Rich.
"""

__version__ = "0.1.0"
