"""`threadline extract …` and `threadline eval …`: extraction from the command line."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from threadline.errors import ThreadlineError

MAX_BYTES = 10 * 1024 * 1024
_SOURCE_LINE = re.compile(r"^\s*SOURCE:\s*(.+?)\s*$", re.MULTILINE)


def read_text(path: Path) -> str:
    """A report file's text, or one clear error (missing, a folder, too big, not UTF-8)."""
    if not path.exists():
        raise ThreadlineError(f"no such file: {path}")
    if not path.is_file():
        raise ThreadlineError(f"not a file: {path}")
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ThreadlineError(f"{path} is larger than {MAX_BYTES // (1024 * 1024)} MB")
        return path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ThreadlineError(f"{path} is not UTF-8 text") from exc
    except OSError as exc:
        raise ThreadlineError(f"cannot read {path}: {exc.strerror or exc}") from exc


def source_of(text: str, path: Path) -> str:
    """Where a text came from: its trailing "SOURCE: …" line if it has one, else the file name."""
    found = _SOURCE_LINE.findall(text[-2000:])
    return found[-1] if found else path.name


def schema_for(path: Path) -> dict[str, Any]:
    from threadline.extract.pipeline import extract
    from threadline.extract.schema import to_schema
    from threadline.taxonomy.document import Document

    text = read_text(path)
    facts = extract(Document(text=text, id=path.stem))
    return to_schema(facts, path.stem, source_of(text, path))


def _print_facts(console: Console, path: Path, facts: Any) -> None:
    console.rule(f"[bold]{escape(str(path))}[/] · language {facts.language or '?'}")
    people = Table("person", "role", "age", "gender", title="People", title_justify="left")
    seen: set[str] = set()
    for m in facts.mentions:
        if m.kind != "person" or m.attributes.get("boilerplate"):
            continue
        name = m.attributes.get("full_name") or m.value
        if name in seen:
            continue
        seen.add(name)
        attrs = m.attributes
        people.add_row(
            escape(name),
            str(attrs.get("role", "")),
            str(attrs.get("age", "")),
            str(attrs.get("gender", "")),
        )
    if people.row_count:
        console.print(people)
    summary = facts.summary or {}
    lines = Table("field", "value", title="Case", title_justify="left", show_header=False)
    for key, value in summary.items():
        if isinstance(value, dict):
            for sub, v in value.items():
                if v not in (None, [], ""):
                    lines.add_row(f"{key}.{sub}", escape(_show(v)))
        elif value not in (None, [], ""):
            lines.add_row(key, escape(_show(value)))
    console.print(lines)
    console.print(f"[dim]components: {', '.join(facts.components)}[/]")


def _show(value: Any) -> str:
    return ", ".join(map(str, value)) if isinstance(value, list) else str(value)


def extract_command(
    files: Annotated[list[Path], typer.Argument(help="Report text files (UTF-8).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print all facts as JSON.")] = False,
    schema: Annotated[
        bool, typer.Option("--schema", help="Write the case summary in the eval schema.")
    ] = False,
    out: Annotated[
        Path | None, typer.Option("--out", help="With --schema: folder for <stem>.json files.")
    ] = None,
) -> None:
    """Extract facts (people, places, agencies, counts, labels) from report files."""
    from threadline.extract.pipeline import extract
    from threadline.taxonomy.document import Document

    if schema:
        if out is None:
            raise ThreadlineError("--schema needs --out DIR")
        for path in files:
            read_text(path)  # refuse the whole batch before writing anything
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ThreadlineError(f"cannot create {out}: {exc.strerror or exc}") from exc
        for path in files:
            target = out / f"{path.stem}.json"
            data = json.dumps(schema_for(path), ensure_ascii=False, indent=2)
            target.write_text(data + "\n", encoding="utf-8")
            typer.echo(str(target))
        return
    console = Console()
    results = []
    for path in files:
        facts = extract(Document(text=read_text(path), id=path.stem))
        if as_json:
            results.append({"file": str(path), **facts.to_dict()})
        else:
            _print_facts(console, path, facts)
    if as_json:
        typer.echo(json.dumps(results if len(results) != 1 else results[0], ensure_ascii=False,
                              indent=2, default=str))  # fmt: skip


def eval_command(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of NNN.txt with gold NNN.json.")],
    pred: Annotated[
        Path | None,
        typer.Option("--pred", help="Score the predictions in this folder instead of extracting."),
    ] = None,
    texts: Annotated[
        Path | None,
        typer.Option("--texts", help="Read NNN.txt from this folder instead of GOLD_DIR."),
    ] = None,
    language: Annotated[
        str | None,
        typer.Option("--language", help="Score only gold files of this language (en, ro)."),
    ] = None,
    misses: Annotated[
        bool, typer.Option("--misses", help="Also list, per document, what was missed or wrong.")
    ] = False,
) -> None:
    """Run extraction on GOLD_DIR/*.txt and print per-field precision, recall and F1."""
    from threadline.extract.scoring import differences, gold_files, score_dirs

    if not gold_dir.is_dir():
        raise ThreadlineError(f"not a folder: {gold_dir}")
    try:
        golds = gold_files(gold_dir, language)
    except json.JSONDecodeError as exc:
        raise ThreadlineError(f"a gold file in {gold_dir} is not valid JSON: {exc.msg}") from exc
    predictions: dict[str, dict[str, Any]] = {}
    if pred is not None:
        if not pred.is_dir():
            raise ThreadlineError(f"not a folder: {pred}")
        for path in sorted(pred.glob("*.json")):
            try:
                predictions[path.stem] = json.loads(read_text(path))
            except json.JSONDecodeError as exc:
                raise ThreadlineError(f"{path} is not valid JSON: {exc.msg}") from exc
    else:
        text_dir = texts or gold_dir
        if not text_dir.is_dir():
            raise ThreadlineError(f"not a folder: {text_dir}")
        wanted = {gold_path.stem for gold_path, _ in golds}
        paths = [p for p in sorted(text_dir.glob("*.txt")) if p.stem in wanted]
        if not paths:
            raise ThreadlineError(f"no .txt files in {text_dir} for the gold files in {gold_dir}")
        for path in paths:
            predictions[path.stem] = schema_for(path)
    result = score_dirs(gold_dir, predictions, language)
    if misses:
        for gold_path, gold in golds:
            if gold_path.stem not in predictions:
                continue
            for name, (missed, extra) in differences(gold, predictions[gold_path.stem]).items():
                typer.echo(f"{gold_path.stem:6} {name:28} missed={missed} wrong={extra}")
    header = f"{'field':32} {'tp':>5} {'fp':>5} {'fn':>5} {'P':>6} {'R':>6} {'F1':>6}"
    typer.echo(header)
    for name, s in result.fields.items():
        p, r, f = s.prf
        typer.echo(f"{name:32} {s.tp:5} {s.fp:5} {s.fn:5} {p:6.3f} {r:6.3f} {f:6.3f}")
    m = result.micro
    p, r, f = m.prf
    typer.echo(f"{'MICRO':32} {m.tp:5} {m.fp:5} {m.fn:5} {p:6.3f} {r:6.3f} {f:6.3f}")
    typer.echo(f"documents={result.documents} missing_predictions={result.missing_predictions}")


def register(app: typer.Typer) -> None:
    app.command("extract")(extract_command)
    app.command("eval")(eval_command)
