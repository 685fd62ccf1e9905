"""Watches, alerts and their delivery, and reports from the ground (issue 6)."""
