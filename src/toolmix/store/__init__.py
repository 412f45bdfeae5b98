"""What toolmix keeps between runs: autosaved sessions, settings, resuming."""
