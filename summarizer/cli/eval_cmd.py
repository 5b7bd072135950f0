"""``summarizer eval`` (to be written with the evaluation harness)."""
