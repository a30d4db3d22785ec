"""Threadline link stage."""
