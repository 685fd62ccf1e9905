"""Incidents to ACLED events: grouping, typing, actor roles, fatalities, assembly."""
