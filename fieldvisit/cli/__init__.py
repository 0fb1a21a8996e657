"""The command line of FieldVisit (CLI.md is the contract). ``main(argv) -> exit code`` is the
console-script entry point (``fieldvisit = "fieldvisit.cli:main"``) and ``python -m fieldvisit``.

Modules: ``app`` (dispatch and exit codes), ``args`` (the parser), ``io`` (output and input files),
and one module per command group: ``cases``, ``plan``, ``visits``, ``review``, ``keys``, ``sync``,
``route``, ``collectors``, ``regions``, ``workspace``.
"""

from fieldvisit.cli.app import main

__all__ = ["main"]
