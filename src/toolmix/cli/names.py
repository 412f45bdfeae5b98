"""The names of ``toolmix``'s commands, in the order ``toolmix --help`` lists them.

Imports nothing: ``toolmix.cli.main`` tells a command from a TREE with it on
every start, and the usual start, ``toolmix`` or ``toolmix TREE``, builds no
parser (argparse and every command's module stay unimported). The parser
refuses to add a command not named here, and tests/test_cli_usage.py checks
that the parser builds exactly these.
"""

COMMANDS = (
    "validate",
    "schema",
    "list",
    "paths",
    "install",
    "serve",
    "ask",
    "answer",
    "graph",
    "audit",
    "test",
    "compare",
    "completion",
    "translate",
)
