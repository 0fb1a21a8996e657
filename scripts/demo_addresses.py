"""Derive the demo's case addresses from the shipped extract (``resources/regions/Helsinki.osm.pbf``).

Writes ``resources/regions/Helsinki-addresses.csv`` (street, number, postcode, city, lat, lon):
the extract's street addresses, one row per door (with the postcode some entry at that door
gives if it is an area postcode, else none), that the offline address index finds again — at the same place — when written
as a lender writes them ("Street 12, 00100 Helsinki"). The demo workspace
(``fieldvisit.services.demo``) takes its addresses and coordinates from this file;
``tests/integration/test_demo_streets.py`` checks that the file is what this script derives.

Usage: ``python scripts/demo_addresses.py [--check]`` (``--check`` exits 1 if the file differs).
"""

from __future__ import annotations

import csv
import io
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

EXTRACT = ROOT / "resources" / "regions" / "Helsinki.osm.pbf"
OUT = ROOT / "resources" / "regions" / "Helsinki-addresses.csv"
FIELDS = ("street", "number", "postcode", "city", "lat", "lon")


def derive(extract: Path = EXTRACT) -> str:
    """The CSV text for ``extract`` (deterministic: sorted by street and number)."""
    from fieldvisit.adapters.regions.addresses import AddressIndex, write_index
    from fieldvisit.adapters.regions.scan import scan_extract

    scan = scan_extract(extract)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "addresses.sqlite"
        write_index(path, scan.entries)
        index = AddressIndex(path)
        doors: dict[tuple[str, str], dict] = {}
        for e in scan.entries:
            if e["kind"] == "address" and "," not in e["street"] and re.fullmatch(r"\d{1,3}(?: ?[A-Z])?(?:-\d{1,3})?", e["number"]):
                door = doors.setdefault((e["street"], e["number"]), dict(e, postcode=""))
                if not door["postcode"] and re.fullmatch(r"\d{4}0", e["postcode"]):
                    door["postcode"] = e["postcode"]
        rows = []
        for (street, number), e in sorted(doors.items(), key=lambda kv: (kv[0][0], _number_key(kv[0][1]))):
            city = "Helsinki"
            written = f"{street} {number}, {e['postcode']} {city}" if e["postcode"] else f"{street} {number}, {city}"
            hits = index.search(written, limit=8, streets=False)
            near = [h for h in hits if hits[0].score - h.score < 2]  # what the offline geocoder weighs
            if not hits or not all(abs(h.lat - e["lat"]) < 5e-4 and abs(h.lon - e["lon"]) < 1e-3 for h in near):
                continue  # not found, found elsewhere, or two doors alike: not a clear address
            rows.append((street, number, e["postcode"], city, f"{e['lat']:.7f}", f"{e['lon']:.7f}"))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(FIELDS)
    writer.writerows(rows)
    return out.getvalue()


def _number_key(number: str) -> tuple[int, str]:
    digits = re.match(r"\d+", number)
    return (int(digits[0]) if digits else 0, number)


def main() -> int:
    text = derive()
    if "--check" in sys.argv[1:]:
        return 0 if OUT.read_text(encoding="utf-8") == text else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {text.count(chr(10)) - 1} addresses")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
