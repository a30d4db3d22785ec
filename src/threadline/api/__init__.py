"""FastAPI routers: thin — validate, call a stage's service, shape the answer."""
