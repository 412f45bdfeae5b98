"""A walk through a loaded tree: session, answers, selection, plan, cases, exploring a result."""
