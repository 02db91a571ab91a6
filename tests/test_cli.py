"""The `lagebild` command end to end on the real seeds: contract, stable ids, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

from contract import assert_valid_export
from lagebild.cli import EXIT_INPUT_ERRORS, EXIT_NOT_FOUND, EXIT_OK, main


def test_run_on_seeds_writes_a_valid_export_and_report(tmp_path, seeds_dir):
    out, db = tmp_path / "out", tmp_path / "db.duckdb"
    assert main(["run", str(seeds_dir), "--out", str(out), "--db", str(db), "-q"]) == EXIT_OK
    document = json.loads((out / "export.json").read_text(encoding="utf-8"))
    assert_valid_export(document)
    assert len(document["articles"]) == 5
    assert (out / "index.html").exists()

    # Running the same input again: identical ids, nothing new.
    out2 = tmp_path / "out2"
    assert main(["run", str(seeds_dir), "--out", str(out2), "--db", str(db), "-q"]) == EXIT_OK
    again = json.loads((out2 / "export.json").read_text(encoding="utf-8"))
    assert [a["id"] for a in again["articles"]] == [a["id"] for a in document["articles"]]
    assert sorted(s["id"] for s in again["stories"]) == sorted(s["id"] for s in document["stories"])

    # A fresh database gives the same ids too.
    out3, db3 = tmp_path / "out3", tmp_path / "db3.duckdb"
    assert main(["run", str(seeds_dir), "--out", str(out3), "--db", str(db3), "-q"]) == EXIT_OK
    fresh = json.loads((out3 / "export.json").read_text(encoding="utf-8"))
    assert sorted(s["id"] for s in fresh["stories"]) == sorted(s["id"] for s in document["stories"])


def test_export_command_prints_the_same_document(tmp_path, seeds_dir, capsys):
    db = tmp_path / "db.duckdb"
    assert main(["ingest", str(seeds_dir), "--db", str(db), "-q"]) == EXIT_OK
    capsys.readouterr()
    assert main(["export", "--format", "json", "--db", str(db)]) == EXIT_OK
    document = json.loads(capsys.readouterr().out)
    assert_valid_export(document)
    assert main(["stories", "--json", "--db", str(db)]) == EXIT_OK
    listed = json.loads(capsys.readouterr().out)
    assert {s["id"] for s in listed} == {s["id"] for s in document["stories"]}
    story_id = listed[0]["id"]
    assert main(["show", story_id, "--db", str(db)]) == EXIT_OK
    assert listed[0]["title"] in capsys.readouterr().out
    assert main(["show", "s-nope", "--db", str(db)]) == EXIT_NOT_FOUND
    assert "no story or article" in capsys.readouterr().err


def test_failed_inputs_set_the_exit_code(tmp_path, capsys):
    good = tmp_path / "ok.txt"
    good.write_text("Der Landtag hat am Dienstag über den Doppelhaushalt beraten. Die Opposition kritisierte die neuen Kredite scharf.", encoding="utf-8")
    bad = tmp_path / "leer.txt"
    bad.write_text("", encoding="utf-8")
    code = main(["ingest", str(good), str(bad), "--db", str(tmp_path / "db.duckdb")])
    assert code == EXIT_INPUT_ERRORS
    err = capsys.readouterr().err
    assert "leer.txt" in err and "empty" in err


def test_stdin_and_help():
    text = "Der Landtag hat am Dienstag über den Doppelhaushalt beraten. Die Opposition kritisierte die neuen Kredite scharf."
    result = subprocess.run([sys.executable, "-m", "lagebild.cli", "--help"], capture_output=True, text=True)
    assert result.returncode == 0 and "examples:" in result.stdout and "exit codes" in result.stdout
    import tempfile, os
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "db.duckdb")
        result = subprocess.run([sys.executable, "-m", "lagebild.cli", "ingest", "-", "--db", db], input=text, capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        assert "1 new article" in result.stderr
