"""Quantities: power, energy and production figures in base units."""
