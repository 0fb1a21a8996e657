"""CLI commands about region packs (CLI.md: ``region build EXTRACT.osm.pbf [--name N]``,
``region list``, ``region remove N``, ``region find TEXT``). They need no workspace: packs belong
to the installation's data folder and can be handed to collectors as a folder."""

from __future__ import annotations

import sys
from pathlib import Path

from fieldvisit.cli.io import _emit


def _store():
    from fieldvisit.bootstrap import region_folder

    return region_folder()


def cmd_region_build(args) -> None:
    from fieldvisit.services.progress import run
    from fieldvisit.services.regions import build_region

    work = build_region(_store(), Path(args.extract), args.name, street_map=not args.no_street_map)
    shown = {"message": ""}

    def progress(p) -> None:
        if not getattr(args, "json", False) and p.message != shown["message"] and sys.stderr.isatty():
            sys.stderr.write(f"  {p.done}/{p.total} {p.message}\n")
        shown["message"] = p.message

    data = run(work, progress)
    _emit(args, data, f"Region {data['name']} built in {data['seconds']:.0f} s ({data['bytes'] / 1e6:.1f} MB): "
                      f"roads for {', '.join(data['modes'])}; {data['addresses']} addresses"
                      + ("; street map" if data.get("street_map") else "") + ".")


def cmd_region_list(args) -> None:
    from fieldvisit.services.regions import list_regions, unusable_regions

    store = _store()
    rows, broken = list_regions(store), unusable_regions(store)
    text = "\n".join([f"{r['name']:<20} {', '.join(r['modes']):<30} {r['addresses']:>7} addresses "
                      f"{r['bytes'] / 1e6:>7.1f} MB  from {r['source']}" for r in rows]
                     + [f"{b['name']:<20} NOT USED: {b['error']}" for b in broken]) or \
        "No region packs yet; build one with `fieldvisit region build EXTRACT.osm.pbf`."
    _emit(args, {"regions": rows, "unusable": broken}, text)


def cmd_region_remove(args) -> None:
    from fieldvisit.services.regions import remove_region

    remove_region(_store(), args.name)
    _emit(args, {"removed": args.name}, f"Region {args.name} removed.")


def cmd_region_find(args) -> None:
    from fieldvisit.services.regions import find_place

    hits = find_place(_store(), args.text, limit=args.limit)
    text = "\n".join(f"{h['lat']:.6f},{h['lon']:.6f}  {h['kind']:<8} {h['label']}" for h in hits) or "Not found."
    _emit(args, {"results": hits}, text)


REGION_COMMANDS = {
    ("region", "build"): cmd_region_build,
    ("region", "list"): cmd_region_list,
    ("region", "remove"): cmd_region_remove,
    ("region", "find"): cmd_region_find,
}


def add_region_parser(sub, common, parser_class) -> None:
    region = sub.add_parser("region", parents=[common], help="region packs: roads, addresses and a street map, offline")
    rsub = region.add_subparsers(dest="region_command", required=True, parser_class=parser_class)
    build = rsub.add_parser("build", parents=[common], help="build a region pack from an OpenStreetMap .osm.pbf extract")
    build.add_argument("extract", metavar="EXTRACT.osm.pbf")
    build.add_argument("--name", default=None, help="the pack's name (default: the extract's file name)")
    build.add_argument("--no-street-map", action="store_true", help="roads and addresses only (faster)")
    rsub.add_parser("list", parents=[common], help="the region packs of this installation")
    remove = rsub.add_parser("remove", parents=[common], help="remove a region pack")
    remove.add_argument("name")
    find = rsub.add_parser("find", parents=[common], help="find an address, street or place offline")
    find.add_argument("text")
    find.add_argument("--limit", type=int, default=5)
