"""Persistence: SQLAlchemy tables, sessions, migrations, the durable job queue, the raw-report store."""
