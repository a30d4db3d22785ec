"""`threadline demo`: load the bundled demo corpus (idempotent: running it twice adds nothing)."""

from __future__ import annotations

import importlib.util
import json
import tempfile
from importlib import resources
from pathlib import Path

import typer
from rich.console import Console

from threadline.intake.batch import ingest_files
from threadline.intake.parsers.jsondoc import report_from_object
from threadline.intake.service import accept, parse_anonymity, parse_channel
from threadline.runtime import open_database
from threadline.taxonomy.channels import Anonymity, Channel

console = Console(stderr=True)


def load_demo(*, synthetic_reports: int = 40, process: bool = True) -> dict[str, int]:
    corpus = resources.files("threadline.demo") / "corpus"
    db = open_database(migrate=True)
    counts = {"accepted": 0, "duplicates": 0}
    try:
        with resources.as_file(corpus) as folder:
            news = sorted(Path(folder).glob("*.txt"))
            summary = ingest_files(db, news, channel=Channel.NEWS, anonymity=Anonymity.CONSENT_TO_SHARE)
            counts["accepted"] += len(summary.accepted)
            counts["duplicates"] += len(summary.duplicates)
            tips = json.loads((Path(folder) / "tips.json").read_text(encoding="utf-8"))
        for i, tip in enumerate(tips):
            parsed = report_from_object({"text": tip["text"]}, where=f"demo tip {i + 1}", name=None)
            [result] = accept(
                db,
                [parsed],
                channel=parse_channel(tip["channel"]),
                anonymity=parse_anonymity(tip["anonymity"]),
            )
            counts["duplicates" if result.duplicate else "accepted"] += 1
        if synthetic_reports and importlib.util.find_spec("threadline.link.synth") is not None:
            counts_synth = _load_synthetic(db, synthetic_reports)
            counts["accepted"] += counts_synth[0]
            counts["duplicates"] += counts_synth[1]
        if process:
            from threadline.worker import drain

            counts["processed"] = drain(db)
    finally:
        db.dispose()
    return counts


def _load_synthetic(db: object, reports: int) -> tuple[int, int]:
    """Tip reports about a generated world of networks (fixed seed: the same demo every time)."""
    from threadline.link import synth

    with tempfile.TemporaryDirectory() as tmp:
        synth.write_corpus(Path(tmp), networks=3, reports=reports, seed=7)
        files = sorted(p for p in Path(tmp).rglob("*.txt"))
        summary = ingest_files(db, files, channel=Channel.HELPLINE, anonymity=Anonymity.CONFIDENTIAL)  # type: ignore[arg-type]
    return len(summary.accepted), len(summary.duplicates)


def demo(
    synthetic: int = typer.Option(40, help="How many generated tip reports to add (0 for none)."),
    process: bool = typer.Option(True, help="Run extraction, linking and triage on them now."),
) -> None:
    """Load the bundled demo corpus: a real news article plus tip reports."""
    counts = load_demo(synthetic_reports=synthetic, process=process)
    line = f"demo corpus: {counts['accepted']} new report(s), {counts['duplicates']} already present"
    if "processed" in counts:
        line += f", {counts['processed']} job(s) processed"
    console.print(line)


def register(app: typer.Typer) -> None:
    app.command()(demo)
