"""The audit of a tree's whole answer space, for authors."""
