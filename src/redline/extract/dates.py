"""Dates of events, resolved against the publication date (or an embedded post's date).

dateparser reads explicit dates ("January 5", "Dec. 31, 2019"). It has no notion of news
conventions, so these are written here: a bare weekday is the latest such day on or before the
reference ("on Friday" in a Friday wire is that day), "last Friday" is strictly before it, "over
the weekend" is the last Sunday, "last night"/"overnight" the day before, and spans such as "over
the last two months" or "since October" give a start and an end.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import dateparser

from ..knowledge import data_path, read_calendar

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "twenty-four": 24, "forty-eight": 48}
MONTH_RE = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
NUM_RE = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty-four|forty-eight)"


def holiday_key(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"['’]", "", text.lower())).strip()


def load_holidays() -> dict[str, tuple[int, int]]:
    """Holiday names → (month, day), from data/calendar.yaml."""
    return dict(read_calendar(data_path("calendar.yaml")))


HOLIDAYS = load_holidays()
HOLIDAY_DAYS = {holiday_key(name): md for name, md in HOLIDAYS.items()}
# "New Year's Eve", "New Years Eve", "New Year’s  Eve"
HOLIDAY_RE = "|".join(re.escape(name).replace("'", "['’]?").replace(r"\ ", r"\s+")
                      for name in sorted(HOLIDAYS, key=len, reverse=True))

PATTERNS: list[tuple[str, re.Pattern]] = [
    ("holiday", re.compile(rf"\b(?:{HOLIDAY_RE})\b", re.I)),
    ("span_last", re.compile(rf"\b(?:over|in|during) the (?:last|past) ({NUM_RE}) (day|week|month|year)s?\b", re.I)),
    ("since_month", re.compile(rf"\bsince ({MONTH_RE})(?![a-z])(?! \d)", re.I)),  # not "since Marc|h 3"
    ("explicit", re.compile(rf"\b{MONTH_RE} \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?\b"
                            rf"|\b\d{{1,2}} {MONTH_RE}(?: \d{{4}})?\b", re.I)),
    ("ago", re.compile(rf"\b({NUM_RE}) (hour|day|week)s? (?:ago|earlier|before|after)\b", re.I)),
    ("last_weekday", re.compile(r"\blast (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)),
    ("weekday", re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s|’s)?\b", re.I)),
    ("calendar_span", re.compile(r"\b(?:last|this|earlier this) (week|month|year)\b", re.I)),
    ("weekend", re.compile(r"\b(?:over|at|during) the weekend\b", re.I)),
    ("yesterday", re.compile(r"\b(?:yesterday|last night|overnight)\b", re.I)),
    ("tomorrow", re.compile(r"\b(?:tomorrow|next (?:week|month|monday|tuesday|wednesday|thursday|friday|saturday"
                            r"|sunday))\b", re.I)),
    ("today", re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening)|earlier today)\b", re.I)),
]


SPAN_GAP = re.compile(r"\s*(?:and|to|until|till|through|-|–)\s*", re.I)

# Words that point back to the day just named: "the same day", "that evening", "hours later", and a time
# of day with no day of its own ("shortly after midnight", "at dawn").
ANAPHORIC = re.compile(r"\b(?:(?:on )?the same day|(?:later )?that (?:day|morning|afternoon|evening|night)"
                       r"|(?:hours|minutes) later|within (?:minutes|hours|the hour)|later that day|by (?:that )?evening"
                       r"|(?:(?:shortly|just|soon|right) )?(?:after|before) (?:midnight|dawn|daybreak|noon)"
                       r"|at (?:dawn|daybreak|midnight|noon)|in the (?:early|small) hours(?! of))\b", re.I)


@dataclass(frozen=True)
class DateMention:
    """A date expression found in text: where it is and what it means."""

    start: int
    end: int
    date: date
    date_end: date | None = None
    rule: str = ""


def number(word: str) -> int | None:
    word = word.lower()
    return int(word) if word.isdigit() else NUMBERS.get(word)


def resolve(rule: str, match: re.Match, ref: date) -> tuple[date, date | None] | None:
    """What one matched expression means relative to the reference date."""
    text = match.group(0)
    if rule == "holiday":
        month, day = HOLIDAY_DAYS[holiday_key(text)]
        candidates = [date(ref.year + k, month, day) for k in (-1, 0, 1)]
        return min(candidates, key=lambda d: abs((d - ref).days)), None
    if rule == "weekday":
        back = (ref.weekday() - WEEKDAYS.index(match.group(1).lower())) % 7
        return ref - timedelta(days=back), None
    if rule == "last_weekday":
        back = (ref.weekday() - WEEKDAYS.index(match.group(1).lower())) % 7 or 7
        return ref - timedelta(days=back), None
    if rule == "calendar_span":
        # "last week", "last month", "earlier this month": the calendar unit, up to the reference at most
        unit, word = match.group(1).lower(), text.lower().split()[0]
        back = word == "last"
        if unit == "week":
            monday = ref - timedelta(days=ref.weekday() + (7 if back else 0))
            return monday, min(monday + timedelta(days=6), ref)
        if unit == "month":
            first = shift_months(ref.replace(day=1), -1 if back else 0)
            return first, min(shift_months(first, 1) - timedelta(days=1), ref)
        first = date(ref.year - (1 if back else 0), 1, 1)
        return first, min(date(first.year, 12, 31), ref)
    if rule == "weekend":
        return ref - timedelta(days=(ref.weekday() - 6) % 7 or 7), None
    if rule == "yesterday":
        return ref - timedelta(days=1), None
    if rule == "today":
        return ref, None
    if rule == "tomorrow":
        word = match.group(0).lower()
        if word == "tomorrow":
            return ref + timedelta(days=1), None
        unit = word.split()[-1]
        if unit in WEEKDAYS:
            return ref + timedelta(days=(WEEKDAYS.index(unit) - ref.weekday()) % 7 or 7), None
        return ref + timedelta(days=7 if unit == "week" else 30), None
    if rule == "ago":
        n = number(match.group(1))
        if n is None:
            return None
        unit = match.group(2).lower()
        days = {"hour": n / 24, "day": n, "week": 7 * n}[unit]
        return ref - timedelta(days=round(days)), None
    if rule == "span_last":
        n = number(match.group(1))
        if n is None:
            return None
        unit = match.group(2).lower()
        start = shift_months(ref, -n) if unit == "month" else ref - timedelta(
            days={"day": n, "week": 7 * n, "year": 365 * n}[unit])
        return start, ref
    if rule == "since_month":
        month = month_number(match.group(1))
        if month is None:
            return None
        year = ref.year if month <= ref.month else ref.year - 1
        return date(year, month, 1), ref
    if rule == "explicit":
        parsed = dateparser.parse(text, settings={"RELATIVE_BASE": datetime(ref.year, ref.month, ref.day),
                                                  "PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"]})
        return (parsed.date(), None) if parsed else None
    return None


def month_number(word: str) -> int | None:
    word = word.lower().rstrip(".")[:3]
    return next((i + 1 for i, m in enumerate(MONTHS) if m.startswith(word)), None)


def shift_months(day: date, months: int) -> date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def find_dates(text: str, ref: date, offset: int = 0) -> list[DateMention]:
    """Every date expression in text, earliest rule first where two overlap."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for rule, pattern in PATTERNS:
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            value = resolve(rule, match, ref)
            if value is None:
                continue
            taken.append((match.start(), match.end()))
            found.append(DateMention(offset + match.start(), offset + match.end(), value[0], value[1], rule))
    return since_spans(joined_spans(sorted(found, key=lambda m: m.start), text, offset), text, offset, ref)


