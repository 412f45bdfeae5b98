"""The tree format as records: conditions, nodes, items, the tree, and located problems."""
