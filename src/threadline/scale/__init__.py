"""Threadline scale stage."""
