"""`threadline resolve` and `threadline synth`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    app.command("resolve")(resolve_command)
    app.command("synth")(synth_command)


def resolve_command(
    files: Annotated[list[Path], typer.Argument(help="CSV files: one to deduplicate, several to link")],
    out: Annotated[Path, typer.Option("--out", help="where to write the clusters CSV")],
    id_column: Annotated[
        str | None, typer.Option("--id-column", help="column holding each record's id")
    ] = None,
    columns: Annotated[
        str | None,
        typer.Option("--columns", help="map our fields to your headers: first_name=prenume,..."),
    ] = None,
    engine: Annotated[
        str,
        typer.Option(
            "--engine",
            help="duckdb, or spark: the same model scores the pairs on Spark (THREADLINE_SPARK_MASTER)",
        ),
    ] = "duckdb",
    kind: Annotated[str, typer.Option("--kind", help="person or organisation")] = "person",
    threshold: Annotated[
        float | None, typer.Option("--threshold", help="match weight; default: chosen from the data")
    ] = None,
    max_cluster_size: Annotated[int, typer.Option("--max-cluster-size")] = 40,
) -> None:
    """Deduplicate one list of people (or organisations), or link several lists.

    Writes source,record_id,cluster_id,match_weight.

    match_weight: the record's strongest accepted link (log2 odds).

    A blank match_weight: the record is alone, or identical to another once normalised.
    """
    from threadline.errors import ThreadlineError
    from threadline.link.io import parse_column_map, read_records
    from threadline.link.persons import ENGINES
    from threadline.link.resolve import resolve_frames

    if engine not in ENGINES:
        raise ThreadlineError(f"--engine must be {' or '.join(ENGINES)}", code="resolve_engine")
    if kind not in ("person", "organisation"):
        raise ThreadlineError("--kind must be person or organisation", code="resolve_kind")
    if max_cluster_size < 2:
        raise ThreadlineError("--max-cluster-size must be at least 2", code="resolve_cap")
    frames = {}
    for index, path in enumerate(files):
        source = path.stem if path.stem not in frames else f"{path.stem}_{index + 1}"
        frames[source] = read_records(path)
    result = resolve_frames(
        frames,
        columns=parse_column_map(columns),
        id_column=id_column,
        kind=kind,
        engine=engine,
        threshold=threshold,
        max_cluster_size=max_cluster_size,
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    result.clusters.to_csv(out, index=False)
    n_clusters = result.clusters["cluster_id"].nunique()
    typer.echo(
        f"{len(result.clusters)} records → {n_clusters} clusters "
        f"(threshold match weight {result.threshold:.2f}); written to {out}"
    )


def synth_command(
    out: Annotated[Path, typer.Argument(help="output directory")],
    networks: Annotated[int, typer.Option("--networks")] = 5,
    reports: Annotated[int, typer.Option("--reports")] = 50,
    seed: Annotated[int, typer.Option("--seed")] = 1,
) -> None:
    """Write synthetic reports about networks with known ground truth (for tests and demos)."""
    from threadline.errors import ThreadlineError
    from threadline.link.synth import write_corpus

    if networks < 1 or reports < 1:
        raise ThreadlineError("--networks and --reports must be at least 1", code="synth_args")
    summary = write_corpus(out, networks=networks, reports=reports, seed=seed)
    typer.echo(
        f"{summary['reports']} reports about {summary['networks']} networks "
        f"({summary['people']} people) written to {out}"
    )
