"""The same stages as batch jobs on Spark, for national scale (optional extra: `spark`)."""
