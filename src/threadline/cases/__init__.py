"""Threadline cases stage."""
