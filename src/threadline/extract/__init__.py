"""`Document` → `Facts`: mentions and classifications, each with its evidence span. Pure: no I/O."""
