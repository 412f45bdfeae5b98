"""Tree translations: side files beside a tree that give its strings in another language."""
