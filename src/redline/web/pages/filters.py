"""The event filters of the list and map pages, read from the query string: `type`, `actor`, `country`,
`since`, `until` (and `q`, words of the evidence). Blank values are no filter."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from ..deps import Source
from .render import day, text

ACTOR_NAMES = 500  # actor names offered by the forms


def actor_names(src: Source) -> list[str]:
    """Names to offer in the actor fields: those of the first ACTOR_NAMES actors by name."""
    return sorted({a["name"] for a in src.redline.actors(src.db, limit=ACTOR_NAMES)["items"]})


@dataclass(frozen=True)
class Filters:
    """The filters as given (strings for the form, dates parsed)."""

    type: str | None = None
    actor: str | None = None
    country: str | None = None
    since: date | None = None
    until: date | None = None
    q: str | None = None

    @classmethod
    def read(cls, type: str | None, actor: str | None, country: str | None, since: str | None,
             until: str | None, q: str | None = None) -> Filters:
        """The filters of a request's parameters. Raises BadQuery for a date that is not YYYY-MM-DD."""
        kind = text(type)
        return cls(kind.upper() if kind else None, text(actor), (text(country) or "").upper() or None,
                   day("since", since), day("until", until), text(q))

    def arguments(self) -> dict:
        """The keyword arguments of `Redline.incidents` / `Redline.places` (dates as dates)."""
        return asdict(self)

    def params(self) -> dict[str, str]:
        """The query parameters that give these filters (for links: pages, countries)."""
        return {k: v.isoformat() if isinstance(v, date) else v for k, v in asdict(self).items() if v is not None}