SINCE_LEAD = re.compile(r"\bsince\b[^,;.]{0,40}\Z", re.I)


def since_spans(found: list[DateMention], text: str, offset: int, ref: date) -> list[DateMention]:
    """"killed since fighting began on Saturday": a day after "since" opens a span up to the reference."""
    out: list[DateMention] = []
    for mention in found:
        begin = max(0, mention.start - offset - 45)
        since = SINCE_LEAD.search(text[begin:mention.start - offset])
        # (the nearest date after "since": not "since January on Wednesday")
        first = since is not None and not (out and out[-1].end - offset > begin + since.start())
        if mention.date_end is None and mention.date < ref and first:
            mention = DateMention(mention.start, mention.end, mention.date, ref, "since_day")
        out.append(mention)
    return out


def joined_spans(found: list[DateMention], text: str, offset: int) -> list[DateMention]:
    """"between January 3 and January 8", "from Monday to Wednesday": two days that bound one span."""
    out: list[DateMention] = []
    for mention in found:
        prev = out[-1] if out else None
        if prev is not None and prev.date_end is None and mention.date_end is None and prev.date < mention.date:
            gap = text[prev.end - offset:mention.start - offset]
            lead = text[max(0, prev.start - offset - 9):prev.start - offset].lower()
            if SPAN_GAP.fullmatch(gap) and re.search(r"\b(?:between|from)\s+(?:on\s+)?\Z", lead):
                out[-1] = DateMention(prev.start, mention.end, prev.date, mention.date, "span_between")
                continue
        out.append(mention)
    return out


def pick_date(mentions: list[DateMention], clause: tuple[int, int], anchor: int) -> DateMention | None:
    """The date in the trigger's own clause if there is one, else the nearest in the sentence."""
    inside = [m for m in mentions if clause[0] <= m.start and m.end <= clause[1]]
    pool = inside or mentions
    if not pool:
        return None
    # a day beats a span ("since October") unless the span is all there is
    return min(pool, key=lambda m: (m.date_end is not None, abs(m.start - anchor)))
