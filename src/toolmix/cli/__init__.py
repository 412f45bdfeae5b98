"""The ``toolmix`` command: the parser and every command. Headless commands never import Textual."""
