"""Persistence around the pure stages: read a stage's input from the store, write its output back.

Each module registers a pipeline step (see `threadline.pipeline`) and is idempotent: a retried job
replaces its own earlier output for the report, never duplicates it.
"""
