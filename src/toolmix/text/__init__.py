"""Text rules below everything: what a string may hold, escaping, and how numbers are worded."""
