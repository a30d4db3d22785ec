"""Threadline auth stage."""
