"""What data/dates.yaml may say: date expressions, each a pattern and one resolution of a known kind, and the
words the patterns are built from. Unknown keys are errors; patterns must compile."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Annotated, Any, ClassVar, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    Field,
    StrictBool,
    StrictInt,
    StrictStr,
    ValidationInfo,
    field_validator,
    model_validator,
)

from .schemas import Strict, Words

DATE_PLACEHOLDERS = ("weekday", "month", "number", "holiday")
PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")  # not a repeat such as \d{1,2}
STAND_INS = dict.fromkeys(DATE_PLACEHOLDERS, "(?:x)")


def fill(pattern: str, fragments: Mapping[str, str]) -> str:
    """A dates.yaml pattern with each {placeholder} replaced by its fragment."""
    return PLACEHOLDER.sub(lambda m: fragments[m[1]], pattern)


def _regex(value: str) -> str:
    """A pattern that names known placeholders only and compiles."""
    unknown = [name for name in PLACEHOLDER.findall(value) if name not in DATE_PLACEHOLDERS]
    if unknown:
        raise ValueError(f"unknown placeholder {{{unknown[0]}}} (one of: {', '.join(DATE_PLACEHOLDERS)})")
    try:
        re.compile(fill(value, STAND_INS), re.I)
    except re.error as err:
        raise ValueError(f"pattern does not compile: {err} in {value!r}") from None
    return value


Regex = Annotated[StrictStr, AfterValidator(_regex)]
Group = Annotated[StrictInt, Field(ge=1)]


def _one_of(model: BaseModel, *pairs: tuple[str, str]) -> None:
    """Each pair of keys (from the match, fixed) given exactly once."""
    for group, fixed in pairs:
        if (getattr(model, group) is None) == (getattr(model, fixed) is None):
            raise ValueError(f"needs exactly one of {group}, {fixed}")


class WeekdayOf(Strict):
    """A weekday named in the match (`group`) or fixed (`day`), and where it lies from the reference."""

    group: Group | None = None
    day: StrictStr | None = None
    relation: Literal["on_or_before", "before", "on_or_after", "after"]

    @model_validator(mode="after")
    def _one(self) -> WeekdayOf:
        _one_of(self, ("group", "day"))
        return self


class Back(Strict):
    """So many units before the reference; with `to_reference`, the span from there to the reference."""

    count_group: Group | None = None
    count: StrictInt | None = None
    unit_group: Group | None = None
    unit: StrictStr | None = None
    to_reference: StrictBool = False
    ahead: StrictBool = False  # so many units after instead ("two days later")

    @model_validator(mode="after")
    def _one(self) -> Back:
        _one_of(self, ("count_group", "count"), ("unit_group", "unit"))
        return self


class CalendarUnit(Strict):
    """The calendar week, month or year `shift` units from the reference's own, up to the reference."""

    unit_group: Group | None = None
    unit: Literal["week", "month", "year"] | None = None
    shift_group: Group | None = None
    shifts: dict[StrictStr, StrictInt] | None = None
    shift: StrictInt | None = None

    @model_validator(mode="after")
    def _one(self) -> CalendarUnit:
        _one_of(self, ("unit_group", "unit"), ("shift_group", "shift"))
        if (self.shift_group is None) != (self.shifts is None):
            raise ValueError("shift_group and shifts go together")
        return self


class SinceMonth(Strict):
    """From the first of the month named in `group` up to the reference."""

    group: Group


class NamedPeriod(Strict):
    """The month named in `month_group` (of the year in `year_group`, else the latest not after the
    reference's), or the whole year in `year_group`: a span, up to the reference at most."""

    month_group: Group | None = None
    year_group: Group | None = None

    @model_validator(mode="after")
    def _some(self) -> NamedPeriod:
        if self.month_group is None and self.year_group is None:
            raise ValueError("a named period needs month_group, year_group or both")
        return self


class WeekdayDate(Strict):
    """"Friday the 16th": the latest day not after the reference with the day of the month in `day_group` that
    falls on the weekday in `weekday_group`."""

    weekday_group: Group
    day_group: Group


class Explicit(Strict):
    """The matched text read by dateparser with these settings (and `languages`: with none it detects the
    language, three times slower); a day written without its year that comes round again within
    `future_within_days` of the reference is that coming day."""

    prefer_dates_from: Literal["past", "future", "current_period"] = "past"
    require_parts: list[Literal["day", "month", "year"]] = Field(default_factory=lambda: ["day", "month"])
    languages: list[StrictStr] = Field(default_factory=list)
    future_within_days: Annotated[StrictInt, Field(ge=0)] = 0


