"""From a tree file to a checked tree: read, parse, locate, validate, lint, index, cache, discover."""
