"""What each knowledge file may say: one pydantic model per file, or per record of a file.

Every model forbids unknown keys, so a typo (`no_object:`, `prepp:`) is an error rather than a
condition silently dropped. Values are checked against closed vocabularies (PLOVER types and
modes, actor kinds, affiliation relations) and dates must be real days.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any, ClassVar, Literal, get_args

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    RootModel,
    StrictBool,
    StrictStr,
    ValidationInfo,
    field_validator,
    model_validator,
)

PloverType = Literal["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                     "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
ActorKind = Literal["state", "government", "military", "police", "armed_group", "party", "person", "igo", "ngo",
                    "media", "company", "legislature", "other", "protesters", "civilians"]
Relation = Literal["part_of", "backed_by", "allied_with", "member_of", "leads", "commands"]
PLOVER_TYPES = frozenset(get_args(PloverType))
ACTOR_KINDS = frozenset(get_args(ActorKind))
RELATIONS = frozenset(get_args(Relation))


def _iso3(value: str) -> str:
    if not re.fullmatch(r"[A-Z]{3}", value):
        raise ValueError(f"must be an ISO3 country code, not {value!r}")
    return value


def _iso_date(value: Any) -> str | None:
    """A YYYY-MM-DD day (a string, or a date YAML made) as an ISO string; None stays None."""
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise ValueError(f"{value!r} is not a YYYY-MM-DD date") from None


def _month_day(value: Any) -> tuple[int, int]:
    """A fixed day of the year, "MM-DD", as (month, day); 02-29 is allowed."""
    match = re.fullmatch(r"(\d\d)-(\d\d)", str(value))
    try:
        day = date(2000, int(match[1]), int(match[2]))  # type: ignore[index]
    except (TypeError, ValueError):
        raise ValueError(f"{value!r} is not a MM-DD day of the year") from None
    return day.month, day.day


def _listed(value: Any) -> Any:
    return [value] if isinstance(value, str) else value


Iso3 = Annotated[StrictStr, AfterValidator(_iso3)]
IsoDate = Annotated[str | None, BeforeValidator(_iso_date)]
Words = list[StrictStr]


class Strict(BaseModel):
    """Unknown keys are errors; a loaded record does not change."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Span(Strict):
    """A dated role or affiliation: the keys it needs, and start/end as real days in order."""

    NEEDS: ClassVar[tuple[str, ...]] = ()
    start: IsoDate = None
    end: IsoDate = None

    @model_validator(mode="before")
    @classmethod
    def _needs(cls, data: Any) -> Any:
        missing = [k for k in cls.NEEDS if not isinstance(data, dict) or k not in data]
        if missing:
            raise ValueError(f"needs {', '.join(cls.NEEDS)} (missing {', '.join(missing)})")
        return data

    @model_validator(mode="after")
    def _in_order(self) -> Span:
        if self.start and self.end and self.start > self.end:
            raise ValueError(f"starts after it ends (start {self.start}, end {self.end})")
        return self


class Role(Span):
    """An office held: title(s), the seat (a country, or an organisation's id), the Phoenix sector."""

    NEEDS = ("title", "country")
    title: Annotated[list[StrictStr] | None, BeforeValidator(_listed)]
    country: Iso3 | None
    org: StrictStr | None = None
    sector: StrictStr | None = None


class Affiliation(Span):
    """A tie to another actor (its id) of a known relation."""

    NEEDS = ("actor", "relation")
    actor: StrictStr
    relation: Relation


class Actor(Strict):
    """One record of an actor file (actors_reference.jsonl, actors_curated.yaml, a user's file)."""

    id: StrictStr
    name: StrictStr
    kind: ActorKind
    country: Iso3 | None = None
    aliases: Words | None = None
    demonyms: Words | None = None
    metonyms: Words | None = None
    roles: list[Role] | None = None
    affiliations: list[Affiliation] | None = None


