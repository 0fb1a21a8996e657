"""The command-line face of FieldVisit (CLI.md is the contract: names, exit codes, JSON keys):
``main`` parses the command line (``args.build_parser``) and runs the command's handler from the
command-group modules of this package.

Exit 0 on success, 2 on bad input or a refused operation (one sentence on stderr), 1 on an
unexpected failure, 130 when interrupted. ``--json`` prints exactly one JSON object on stdout.
"""

from __future__ import annotations

import os
import sys
import traceback

from fieldvisit.cli.args import build_parser
from fieldvisit.cli.cases import CASE_COMMANDS
from fieldvisit.cli.collectors import COLLECTOR_COMMANDS
from fieldvisit.cli.keys import KEY_COMMANDS
from fieldvisit.cli.plan import PLAN_COMMANDS, _time_limit, cmd_bench
from fieldvisit.cli.review import REVIEW_COMMANDS
from fieldvisit.cli.route import ROUTE_COMMANDS
from fieldvisit.cli.sync import SYNC_COMMANDS
from fieldvisit.cli.visits import VISIT_COMMANDS
from fieldvisit.cli.workspace import WORKSPACE_COMMANDS
from fieldvisit.domain.text import printable
from fieldvisit.services.errors import UserError, safe_description

#: (command, subcommand or None) -> handler(app, args), for the commands that open the workspace.
COMMANDS = {
    **CASE_COMMANDS,
    **PLAN_COMMANDS,
    **VISIT_COMMANDS,
    **KEY_COMMANDS,
    **SYNC_COMMANDS,
    **REVIEW_COMMANDS,
    **WORKSPACE_COMMANDS,
    **COLLECTOR_COMMANDS,
    **ROUTE_COMMANDS,
}


def _resolve_collector_options(app, args) -> None:
    """Every ``--collector`` names a known collector, whatever its accents and case (``Gomez``
    finds ``Gómez``); none matching: exit 2 with a "did you mean". ``cases assign`` may name a new
    collector (refused when it is a near miss of a known one, unless ``--new``)."""
    from fieldvisit.services.cases import resolve_collector

    assign = (args.command, getattr(args, "cases_command", None)) == ("cases", "assign")
    if getattr(args, "collector", None):
        if assign and getattr(args, "new", False):
            return
        args.collector = resolve_collector(app.uow(), args.collector, new_ok=assign)
    if getattr(args, "collectors", None):
        args.collectors = [resolve_collector(app.uow(), n) for n in args.collectors]


def run_gui(db: str | None, demo: bool) -> int:
    from fieldvisit.ui.app import run_app

    return run_app(db, demo=demo)


def _run(args, opened: list) -> int:
    """Run the parsed command; an opened workspace is put in ``opened`` (closed by ``main``)."""
    db = getattr(args, "db", None)
    if args.command is None:
        return run_gui(db, args.demo)
    if args.demo:  # --demo is the window on a demo workspace: a command never runs on it (README)
        raise UserError(f"--demo opens the window on a demo workspace and takes no command; run 'fieldvisit "
                        f"{args.command} …' without --demo (on your workspace, or --db URL), or 'fieldvisit --demo' "
                        "alone to look around.")
    if args.command == "region":  # packs belong to the installation, not to a workspace
        from fieldvisit.cli.regions import REGION_COMMANDS

        REGION_COMMANDS[(args.command, args.region_command)](args)
        return 0
    if args.command == "bench":  # needs no workspace
        cmd_bench(args)
        return 0
    if (args.command, getattr(args, "workspace_command", None)) == ("workspace", "recover"):
        from fieldvisit.cli.workspace import cmd_workspace_recover

        cmd_workspace_recover(args)  # cannot open the workspace: its passphrase is what was lost
        return 0
    handler = COMMANDS[(args.command, getattr(args, f"{args.command.replace('-', '_')}_command", None))]
    from fieldvisit.bootstrap import open_app

    if getattr(args, "time_limit", None) is not None:
        _time_limit(args, 0.0)  # a bad option is refused before anything is opened or planned
    app = open_app(db)
    opened.append(app)
    _resolve_collector_options(app, args)
    handler(app, args)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the command line ``argv`` (default: ``sys.argv[1:]``); returns the exit code (0, 1, 2,
    or 130 when interrupted). No command: the desktop app."""
    args = build_parser().parse_args(argv)
    opened: list = []
    try:
        return _run(args, opened)
    except UserError as exc:
        sys.stderr.write(f"fieldvisit: {printable(str(exc))}\n")  # one line, whatever a file name holds
        return 2
    except KeyboardInterrupt:
        undone = ("the unfinished region pack was removed" if args.command == "region"
                  else "nothing was saved from the unfinished step")
        sys.stderr.write(f"fieldvisit: interrupted; {undone}.\n")
        return 130
    except OSError as exc:  # a full disk, a read-only or vanished file: the user's to fix, never a bug
        from fieldvisit.services.errors import os_reason

        sys.stderr.write(f"fieldvisit: a file could not be read or written: {os_reason(exc)}; nothing more was "
                         "done.\n")
        if os.environ.get("FIELDVISIT_DEBUG"):
            traceback.print_exc()
        return 2
    except Exception as exc:  # noqa: BLE001 - the contract: exit 1, short message
        sys.stderr.write(f"fieldvisit: unexpected error: {safe_description(exc)}\n")
        if os.environ.get("FIELDVISIT_DEBUG"):
            traceback.print_exc()
        return 1
    finally:
        for app in opened:
            app.close()


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
