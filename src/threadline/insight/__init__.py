"""Threadline insight stage."""
