"""A local or cluster Spark session set up the way Splink's Spark backend needs it.

Splink's Spark comparisons call Java similarity functions shipped as a jar inside the splink package;
its iterative algorithms need a checkpoint directory; PySpark refuses a worker Python of another minor
version than the driver's, so the worker is pinned to this interpreter. Nothing here downloads anything.
"""

from __future__ import annotations

import os
import sys
import tempfile
from functools import lru_cache
from typing import Any

from threadline.errors import ConfigurationError

DEFAULT_MASTER = "local[2]"


def spark_available() -> str | None:
    """None when Spark can run here, else the reason it cannot."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return "pyspark is not installed (install the 'spark' extra)"
    java_home = os.environ.get("JAVA_HOME")
    java = os.path.join(java_home, "bin", "java") if java_home else None
    if not (java and os.path.exists(java)) and not any(
        os.access(os.path.join(p, "java"), os.X_OK) for p in os.environ.get("PATH", "").split(os.pathsep)
    ):
        return "no Java runtime found (Spark needs Java 17)"
    return None


@lru_cache(maxsize=1)
def spark_session(master: str | None = None) -> Any:
    problem = spark_available()
    if problem:
        raise ConfigurationError(f"Spark is not available: {problem}")
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession
    from splink.backends.spark import similarity_jar_location

    session = (
        SparkSession.builder.master(master or os.environ.get("THREADLINE_SPARK_MASTER", DEFAULT_MASTER))
        .appName("threadline")
        .config("spark.jars", similarity_jar_location())
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", os.environ.get("THREADLINE_SPARK_PARTITIONS", "8"))
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    checkpoints = os.environ.get("THREADLINE_SPARK_CHECKPOINTS") or tempfile.mkdtemp(prefix="tl-spark-")
    session.sparkContext.setCheckpointDir(checkpoints)
    return session


def spark_db_api() -> Any:
    from splink import SparkAPI

    return SparkAPI(spark_session=spark_session())
