"""Table modules. Importing this package registers every table on `Base.metadata`."""

from threadline.store.tables import audit, auth, cases, facts, feeds, jobs, receipts, reports  # noqa: F401
