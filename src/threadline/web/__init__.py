"""Threadline web stage."""
