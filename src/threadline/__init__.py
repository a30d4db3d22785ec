"""Threadline: from scattered reports to rescued victims and disrupted networks."""

__version__ = "0.1.0"