class TriggerEntry(Strict):
    """One verb or noun of triggers.yaml (the keys are explained at the top of that file)."""

    lemma: StrictStr
    type: PloverType
    mode: StrictStr | None = None
    prep: Words = Field(default_factory=list)
    dep: Words = Field(default_factory=list)
    objects: Words = Field(default_factory=list)
    named_objects: StrictBool = False
    no_objects: Words = Field(default_factory=list)
    subj_not: Words = Field(default_factory=list)
    subj_in: Words = Field(default_factory=list)
    subj_kind: Words = Field(default_factory=list)
    dep_not: Words = Field(default_factory=list)
    complements: Words = Field(default_factory=list)
    joined_too: StrictBool = False
    oprd_pos: Words = Field(default_factory=list)
    pobj: Words = Field(default_factory=list)
    head: Words = Field(default_factory=list)
    xcomp: StrictBool = False
    no_xcomp: StrictBool = False
    xcomp_not: Words = Field(default_factory=list)
    keep_base: StrictBool = False
    no_state: StrictBool = False
    future: StrictBool = False
    refusal: StrictBool = False
    denial: StrictBool = False
    reported: StrictBool = False
    means_object: StrictBool = False
    from_target: StrictBool = False
    bound_in: StrictBool = False
    evidential: StrictBool = False
    clause_doer: StrictBool = False
    announced: StrictBool = False
    seen_doer: StrictBool = False
    subject_suffers: StrictBool = False
    at_home: StrictBool = False
    abroad: StrictBool = False
    asked_in: StrictBool = False
    agent_prep: Words = Field(default_factory=list)

    @field_validator("subj_kind")
    @classmethod
    def _known_kinds(cls, kinds: list[str], info: ValidationInfo) -> list[str]:
        """Each kind must be one of agents.yaml (context: agent_kinds; unchecked without it)."""
        known = (info.context or {}).get("agent_kinds")
        unknown = [k for k in kinds if known is not None and k not in known]
        if unknown:
            raise ValueError(f"unknown actor kind {unknown[0]!r} (one of: {', '.join(sorted(known))})")
        return kinds

    @field_validator("mode")
    @classmethod
    def _mode_of_type(cls, mode: str | None, info: ValidationInfo) -> str | None:
        """The mode must be one the entry's type has (context: type → modes, from plover.yaml)."""
        kind = info.data.get("type")
        allowed = sorted((info.context or {}).get("modes", {}).get(kind, ()))
        if mode is not None and kind is not None and mode not in allowed:
            raise ValueError(f"unknown mode {mode!r} for {kind} (one of: {', '.join(allowed) or 'none'})")
        return mode


class CameoEntry(TriggerEntry):
    """An entry of triggers_cameo.yaml: a trigger entry with the CAMEO codes it was built from."""

    cameo: Words = Field(default_factory=list)


class NonEvent(Strict):
    """A context CAMEO codes as no event ([---]) for a verb: its object, particle, preposition or subject."""

    objects: Words = Field(default_factory=list)
    prep: Words = Field(default_factory=list)
    pobj: Words = Field(default_factory=list)
    subj_in: Words = Field(default_factory=list)
    complements: Words = Field(default_factory=list)


class CameoLexicon(Strict):
    """triggers_cameo.yaml, built by scripts/build_triggers.py: entries, and contexts CAMEO codes as no event."""

    verbs: list[CameoEntry] = Field(default_factory=list)
    nouns: list[CameoEntry] = Field(default_factory=list)
    nonevents: dict[StrictStr, list[NonEvent]] = Field(default_factory=dict)


class Discards(Strict):
    """discards.yaml, built by scripts/build_triggers.py from PETRARCH2's discard list: phrases that mark a text
    as not about political events (sports, entertainment, accidents); a trailing `_` means the whole word."""

    story: Words = Field(default_factory=list)
    sentence: Words = Field(default_factory=list)
    years: Words = Field(default_factory=list)


class NounHosts(Strict):
    """Where an event noun counts: as the object of these verbs or under these relations."""

    verbs: Words = Field(default_factory=list)
    deps: Words = Field(default_factory=list)
    with_verbs: Words = Field(default_factory=list)
    patient_verbs: Words = Field(default_factory=list)
    on_verbs: Words = Field(default_factory=list)
    for_verbs: Words = Field(default_factory=list)
    in_verbs: Words = Field(default_factory=list)
    under_verbs: Words = Field(default_factory=list)


class CasualtyVerbs(Strict):
    """Words whose victims are counted as killed or wounded."""

    killed: Words = Field(default_factory=list)
    wounded: Words = Field(default_factory=list)