class DateUnit(Strict):
    """What one unit of `back` is: days, hours (rounded to days) or calendar months."""

    days: StrictInt = 0
    hours: StrictInt = 0
    months: StrictInt = 0


class DateExpression(Strict):
    """One expression of dates.yaml: a name, a pattern and exactly one resolution (its kind is its key)."""

    KINDS: ClassVar[tuple[str, ...]] = ("offset_days", "weekday", "back", "calendar", "since_month", "named_period",
                                        "weekday_date", "explicit", "holiday")
    name: StrictStr
    pattern: Regex
    # what the resolution counts from: the reference date, the day the text last named ("a day earlier",
    # "the following day"; the reference when it has named none), or the day the sentence's main clause names
    # ("struck on Thursday, two days after Iran struck"; the reference when it names none)
    anchor: Literal["reference", "last_named", "main_clause"] = "reference"
    # the day of a clause the expression opens ("two days after the truce collapsed"), not of the sentence's
    # main verb: never the paragraph's day while the sentence names another
    subordinate: StrictBool = False
    offset_days: StrictInt | None = None
    weekday: WeekdayOf | None = None
    back: Back | None = None
    calendar: CalendarUnit | None = None
    since_month: SinceMonth | None = None
    named_period: NamedPeriod | None = None
    weekday_date: WeekdayDate | None = None
    explicit: Explicit | None = None
    holiday: Literal["nearest"] | None = None

    @field_validator("weekday", "back", "calendar", "since_month", "named_period", "weekday_date")
    @classmethod
    def _groups_exist(cls, spec: BaseModel | None, info: ValidationInfo) -> BaseModel | None:
        pattern = info.data.get("pattern")
        if spec is None or pattern is None:
            return spec
        groups = re.compile(fill(pattern, STAND_INS), re.I).groups
        for key, value in spec:
            if key.endswith("group") and value is not None and value > groups:
                raise ValueError(f"{key} {value}, but the pattern has {groups} group{'s' * (groups != 1)}")
        return spec

    @model_validator(mode="after")
    def _one_kind(self) -> DateExpression:
        given = [kind for kind in self.KINDS if getattr(self, kind) is not None]
        if len(given) != 1:
            raise ValueError(f"expression {self.name!r} needs exactly one resolution, one of "
                             f"{', '.join(self.KINDS)} (has {', '.join(given) or 'none'})")
        return self

    @property
    def kind(self) -> str:
        return next(kind for kind in self.KINDS if getattr(self, kind) is not None)

    @property
    def resolution(self) -> Any:
        return getattr(self, self.kind)


class Between(Strict):
    """Two days make one span when `lead` ends the text before the first and `gap` is all between them."""

    lead: Regex
    lead_chars: Annotated[StrictInt, Field(ge=1)]
    gap: Regex


class Since(Strict):
    """A past day after `lead` (within `lead_chars` characters) opens a span up to the reference."""

    lead: Regex
    lead_chars: Annotated[StrictInt, Field(ge=1)]


def _count(n: int, what: str) -> Callable[[list[str]], list[str]]:
    def check(words: list[str]) -> list[str]:
        if len(words) != n:
            raise ValueError(f"needs {n} {what}, in order (has {len(words)})")
        return words
    return check


class Dates(Strict):
    """dates.yaml: the words patterns are built from, the expressions in order, and the anaphoric times."""

    weekdays: Annotated[Words, AfterValidator(_count(7, "weekdays, Monday first"))]
    months: Annotated[Words, AfterValidator(_count(12, "months"))]
    month_abbreviations: Words = Field(default_factory=list)
    numbers: dict[StrictStr, StrictInt] = Field(default_factory=dict)
    units: dict[StrictStr, DateUnit] = Field(default_factory=dict)
    expressions: list[DateExpression]
    anaphoric: list[Regex] = Field(default_factory=list)
    between: Between | None = None
    since: Since | None = None

    @field_validator("expressions")
    @classmethod
    def _known_words(cls, expressions: list[DateExpression], info: ValidationInfo) -> list[DateExpression]:
        """Names are unique; a fixed weekday is one of `weekdays`, a fixed unit one of `units`."""
        weekdays, units = info.data.get("weekdays") or [], info.data.get("units") or {}
        seen: set[str] = set()
        for e in expressions:
            if e.name in seen:
                raise ValueError(f"two expressions are named {e.name!r}")
            seen.add(e.name)
            if e.weekday is not None and e.weekday.day is not None and e.weekday.day not in weekdays:
                raise ValueError(f"expression {e.name!r}: weekday day {e.weekday.day!r} is not one of weekdays")
            if e.back is not None and e.back.unit is not None and e.back.unit not in units:
                raise ValueError(f"expression {e.name!r}: back unit {e.back.unit!r} is not one of units")
        return expressions
