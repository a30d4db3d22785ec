"""A Spark session set up the way Splink's Spark backend needs it.

Splink's Spark SQL calls Java similarity functions from a jar shipped inside the splink package (nothing is
downloaded); PySpark refuses worker Pythons of another version than the driver's, so workers run this
interpreter. Intermediate tables are kept in Spark's cache, or written as Parquet under
THREADLINE_SPARK_CHECKPOINTS when that is set (a path every executor of a cluster can reach).
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
from importlib import resources
from typing import Any

from threadline.errors import ConfigurationError

DEFAULT_MASTER = "local[2]"
# A small local session needs few shuffle partitions; Spark's 200 makes every tiny stage crawl.
PARTITIONS = "8"

_session: Any = None


def spark_problem() -> str | None:
    """None when Spark can start here, else the reason it cannot."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return "pyspark is not installed (install threadline with the 'spark' extra)"
    java_home = os.environ.get("JAVA_HOME")
    if java_home and os.access(os.path.join(java_home, "bin", "java"), os.X_OK):
        return None
    if shutil.which("java") is None:
        return "no Java runtime found (Spark needs Java 17 or newer; set JAVA_HOME)"
    return None


def spark_session() -> Any:
    """The process's Spark session (created on first use; master from THREADLINE_SPARK_MASTER)."""
    global _session
    if _session is not None and _session.sparkContext._jsc is not None:
        return _session
    problem = spark_problem()
    if problem:
        raise ConfigurationError(f"the Spark engine is not available: {problem}", code="spark_unavailable")
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession
    from splink.backends.spark import similarity_jar_location

    master = os.environ.get("THREADLINE_SPARK_MASTER") or DEFAULT_MASTER
    builder = (
        SparkSession.builder.master(master)
        .appName("threadline")
        .config("spark.jars", similarity_jar_location())
        .config("spark.driver.extraJavaOptions", f"-Dlog4j2.configurationFile=file:{_log_config()}")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", os.environ.get("THREADLINE_SPARK_PARTITIONS", PARTITIONS))
        # Scored pairs come back to pandas through Arrow: much faster than row by row.
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
    )
    if master.startswith("local"):
        builder = builder.config("spark.driver.host", "127.0.0.1")
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    logging.getLogger("py4j").setLevel(logging.ERROR)
    if checkpoint_dir():
        session.sparkContext.setCheckpointDir(checkpoint_dir())
    _session = session
    return session


def stop_spark() -> None:
    """Stop the session (and its JVM's work); the next `spark_session()` starts a new one."""
    global _session
    if _session is not None:
        _session.stop()
        _session = None


def checkpoint_dir() -> str | None:
    return os.environ.get("THREADLINE_SPARK_CHECKPOINTS") or None


def _log_config() -> str:
    return str(resources.files("threadline.scale").joinpath("log4j2.properties"))
