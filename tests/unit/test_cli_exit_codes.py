"""The CLI's exit codes for the commands that open no workspace (``bench``, ``region``): 2 with one
sentence for bad input, 130 with what was undone when interrupted, 1 with a short message (no
traceback) for an unexpected failure (CLI.md)."""

from __future__ import annotations

import fieldvisit.cli.app as cli_app
import fieldvisit.cli.regions as regions
from fieldvisit.cli import main


def test_bench_of_a_missing_file_exits_2_with_one_sentence(tmp_path, capsys):
    assert main(["bench", str(tmp_path / "none.txt"), "--format", "solomon"]) == 2
    err = capsys.readouterr().err
    assert err == f"fieldvisit: The instance file {tmp_path / 'none.txt'} does not exist.\n"


def test_an_interrupted_region_build_says_the_pack_was_removed(monkeypatch, capsys):
    def interrupted(args):
        raise KeyboardInterrupt

    monkeypatch.setitem(regions.REGION_COMMANDS, ("region", "build"), interrupted)
    assert main(["region", "build", "x.osm.pbf"]) == 130
    assert capsys.readouterr().err == "fieldvisit: interrupted; the unfinished region pack was removed.\n"


def test_an_unexpected_failure_of_bench_exits_1_without_a_traceback(monkeypatch, capsys):
    def broken(args):
        raise RuntimeError("solver crashed")

    monkeypatch.setattr(cli_app, "cmd_bench", broken)
    monkeypatch.delenv("FIELDVISIT_DEBUG", raising=False)
    assert main(["bench", "x.txt", "--format", "solomon"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("fieldvisit: unexpected error:") and "Traceback" not in err and err.count("\n") == 1
