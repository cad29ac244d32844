"""Dates: the dateline and calendar expressions resolved against the reference date."""
