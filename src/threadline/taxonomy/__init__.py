"""The shared vocabulary of every stage: enums, their lexicons (data files) and the `Document` type."""
