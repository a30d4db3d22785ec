"""Table modules. Importing this package registers every table on `Base.metadata`."""

from threadline.store.tables import feeds, jobs, reports  # noqa: F401
