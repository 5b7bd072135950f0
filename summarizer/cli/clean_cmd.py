"""``summarizer clean`` (to be written with the cleaner)."""
