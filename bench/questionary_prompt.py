"""The questionary baseline: one select prompt (pip install questionary)."""

import questionary

questionary.select("Which one do you use most?", choices=["Email", "Phone", "Social media"]).ask()
