"""A result written out: Markdown, JSON, the flowchart, and the explore reports."""
