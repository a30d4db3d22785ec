"""Threadline store stage."""
