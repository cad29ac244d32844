"""Facilities: named installations and projects with location, operator and capacity."""
