"""Extractive methods: each scores sentences; one shared step fits them into the budget."""

from .base import ExtractiveMethod, select

__all__ = ["ExtractiveMethod", "select"]
