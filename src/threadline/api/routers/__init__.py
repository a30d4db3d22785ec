"""One module per area; each defines `router` (an APIRouter) mounted under /api/v1 by `app.py`."""
