"""Reaching a Dask cluster: a `LocalCluster` started here, or a running scheduler."""

from __future__ import annotations

import json
import logging
import multiprocessing
import multiprocessing.forkserver
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import dask
from distributed import Client, LocalCluster

from ..errors import ClusterUnreachable
from . import _LOCAL, CONNECT_TIMEOUT, Cluster, cluster_address

__all__ = ["connect"]


@contextmanager
def connect(cluster: Cluster) -> Iterator[Client]:
    """A Dask client of ``cluster``: a `LocalCluster` started for ``local:N`` and closed after,
    else the running scheduler, which `ClusterUnreachable` says cannot be reached.

    Dask's own log lines are kept off the terminal meanwhile: kgraph reports what matters.
    """
    with _quiet_dask():
        address = cluster_address(cluster.address) if cluster.address else None
        if address and address.startswith(f"{_LOCAL}:"):
            with _local_cluster(int(address.partition(":")[2])) as local:
                with Client(local, set_as_default=False) as client:
                    yield client
            return
        address = address or _scheduler_file_address(cluster.scheduler_file)
        try:
            client = Client(address, set_as_default=False, timeout=CONNECT_TIMEOUT)
        except (OSError, ValueError) as error:
            raise ClusterUnreachable(
                f"cannot reach the Dask scheduler at {address} ({error}); start one with: "
                "dask scheduler, or use --cluster local"
            ) from None
        with client:
            yield client


@contextmanager
def _local_cluster(workers: int) -> Iterator[LocalCluster]:
    """``workers`` worker processes of one thread each on this machine, reached on the
    loopback interface only; the dashboard on any free port, so that no two clash."""
    method = "forkserver" if _forkserver_without_sigint() else "spawn"
    with dask.config.set({"distributed.worker.multiprocessing-method": method}):
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=":0",
            silence_logs=logging.CRITICAL,
        )
        try:
            yield cluster
        finally:
            cluster.close(timeout=10)


def _forkserver_without_sigint() -> bool:
    """Start multiprocessing's fork server with SIGINT ignored, if this system has one.

    The workers are forked from it, the nanny's restarts too, and keep SIGINT ignored: a
    Ctrl-C at the terminal, which signals the whole process group, reaches only this process,
    which cancels the work and closes them (else each would print a traceback). The server
    loads kgraph's bundled lexicon once (`warm`), so that the workers start with it loaded.
    """
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return False
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["distributed", "kgraph.distributed.warm"])
    if threading.current_thread() is not threading.main_thread():
        return True  # signal handlers are the main thread's; the server starts as it is
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        multiprocessing.forkserver.ensure_running()
    finally:
        signal.signal(signal.SIGINT, previous)
    return True


def _scheduler_file_address(path: str | None) -> str:
    """The scheduler's address in the file that ``dask scheduler --scheduler-file`` writes."""
    if path is None:
        raise ClusterUnreachable("name a cluster: --cluster ADDRESS or --cluster-file FILE")
    try:
        with open(path, encoding="utf-8") as handle:
            return str(json.load(handle)["address"])
    except FileNotFoundError:
        raise ClusterUnreachable(
            f"{path}: no such scheduler file; dask scheduler --scheduler-file {path} writes it"
        ) from None
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise ClusterUnreachable(f"{path}: not a Dask scheduler file ({error})") from None


@contextmanager
def _quiet_dask() -> Iterator[None]:
    logger = logging.getLogger("distributed")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)
