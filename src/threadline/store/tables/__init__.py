"""Table modules. Importing this package registers every table on `Base.metadata`."""

from threadline.store.tables import (  # noqa: F401
    alerts,
    audit,
    auth,
    cases,
    entities,
    facts,
    feeds,
    jobs,
    receipts,
    reports,
    victims,
)
