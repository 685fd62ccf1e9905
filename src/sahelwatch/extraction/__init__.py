"""Article text in, ACLED-style events out."""
