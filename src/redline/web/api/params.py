"""Query parameters several routers share (so each is documented once, and checked the same way)."""

from __future__ import annotations

from fastapi import Query

MAX_LIMIT = 500

LIMIT = Query(50, ge=1, le=MAX_LIMIT, description="How many items at most")
OFFSET = Query(0, ge=0, description="How many matching items to skip")
SINCE = Query(None, description="From this day on (YYYY-MM-DD, inclusive)")
UNTIL = Query(None, description="Up to this day (YYYY-MM-DD, inclusive)")
TYPE = Query(None, description="A PLOVER event type (any case), e.g. ASSAULT")
ACTOR = Query(None, description="The source or target: an actor id, a name (any case) or an ISO3 country")
COUNTRY = Query(None, min_length=3, max_length=3, description="Where it happened: an ISO3 country code")
Q = Query(None, min_length=1, max_length=200, description="Words the evidence contains, each of them (any case)")

