"""Splink on Spark giving the same answers as on DuckDB: its database API with DuckDB-compatible
similarity functions and typed tables, and a trained model carried over from DuckDB."""

from __future__ import annotations

import uuid
from typing import Any

import pandas as pd
from splink import SparkAPI

from threadline.scale.similarity import register_duckdb_compatible_functions
from threadline.scale.spark import checkpoint_dir, spark_session


class TypedSparkAPI(SparkAPI):
    """Splink's Spark API, but pandas frames arrive with a declared schema (see `spark_frame`), and
    table names get a per-API suffix: one session serves many runs, and Splink refuses a name twice."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._suffix = uuid.uuid4().hex[:8]

    def register(self, table: Any, *, table_name: str | None = None, **kwargs: Any) -> Any:
        if isinstance(table, pd.DataFrame):
            table = spark_frame(self.spark, table)
        if table_name is not None:
            table_name = f"{table_name}_{self._suffix}"
        return super().register(table, table_name=table_name, **kwargs)


def spark_db_api() -> TypedSparkAPI:
    """Splink's Spark database API on the process's session, with DuckDB-compatible similarities."""
    session = spark_session()
    # Cached intermediate tables: no copies of the records on disk, and faster than Splink's default
    # Parquet round trips on a local session (about 30 s against 45 s for 500 Febrl-style people).
    lineage = "parquet" if checkpoint_dir() else "persist"
    api = TypedSparkAPI(spark_session=session, break_lineage_method=lineage)
    # After the API registered the jar's functions, so ours replace its two that disagree with DuckDB.
    register_duckdb_compatible_functions(session)
    return api


def spark_frame(session: Any, frame: pd.DataFrame) -> Any:
    """A Spark DataFrame of `frame` with its types stated, not inferred: integers stay integers with
    NULL for missing (never NaN, which Spark compares as larger than every number), and a column that
    is empty in this input is still a string column rather than Spark's untyped NULL column."""
    from pyspark.sql.types import DoubleType, LongType, StringType, StructField, StructType

    fields = []
    columns: dict[str, list[Any]] = {}
    for name in frame.columns:
        series = frame[name]
        if pd.api.types.is_integer_dtype(series.dtype) or pd.api.types.is_bool_dtype(series.dtype):
            kind: Any = LongType()
            values = [None if pd.isna(v) else int(v) for v in series]
        elif pd.api.types.is_float_dtype(series.dtype):
            kind = DoubleType()
            values = [None if pd.isna(v) else float(v) for v in series]
        else:
            kind = StringType()
            values = [None if v is None or (isinstance(v, float) and pd.isna(v)) else str(v) for v in series]
        fields.append(StructField(str(name), kind, nullable=True))
        columns[str(name)] = values
    rows = list(zip(*columns.values(), strict=True)) if columns else []
    return session.createDataFrame(rows, schema=StructType(fields))


def copy_parameters(source: Any, target: Any) -> None:
    """Give `target` (a linker on another engine, built from the same settings) the trained model of
    `source`: λ and every level's m and u. Comparisons and levels correspond one to one, in order."""
    src, dst = source._settings_obj, target._settings_obj
    dst._probability_two_random_records_match = src._probability_two_random_records_match
    for c_src, c_dst in zip(src.comparisons, dst.comparisons, strict=True):
        if c_src.output_column_name != c_dst.output_column_name:
            raise ValueError(f"comparisons differ: {c_src.output_column_name} / {c_dst.output_column_name}")
        for l_src, l_dst in zip(c_src.comparison_levels, c_dst.comparison_levels, strict=True):
            if l_src.comparison_vector_value != l_dst.comparison_vector_value:
                raise ValueError(f"levels of {c_src.output_column_name} differ")
            if l_src.is_null_level:
                continue
            l_dst.m_probability = l_src.m_probability
            l_dst.u_probability = l_src.u_probability


def release(linker: Any) -> None:
    """Free what a scoring run left in the session: its input views, Splink's views and the cached data.

    Splink leaves some views outside its own bookkeeping, so this clears all of Splink's and the whole
    cache: a session scores one run at a time (as the command line, tests and batch jobs use it)."""
    api = linker._db_api
    spark = api.spark
    ours = {*api._created_tables, *api._registered_table_names}
    for table in spark.catalog.listTables():
        if table.isTemporary and (table.name in ours or table.name.startswith("__splink__")):
            spark.catalog.dropTempView(table.name)
    for name in ours:
        spark.catalog.dropTempView(name)
    spark.catalog.clearCache()
