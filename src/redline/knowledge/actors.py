"""Actor records as the rest of redline reads them: ActorEntry, and how a later record updates one."""

from __future__ import annotations

from dataclasses import dataclass

from .schemas import Actor

LIST_FIELDS = ("aliases", "demonyms", "metonyms", "roles", "affiliations")


@dataclass(frozen=True)
class ActorEntry:
    """One actor of the knowledge base (see data/README.md for the fields)."""

    id: str
    name: str
    kind: str
    country: str | None
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    roles: tuple[dict, ...] = ()
    affiliations: tuple[dict, ...] = ()
    curated: bool = False


def _role(role: dict) -> dict:
    """A role as a dict of the keys its record gave; titles as a lower-case list."""
    return {**role, "title": [t.lower() for t in role.get("title") or ()]}


def actor_entry(actor: Actor, curated: bool) -> ActorEntry:
    """A checked record as an ActorEntry: roles and affiliations as dicts of the keys the record gave."""
    return ActorEntry(
        id=actor.id, name=actor.name, kind=actor.kind, country=actor.country, curated=curated,
        aliases=tuple(actor.aliases or ()), demonyms=tuple(actor.demonyms or ()), metonyms=tuple(actor.metonyms or ()),
        roles=tuple(_role(r.model_dump(exclude_unset=True)) for r in actor.roles or ()),
        affiliations=tuple(a.model_dump(exclude_unset=True) for a in actor.affiliations or ()))


def merged(old: ActorEntry, new: ActorEntry) -> ActorEntry:
    """A later record with a known id: its name, kind and country win; its lists extend the old ones."""
    lists = {k: (*getattr(old, k), *(v for v in getattr(new, k) if v not in getattr(old, k))) for k in LIST_FIELDS}
    return ActorEntry(id=new.id, name=new.name, kind=new.kind, country=new.country, curated=new.curated, **lists)