class Lexicon(Strict):
    """triggers.yaml: the known sections, each a word list or its own small schema."""

    verbs: list[TriggerEntry] = Field(default_factory=list)
    nouns: list[TriggerEntry] = Field(default_factory=list)
    noun_hosts: NounHosts = Field(default_factory=NounHosts)
    undoing_verbs: Words = Field(default_factory=list)
    act_nouns: Words = Field(default_factory=list)
    doer_nouns: Words = Field(default_factory=list)
    revenge_verbs: Words = Field(default_factory=list)
    purpose_verbs: Words = Field(default_factory=list)
    irrealis_heads: Words = Field(default_factory=list)
    attempt_heads: Words = Field(default_factory=list)
    modal_aux: Words = Field(default_factory=list)
    accident_heads: Words = Field(default_factory=list)
    negations: Words = Field(default_factory=list)
    conditional_marks: Words = Field(default_factory=list)
    speech_verbs: Words = Field(default_factory=list)
    munitions: Words = Field(default_factory=list)
    instruments: dict[StrictStr, StrictStr] = Field(default_factory=dict)
    casualty_verbs: CasualtyVerbs = Field(default_factory=CasualtyVerbs)

    @field_validator("instruments")
    @classmethod
    def _assault_modes(cls, instruments: dict[str, str], info: ValidationInfo) -> dict[str, str]:
        """An instrument fixes the mode of an ASSAULT, so its value must be an ASSAULT mode."""
        allowed = (info.context or {}).get("modes", {}).get("ASSAULT", ())
        for word, mode in instruments.items():
            if mode not in allowed:
                raise ValueError(f"instrument {word!r}: unknown ASSAULT mode {mode!r} "
                                 f"(one of: {', '.join(sorted(allowed))})")
        return instruments


class WordLists(Strict):
    """words.yaml: the closed word lists the parse rules read; every list is required."""

    instruments: Words
    armed_people: Words
    bomb_carriers: Words
    backing: Words
    charging: Words
    day_parts: Words
    anaphoric_nouns: Words
    partitives: Words
    personnel: Words
    vague_amounts: Words
    plural_amounts: Words
    collectives: Words
    cause_preps: Words
    generic_marks: Words
    country_scenes: Words
    sending: Words
    flagging: Words
    holdings: Words
    proposals: Words
    promises: Words
    batches: Words
    plain_adjectives: Words
    against_prefixes: Words
    casualty_nouns: Words
    death_nouns: Words
    injury_nouns: Words
    threat_heads: Words
    telling: Words
    spokes: Words
    not_actors: Words
    unreal_modifiers: Words
    hazards: Words
    carrying: Words
    approving: Words
    intensifiers: Words
    state_organs: Words
    documents: Words
    state_offices: Words
    missions: Words
    proxies: Words
    answerable: Words
    speaking: Words
    echoes: Words
    clashes: Words
    trading: Words
    undergone: Words
    factual_marks: Words
    measures: Words
    territorial_modes: Words
    deed_modes: Words
    facing: Words
    opposing: Words
    reciprocals: Words
    in_force: Words
    punishing: Words
    bursting: Words
    frontiers: Words
    stopping: Words
    relations: Words
    imminent: Words
    demanding: Words
    willing: Words
    generic_acts: Words
    culprits: Words
    everyday_verbs: Words
    obliging: Words
    obliged_not: Words
    ultimatum_marks: Words
    condition_marks: Words
    threatened_means: Words
    ethnic_marks: Words
    name_halves: Words
    relaying: Words
    enduring: Words
    threat_conditions: Words
    answering: Words
    claiming: Words
    owning: Words
    credit: Words
    bombarding: Words
    winning: Words
    discards_not_applied: Words
    claims: Words
    accounts: Words
    shared: Words
    rescuing: Words
    unnamed_groups: Words
    granting: Words
    departing: Words
    naming: Words
    holding: Words
    pending: Words
    asking: Words
    captivity: Words
    roles: Words
    dying: Words
    life_takers: Words
    other_tolls: Words
    awaiting: Words
    quoting: Words
    voicing: Words
    sayings: Words
    dyad_nouns: Words
    dyad_marks: Words
    other_side: Words
    journeying: Words
    owing: Words
    usurpations: Words = Field(default_factory=list)  # "called the takeover a coup": power taken, blamed
    hedges: Words = Field(default_factory=list)  # "it was highly likely that Russia was responsible": still said
    planning: Words = Field(default_factory=list)  # "plans a tour of the region": the visit is still to come
    deciding: Words = Field(default_factory=list)  # "agreed to widen their sanctions": a measure decided
    two_surnames: Words = Field(default_factory=list)  # ISO3 codes of states whose people carry two surnames
    long_spans: Words = Field(default_factory=list)  # "five years after crowds burned its embassy": history


