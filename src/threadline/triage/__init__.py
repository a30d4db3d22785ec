"""Threadline triage stage."""
