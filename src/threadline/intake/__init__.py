"""Threadline intake stage."""
