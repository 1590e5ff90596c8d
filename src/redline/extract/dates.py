"""Dates of events, resolved against the publication date (or an embedded post's date).

What the expressions are and what they mean is data (`data/dates.yaml`, checked by
`knowledge.date_schemas.Dates`): each expression has a pattern and one resolution of a known kind. This module
keeps one small interpreter per kind (`KINDS`) and a `DateReader` that compiles one dates.yaml (with the
holidays of one calendar.yaml) once. `find_dates` and `pick_date` read with the shipped files, loaded on
first use; nothing is read at import time.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

import dateparser

from ..config import Config
from ..knowledge import Knowledge, read_calendar, read_dates
from ..knowledge import date_schemas as schemas
from .caseless import Caseless, lowered_text

NEVER = re.compile(r"(?!)")  # a pattern made of no words matches nothing
YEAR = re.compile(r"\d{4}")
# "March 3", "Sept. 14th, 2019", "3 March 2019": the forms of an explicit day read by hand (DateReader.month_day)
MONTH_DAY = re.compile(r"(?:(?P<month>[^\W\d_]+)\.? (?P<day>\d{1,2})(?:st|nd|rd|th)?"
                       r"|(?P<day2>\d{1,2}) (?P<month2>[^\W\d_]+)\.?)(?:,? (?P<year>\d{4}))?", re.I)

Value = tuple[date, date | None]  # a day, and the last day of a span (None for a single day)


@dataclass(frozen=True)
class DateMention:
    """A date expression found in text: where it is and what it means."""

    start: int
    end: int
    date: date
    date_end: date | None = None
    rule: str = ""
    subordinate: bool = False  # the day of a clause the expression opens ("two days after the truce collapsed")


@dataclass(frozen=True)
class Expression:
    """One compiled expression of dates.yaml: its name, regex, resolution kind and that kind's settings, what it
    counts from (the reference, the day last named, the main clause's day) and whether it dates a subordinate
    clause."""

    name: str
    regex: Caseless
    kind: str
    spec: Any
    anchor: str = "reference"
    subordinate: bool = False


def holiday_key(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"['’]", "", text.lower())).strip()


def words_group(words: list[str], suffix: str = "") -> str:
    """One non-capturing group of the alternatives (in order) and a suffix, or a group that never matches."""
    if not words:
        return NEVER.pattern
    return f"(?:{'|'.join(words)})" if not suffix else f"(?:(?:{'|'.join(words)}){suffix})"


def holiday_group(names: list[str]) -> str:
    """"New Year's Eve", "New Years Eve", "New Year’s  Eve": apostrophes optional, any spaces."""
    return words_group([re.escape(name).replace("'", "['’]?").replace(r"\ ", r"\s+")
                        for name in sorted(names, key=len, reverse=True)])


def screen(expressions: tuple[Expression, ...]) -> Caseless | None:
    """One regex that matches where any expression does: a text it does not match names no date. None when a
    pattern refers to its own groups by number or name (a union renumbers them) or cannot be joined."""
    if not expressions or any(re.search(r"\\[1-9]|\(\?P=", e.regex.pattern) for e in expressions):
        return None
    try:
        return Caseless("|".join(f"(?:{e.regex.pattern})" for e in expressions))
    except re.error:  # (two patterns naming one group alike, a flag not at the start)
        return None


def shift_months(day: date, months: int) -> date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


class DateReader:
    """The date expressions of one dates.yaml (and the holidays of one calendar.yaml), compiled once."""

    def __init__(self, data: schemas.Dates, holidays: Mapping[str, tuple[int, int]]) -> None:
        self.weekdays = [w.lower() for w in data.weekdays]
        self.months = [m.lower() for m in data.months]
        self.abbreviations = {a.lower() for a in data.month_abbreviations}
        self.numbers = {word.lower(): n for word, n in data.numbers.items()}
        self.units = {word.lower(): unit for word, unit in data.units.items()}
        self.holidays = {holiday_key(name): md for name, md in holidays.items()}
        fragments = {
            "weekday": words_group([re.escape(w) for w in data.weekdays]),
            "month": words_group([re.escape(m) for m in data.month_abbreviations], suffix=r"[a-z]*\.?"),
            "number": words_group([r"\d+", *(re.escape(w) for w in data.numbers)]),
            "holiday": holiday_group(list(holidays)),
        }
        self.expressions = tuple(Expression(e.name, Caseless(schemas.fill(e.pattern, fragments)), e.kind,
                                            e.resolution, e.anchor, e.subordinate)
                                 for e in data.expressions)
        self.screen = screen(self.expressions)
        self.clause_anchored = frozenset(e.name for e in self.expressions if e.anchor == "main_clause")
        self.anaphoric = Caseless(r"\b(?:" + "|".join(data.anaphoric) + r")\b" if data.anaphoric else NEVER.pattern)
        self.between = data.between and (re.compile(data.between.lead, re.I), data.between.lead_chars,
                                         re.compile(data.between.gap, re.I))
        self.since = data.since and (re.compile(data.since.lead, re.I), data.since.lead_chars)

    @classmethod
    def of(cls, knowledge: Knowledge) -> DateReader:
        """The reader of a loaded Knowledge (its dates.yaml and calendar.yaml)."""
        if knowledge.dates is None:
            raise ValueError("this Knowledge has no dates")
        return cls(knowledge.dates, knowledge.holidays)

    def number(self, word: str) -> int | None:
        word = word.lower()
        return int(word) if word.isdigit() else self.numbers.get(word)

    def month_number(self, word: str) -> int | None:
        word = word.lower().rstrip(".")[:3]
        return next((i + 1 for i, m in enumerate(self.months) if m.startswith(word)), None)

    def month_day(self, text: str, ref: date, spec: schemas.Explicit) -> date | None:
        """An explicit day in one of the few forms news writes ("March 3", "Sept. 14th, 2019", "3 March 2019")
        read by hand, as dateparser reads it with `prefer_dates_from: past`: the year written, else the latest
        such day not after the reference. dateparser costs milliseconds a call (it detects the language and
        tries its parsers in turn) and was a quarter of extraction time; this takes microseconds.
        tests/extract/test_dates.py compares the two over thousands of generated forms. None for anything
        else (a month word dateparser may not know, a day no calendar has, a year-less 29 February): those go
        to dateparser."""
        form = MONTH_DAY.fullmatch(text)
        if form is None:
            return None
        word = (form["month"] or form["month2"]).lower()
        if word not in self.months and word not in self.abbreviations:
            return None
        month, day = self.month_number(word), int(form["day"] or form["day2"])
        try:
            if form["year"]:
                return date(int(form["year"]), month, day) if int(form["year"]) >= 1000 else None
            this_year = date(ref.year, month, day)
            return this_year if this_year <= ref else date(ref.year - 1, month, day)
        except ValueError:
            return None

    def resolve(self, expression: Expression, match: re.Match, ref: date) -> Value | None:
        """What one matched expression means relative to the reference date."""
        return KINDS[expression.kind](self, expression.spec, match, ref)

    def counts_from_clause(self, mentions: list[DateMention]) -> bool:
        """Whether one of these mentions counts from the day of its sentence's main clause."""
        return any(m.rule in self.clause_anchored for m in mentions)

    def find(self, text: str, ref: date, offset: int = 0, last: date | None = None,
             clause: date | None = None) -> list[DateMention]:
        """Every date expression in text, earliest expression first where two overlap; `last` is the day the
        text named last, which "a day earlier" or "the following day" count from (the reference without it), and
        `clause` the day the sentence's main clause names, which "two days after Iran struck" counts from."""
        lowered = lowered_text(text)
        if self.screen is not None and not self.screen.found_in(text, lowered):
            return []  # (two in three sentences name no date: one pass over them instead of one per expression)
        found: list[DateMention] = []
        taken: list[tuple[int, int]] = []
        for expression in self.expressions:
            if not expression.regex.found_in(text, lowered):
                continue  # (asked first the quick way: most expressions are not in a sentence the screen let through)
            for match in expression.regex.finditer(text):
                if any(s < match.end() and match.start() < e for s, e in taken):
                    continue
                anchors = {"last_named": last, "main_clause": clause}
                value = self.resolve(expression, match, anchors.get(expression.anchor) or ref)
                if value is None:
                    continue
                taken.append((match.start(), match.end()))
                found.append(DateMention(offset + match.start(), offset + match.end(), *value, expression.name,
                                         expression.subordinate))
        return self.since_spans(self.joined_spans(sorted(found, key=lambda m: m.start), text, offset), text, offset,
                                ref)

    def since_spans(self, found: list[DateMention], text: str, offset: int, ref: date) -> list[DateMention]:
        """"killed since fighting began on Saturday": a day after "since" opens a span up to the reference."""
        if not self.since:
            return found
        lead, chars = self.since
        out: list[DateMention] = []
        for mention in found:
            begin = max(0, mention.start - offset - chars)
            since = lead.search(text[begin:mention.start - offset])
            # (the nearest date after "since": not "since January on Wednesday")
            first = since is not None and not (out and out[-1].end - offset > begin + since.start())
            if mention.date_end is None and mention.date < ref and first:
                mention = DateMention(mention.start, mention.end, mention.date, ref, "since_day")
            out.append(mention)
        return out

    def joined_spans(self, found: list[DateMention], text: str, offset: int) -> list[DateMention]:
        """"between January 3 and January 8", "from Monday to Wednesday": two days that bound one span."""
        if not self.between:
            return found
        lead, chars, gap = self.between
        out: list[DateMention] = []
        for mention in found:
            prev = out[-1] if out else None
            if prev is not None and prev.date_end is None and mention.date_end is None and prev.date < mention.date:
                between = text[prev.end - offset:mention.start - offset]
                before = text[max(0, prev.start - offset - chars):prev.start - offset].lower()
                if gap.fullmatch(between) and lead.search(before):
                    out[-1] = DateMention(prev.start, mention.end, prev.date, mention.date, "span_between")
                    continue
            out.append(mention)
        return out


# One interpreter per resolution kind of dates.yaml: (reader, the kind's settings, match, reference) → value.


def offset_days(reader: DateReader, days: int, match: re.Match, ref: date) -> Value | None:
    """`offset_days: -1`: the reference plus so many days."""
    return ref + timedelta(days=days), None


def weekday(reader: DateReader, spec: schemas.WeekdayOf, match: re.Match, ref: date) -> Value | None:
    """`weekday: {group: 1, relation: before}`: that weekday on or before, before, on or after, after the reference."""
    name = (match.group(spec.group) if spec.group is not None else spec.day or "").lower()
    if name not in reader.weekdays:
        return None
    behind = (ref.weekday() - reader.weekdays.index(name)) % 7
    ahead = (reader.weekdays.index(name) - ref.weekday()) % 7
    days = {"on_or_before": -behind, "before": -(behind or 7), "on_or_after": ahead, "after": ahead or 7}
    return ref + timedelta(days=days[spec.relation]), None


def back(reader: DateReader, spec: schemas.Back, match: re.Match, ref: date) -> Value | None:
    """`back: {count_group: 1, unit_group: 2}`: so many units before the reference (a span up to it with
    `to_reference`)."""
    n = reader.number(match.group(spec.count_group)) if spec.count_group is not None else spec.count
    unit = reader.units.get((match.group(spec.unit_group) if spec.unit_group is not None else spec.unit or "").lower())
    if n is None or unit is None:
        return None
    n = -n if spec.ahead else n
    start = shift_months(ref, -n * unit.months) - timedelta(days=round(n * unit.hours / 24 + n * unit.days))
    return start, (ref if spec.to_reference else None)


def calendar_unit(reader: DateReader, spec: schemas.CalendarUnit, match: re.Match, ref: date) -> Value | None:
    """`calendar: {unit: month, shift: -1}`: that calendar week (from Monday), month or year, ending at the
    reference at most."""
    unit = (match.group(spec.unit_group) if spec.unit_group is not None else spec.unit or "").lower()
    shifts = {word.lower(): n for word, n in (spec.shifts or {}).items()}
    shift = shifts.get(match.group(spec.shift_group).lower()) if spec.shift_group is not None else spec.shift
    if shift is None:
        return None
    if unit == "week":
        monday = ref - timedelta(days=ref.weekday() - 7 * shift)
        return monday, min(monday + timedelta(days=6), ref)
    if unit == "month":
        first = shift_months(ref.replace(day=1), shift)
        return first, min(shift_months(first, 1) - timedelta(days=1), ref)
    if unit == "year":
        first = date(ref.year + shift, 1, 1)
        return first, min(date(first.year, 12, 31), ref)
    return None


def weekday_date(reader: DateReader, spec: schemas.WeekdayDate, match: re.Match, ref: date) -> Value | None:
    """`weekday_date: {weekday_group: 1, day_group: 2}`: "Friday the 16th", the latest such day not after the
    reference (searched back at most 28 months, ample for that day of the month to fall on any weekday)."""
    name, day = match.group(spec.weekday_group).lower(), int(match.group(spec.day_group))
    if name not in reader.weekdays or not 1 <= day <= 31:
        return None
    first = ref.replace(day=1)
    for back_months in range(28):
        month = shift_months(first, -back_months)
        if day <= calendar.monthrange(month.year, month.month)[1]:
            found = month.replace(day=day)
            if found <= ref and found.weekday() == reader.weekdays.index(name):
                return found, None
    return None


def since_month(reader: DateReader, spec: schemas.SinceMonth, match: re.Match, ref: date) -> Value | None:
    """`since_month: {group: 1}`: from the first of the latest such month not after the reference's, to it."""
    month = reader.month_number(match.group(spec.group))
    if month is None:
        return None
    year = ref.year if month <= ref.month else ref.year - 1
    return date(year, month, 1), ref


def named_period(reader: DateReader, spec: schemas.NamedPeriod, match: re.Match, ref: date) -> Value | None:
    """`named_period: {month_group: 1, year_group: 2}`: "in March 2019" (that month), "in January" (the latest
    January not after the reference's month), "in 2020" (that year); up to the reference at most."""
    named = match.group(spec.month_group).lower().rstrip(".") if spec.month_group is not None else None
    if named is not None and named not in reader.months and named not in reader.abbreviations:
        return None  # "in decades" is no December
    month = reader.month_number(named) if named is not None else None
    year = int(match.group(spec.year_group)) if spec.year_group is not None and match.group(spec.year_group) else None
    if month is None and year is None:
        return None
    if month is None:
        start, end = date(year, 1, 1), date(year, 12, 31)
    else:
        year = year or (ref.year if month <= ref.month else ref.year - 1)
        start = date(year, month, 1)
        end = shift_months(start, 1) - timedelta(days=1)
    return start, (min(end, ref) if start <= ref else end)


def explicit(reader: DateReader, spec: schemas.Explicit, match: re.Match, ref: date) -> Value | None:
    """`explicit: {...}`: the matched text read as dateparser reads it; with `future_within_days`, a day written
    without its year that comes round again within so many days of the reference is that coming day ("talks
    before the Aug. 31 deadline" in a story of Aug. 27), not the one almost a year back."""
    text = match.group(0)
    day = reader.month_day(text, ref, spec) if spec.prefer_dates_from == "past" else None
    if day is None:
        parsed = dateparser.parse(text, languages=list(spec.languages) or None, settings={
            "RELATIVE_BASE": datetime(ref.year, ref.month, ref.day), "PREFER_DATES_FROM": spec.prefer_dates_from,
            "REQUIRE_PARTS": list(spec.require_parts)})
        if parsed is None:
            return None
        day = parsed.date()
    if spec.future_within_days and not YEAR.search(text) and (day.month, day.day) != (2, 29):
        ahead = day.replace(year=day.year + 1)
        if 0 < (ahead - ref).days <= spec.future_within_days:
            return ahead, None
    return day, None


def holiday(reader: DateReader, how: str, match: re.Match, ref: date) -> Value | None:
    """`holiday: nearest`: the holiday's day (calendar.yaml) nearest the reference."""
    month_day = reader.holidays.get(holiday_key(match.group(0)))
    if month_day is None:
        return None
    candidates = [date(ref.year + k, *month_day) for k in (-1, 0, 1)]
    return min(candidates, key=lambda d: abs((d - ref).days)), None


KINDS: dict[str, Callable[[DateReader, Any, re.Match, date], Value | None]] = {
    "offset_days": offset_days, "weekday": weekday, "back": back, "calendar": calendar_unit,
    "since_month": since_month, "named_period": named_period, "weekday_date": weekday_date, "explicit": explicit,
    "holiday": holiday}


@cache
def default_reader() -> DateReader:
    """The reader of the shipped dates.yaml and calendar.yaml, built on first use."""
    config = Config()
    return DateReader(read_dates(config.dates), read_calendar(config.calendar))




def find_dates(text: str, ref: date, offset: int = 0) -> list[DateMention]:
    """Every date expression in text read with the shipped dates.yaml, earliest expression first where two
    overlap (a convenience for scripts and tests; the extractor uses the reader of its own Knowledge)."""
    return default_reader().find(text, ref, offset)


def pick_date(mentions: list[DateMention], clause: tuple[int, int], anchor: int) -> DateMention | None:
    """The date in the trigger's own clause if there is one, else the nearest in the sentence."""
    inside = [m for m in mentions if clause[0] <= m.start and m.end <= clause[1]]
    pool = inside or mentions
    if not pool:
        return None
    # a day beats a span ("since October") unless the span is all there is
    return min(pool, key=lambda m: (m.date_end is not None, abs(m.start - anchor)))