class Office(Strict):
    """The office behind a social-media account: its title and country."""

    title: StrictStr
    country: Iso3


class Offices(Strict):
    """offices.yaml: handle (without "@") → office."""

    handles: dict[str, Office] = Field(default_factory=dict)


class Agents(RootModel[dict[ActorKind, Words]]):
    """agents.yaml: actor kind → the generic nouns that name an actor of that kind."""

    model_config = ConfigDict(frozen=True)


class PlaceWords(Strict):
    """places.yaml: site nouns, motion verbs and settlement nouns."""

    site_nouns: Words
    motion_verbs: Words
    settlement_nouns: Words
    water_nouns: Words
    anaphoric_sites: Words
    sequence_marks: Words
    foreign_sites: Words = Field(default_factory=list)  # "the embassy of Rwanda": a site of one state in another's land
    surrounding_nouns: Words = Field(default_factory=list)  # "off the coast of Aden": placed by the town they surround
    approach_verbs: Words = Field(default_factory=list)  # "marched on Colombo": the place after "on" is approached
    compass_names: Words = Field(default_factory=list)  # "the South": a region so named only beside its country
    quarter_nouns: Words = Field(default_factory=list)  # "the Madina district": a part of a town, at home
    cause_marks: Words = Field(default_factory=list)  # "in retaliation for the attack that ... at Tower 22": its place
    nationwide_words: Words = Field(default_factory=list)  # "a nationwide curfew": in force over the whole country
    # "Odessa" → "Odesa": the English name of a city whose GeoNames name differs, where a smaller town elsewhere has
    # that English name as its own (which would otherwise win)
    exonyms: dict[StrictStr, StrictStr] = Field(default_factory=dict)


class Calendar(Strict):
    """calendar.yaml: holiday name → its fixed day, "MM-DD"."""

    holidays: dict[StrictStr, Annotated[tuple[int, int], BeforeValidator(_month_day)]] = Field(default_factory=dict)


class Admin1(Strict):
    """One row of admin1.tsv: ISO3 country, region name, its ASCII name, GeoNames id."""

    COLUMNS: ClassVar[tuple[str, ...]] = ("iso3", "name", "ascii_name", "geonames_id")
    iso3: Iso3
    name: Annotated[StrictStr, Field(min_length=1)]
    ascii_name: Annotated[StrictStr, Field(min_length=1)]
    geonames_id: Annotated[StrictStr, Field(pattern=r"^\d+$")]


class Semantics(Strict):
    """plover.yaml `semantics`: which types are statements, mutual, self-moving, ... (see the file)."""

    statement: list[PloverType]
    mutual: list[PloverType]
    joint: list[PloverType]
    self_moving: list[PloverType]
    object_required: list[PloverType]
    answerable: list[PloverType]
    recipient: list[PloverType]
    addressed: list[PloverType]
    undergone: list[PloverType]
    adversarial: list[PloverType]
    posture: list[PloverType]
    intended: list[PloverType]
    pledged: list[PloverType]
    threatened: list[PloverType]
    political: list[PloverType]
    gathered: list[PloverType]
    mode_named: list[PloverType]
    crowd_done: list[PloverType]


class Plover(Strict):
    """plover.yaml: every PLOVER type with its modes, the modes redline adds, and what types mean."""

    modes: dict[PloverType, Words]
    redline_modes: dict[PloverType, Words] = Field(default_factory=dict)
    semantics: Semantics

    @field_validator("modes")
    @classmethod
    def _every_type(cls, modes: dict[str, list[str]]) -> dict[str, list[str]]:
        missing = sorted(PLOVER_TYPES - set(modes))
        if missing:
            raise ValueError(f"types without an entry: {', '.join(missing)}")
        return modes



# dates.yaml: each pattern may name these placeholders, each filled with a non-capturing group of words
