"""The full-screen app. Imports Textual; the core (``toolmix.*``) never imports this."""
