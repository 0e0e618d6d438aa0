"""Extraction on a Dask cluster gives what a local run gives, and survives losing a worker.

One real `LocalCluster` (two worker processes of one thread) serves the module; the commands
reach it at its address, as they reach a cluster of many machines. The corpus mixes files of
one article, which the workers read themselves, with a JSONL file, read by the client.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from distributed import Client, LocalCluster
from spacy.language import Language

from kgraph import distributed as on_cluster
from kgraph.distributed import Cluster, cluster_address
from kgraph.distributed.run import registered
from kgraph.distributed.tasks import Tasks
from kgraph.distributed.worker import Extractor
from kgraph.pipeline import extract_documents, jsonl_lines
from kgraph.records import Document
from kgraph.resolve.stored import resolve_store
from kgraph.sources import ArticleFile, read_documents, read_sources
from kgraph.store import Store

from .corpus import generate_articles, write_jsonl
from .imports import imported_by
from .test_cli import kgraph, stderr_lines
from .test_resume import processes, start_build, stored, wait_until_stored

FILES = 60
ARTICLES = 120  # FILES as .txt files, the rest in one JSONL file


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    """The address of a cluster of two worker processes, for the whole module."""
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as local:
        yield local.scheduler_address


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of `FILES` text files and a JSONL file of the other articles."""
    folder = tmp_path_factory.mktemp("corpus")
    articles = list(generate_articles(ARTICLES, sentences=(2, 4)))
    for article in articles[:FILES]:
        (folder / f"{article.id}.txt").write_text(
            f"{article.title}\n\n{article.text}\n", encoding="utf-8"
        )
    write_jsonl(folder / "more.jsonl", iter(articles[FILES:]))
    return folder


@pytest.fixture(scope="module")
def ids(corpus: Path) -> list[str]:
    """The ids of the corpus's articles, sorted."""
    return sorted(document.id for document in read_documents([corpus]))


@pytest.fixture(scope="module")
def local_lines(corpus: Path, nlp: Language) -> list[str]:
    """The JSONL lines a local extraction of the corpus writes, sorted."""
    pairs = extract_documents(read_documents([corpus]), nlp)
    return sorted("".join(jsonl_lines(triples) for _, triples in pairs).splitlines())


def stored_triples(db: Path) -> tuple[list[str], list[str]]:
    """The ids of the articles and of the triples stored in ``db``."""
    with Store(db) as store:
        return [d.id for d in store.documents()], [t.id for t in store.triples()]


def test_cluster_addresses_are_local_n_or_a_schedulers() -> None:
    assert cluster_address("local:3") == "local:3"
    assert cluster_address("tls://scheduler:8786") == "tls://scheduler:8786"
    assert cluster_address("local") == f"local:{os.cpu_count()}"
    for bad in ("local:", "local:two", "scheduler", "8786"):
        with pytest.raises(ValueError, match="local"):
            cluster_address(bad)


def test_without_a_cluster_kgraph_never_imports_dask(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Talks\n\nThe minister met his counterpart in Seoul.\n", encoding="utf-8")
    argv = ["build", str(article), "--db", str(tmp_path / "k.db"), "--quiet"]
    assert imported_by(argv) & {"dask", "distributed"} == set()
    assert stored_triples(tmp_path / "k.db")[0] != []


def test_sources_leave_files_of_one_article_to_the_workers(corpus: Path) -> None:
    sources = list(read_sources([corpus]))
    files = [source for source in sources if isinstance(source, ArticleFile)]
    assert len(sources) == ARTICLES and len(files) == FILES
    assert [file.read() for file in files] == list(read_documents([corpus]))[:FILES]


def test_extract_on_a_cluster_writes_the_lines_of_a_local_run(
    cluster: str, corpus: Path, local_lines: list[str], tmp_path: Path
) -> None:
    output = tmp_path / "triples.jsonl"
    result = kgraph("extract", corpus, "-o", output, "--cluster", cluster, "--partition-size", "8")
    assert result.exit_code == 0, result.stderr
    assert stderr_lines(result) == [f"{len(local_lines)} triples from {ARTICLES} articles"]
    assert sorted(output.read_text(encoding="utf-8").splitlines()) == local_lines


def test_build_on_a_local_cluster_stores_every_article_once_and_again_adds_nothing(
    corpus: Path, local_lines: list[str], ids: list[str], tmp_path: Path, cluster: str
) -> None:
    db = tmp_path / "kgraph.db"
    first = kgraph("build", corpus, "--db", db, "--cluster", "local:2")
    assert first.exit_code == 0, first.stderr
    assert stderr_lines(first) == [
        f"{ARTICLES} articles added ({len(local_lines)} triples), 0 already stored"
    ]
    # again, on the module's cluster: the files are read there, the store lacks none of them
    again = kgraph("build", corpus, "--db", db, "--cluster", cluster)
    assert stderr_lines(again) == [f"0 articles added (0 triples), {ARTICLES} already stored"]
    articles, triples = stored_triples(db)
    assert sorted(articles) == ids
    assert len(triples) == len(set(triples)) == len(local_lines)
    # the workers sent each article's reading back, and the client stored it for kgraph resolve
    with Store(db) as store:
        assert all(reading is not None for _, reading in store.readings())
        assert str(resolve_store(store)) == (
            f"{ARTICLES} articles resolved again: {len(triples)} triples (were {len(triples)})"
        )
        assert sorted(t.id for t in store.triples()) == sorted(triples)


def test_the_client_holds_a_few_partitions_in_flight_however_long_the_corpus(
    cluster: str,
) -> None:
    partitions = 40
    read = 0

    def corpus() -> Iterator[list[Document]]:
        nonlocal read
        for number in range(partitions):
            read += 1
            yield [Document(f"article-{number}", f"The minister met envoy number {number}.")]

    extractor = Extractor.of(None, (), None)
    with Client(cluster, set_as_default=False) as client, registered(client, extractor):
        tasks = Tasks(client, extractor.name, (32, False), True, None)
        finished = in_flight = 0
        for _ in tasks.stream(corpus()):
            finished += 1
            in_flight = max(in_flight, read - finished)
        limit = tasks.limit()
    assert finished == partitions
    assert in_flight < limit == 4  # two a worker thread: the corpus is read as work is done


def test_a_worker_killed_mid_run_loses_no_article_and_stores_none_twice(
    cluster: str, corpus: Path, local_lines: list[str], ids: list[str], tmp_path: Path
) -> None:
    with Client(cluster, set_as_default=False) as client:
        workers = client.run(os.getpid)
        killed: list[int] = []

        def kill_a_worker_after_some_partitions(articles: int) -> None:
            with Store(tmp_path / "kgraph.db") as reader:
                if not killed and reader.counts()["documents"] >= 16:
                    killed.append(next(iter(workers.values())))
                    os.kill(killed[0], signal.SIGKILL)

        with Store(tmp_path / "kgraph.db") as store:
            summary = on_cluster.build(
                read_sources([corpus]), store, Cluster(cluster, partition_size=4),
                on_progress=kill_a_worker_after_some_partitions,
            )
        client.wait_for_workers(2, timeout=60)  # the nanny started another, for the next test
    assert killed and summary.added == ARTICLES
    articles, triples = stored_triples(tmp_path / "kgraph.db")
    assert sorted(articles) == ids
    assert len(triples) == len(set(triples)) == len(local_lines)


def test_the_users_dictionaries_and_uncoded_reach_the_workers(
    cluster: str, tmp_path: Path
) -> None:
    (tmp_path / "my.actors.txt").write_text("VALDORIA_ [VLD]\n+VALDORIAN_\n", encoding="utf-8")
    article = tmp_path / "article.txt"
    article.write_text(
        "Border clash\n\nThe Valdorian army shelled Peru. The Valdorian army watched Peru.\n",
        encoding="utf-8",
    )
    runs = [
        kgraph("extract", article, "--dictionary", tmp_path / "my.actors.txt", "--uncoded",
               *cluster_options)
        for cluster_options in ([], ["--cluster", cluster])
    ]
    assert [run.exit_code for run in runs] == [0, 0]
    assert runs[0].stdout == runs[1].stdout
    assert '"country": "VLD"' in runs[1].stdout and '"lemma": "watch"' in runs[1].stdout


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_an_unreachable_scheduler_is_one_line_and_exit_1(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("kgraph.distributed.client.CONNECT_TIMEOUT", 1)
    address = f"tcp://127.0.0.1:{free_port()}"
    result = kgraph("build", corpus, "--db", tmp_path / "kgraph.db", "--cluster", address)
    assert result.exit_code == 1
    [line] = stderr_lines(result)
    assert line.startswith(f"error: cannot reach the Dask scheduler at {address} (")
    assert line.endswith("start one with: dask scheduler, or use --cluster local")


def test_a_missing_scheduler_file_is_one_line_and_exit_1(corpus: Path, tmp_path: Path) -> None:
    missing = tmp_path / "scheduler.json"
    result = kgraph("extract", corpus, "--cluster-file", missing)
    assert result.exit_code == 1
    assert stderr_lines(result) == [
        f"error: {missing}: no such scheduler file; dask scheduler --scheduler-file {missing} "
        "writes it"
    ]


def test_a_scheduler_file_names_the_cluster(
    cluster: str, corpus: Path, local_lines: list[str], tmp_path: Path
) -> None:
    scheduler_file = tmp_path / "scheduler.json"
    scheduler_file.write_text(f'{{"address": "{cluster}"}}', encoding="utf-8")
    result = kgraph("extract", corpus, "--cluster-file", scheduler_file)
    assert result.exit_code == 0, result.stderr
    assert sorted(result.stdout.splitlines()) == local_lines


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--cluster", "local:2", "--workers", "2"], "--workers is for one machine"),
        (["--cluster", "local:2", "--cluster-file", "s.json"], "give --cluster or --cluster-file"),
        (["--cluster", "local:none"], "local:N needs a number of worker processes"),
    ],
)
def test_options_that_do_not_go_with_a_cluster_are_usage_errors(
    corpus: Path, options: list[str], message: str
) -> None:
    result = kgraph("extract", corpus, *options)
    assert result.exit_code == 2
    [line] = stderr_lines(result)
    assert message in line


def alive_in_group(group: int) -> list[int]:
    """The processes of ``group`` that have not ended (zombies wait for init to reap them)."""
    alive = []
    for pid in processes(2, group):
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
        except OSError:
            continue
        if state != "Z":
            alive.append(pid)
    return alive


def test_one_sigint_ends_a_build_on_a_local_cluster_promptly(tmp_path: Path) -> None:
    corpus = tmp_path / "news.jsonl"
    write_jsonl(corpus, generate_articles(400))
    db = tmp_path / "kgraph.db"
    build = start_build(corpus, db, "--cluster", "local:2", own_group=True)
    try:
        wait_until_stored(db, build, 1)
        sent = time.monotonic()
        os.killpg(build.pid, signal.SIGINT)  # as the terminal's Ctrl-C: workers get it too
        _, errors = build.communicate(timeout=60)
        took = time.monotonic() - sent
        deadline = time.monotonic() + 10
        while alive_in_group(build.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        left = alive_in_group(build.pid)
    finally:
        for pid in alive_in_group(build.pid):
            os.kill(pid, signal.SIGKILL)
    assert build.returncode == 130, errors
    [line] = [line for line in errors.splitlines() if line.strip()]
    assert line.startswith("interrupted: ") and line.endswith(
        ", 0 already stored; run the same build again to go on from there"
    )
    assert f"interrupted: {stored(db)} articles added (" in line
    assert took < 8, f"{took:.1f} s"
    assert left == []


def test_a_client_killed_mid_run_and_run_again_stores_everything_once(
    cluster: str, corpus: Path, local_lines: list[str], ids: list[str], tmp_path: Path
) -> None:
    db = tmp_path / "kgraph.db"
    build = start_build(corpus, db, "--cluster", cluster, "--partition-size", "4")
    wait_until_stored(db, build, 10)
    build.send_signal(signal.SIGKILL)
    build.wait()
    with Store(db) as store:
        before = store.counts()["documents"]
    again = kgraph("build", corpus, "--db", db, "--cluster", cluster)
    assert again.exit_code == 0, again.stderr
    [summary] = stderr_lines(again)
    assert summary.startswith(f"{ARTICLES - before} articles added (")
    assert summary.endswith(f"), {before} already stored")
    articles, triples = stored_triples(db)
    assert sorted(articles) == ids
    assert len(triples) == len(set(triples)) == len(local_lines)


def test_the_workers_read_the_actor_file_as_a_local_run_does(
    cluster: str, tmp_path: Path
) -> None:
    # fictional people, their aliases and countries written for the test
    article = tmp_path / "talks.txt"
    article.write_text("Talks\n\nArkwright met Veldhuis in Geneva on Tuesday.\n", encoding="utf-8")
    actors = tmp_path / "people.csv"
    actors.write_text("name,aliases,country\nTamsin Arkwright,Arkwright,GBR\n"
                      "Oskar Veldhuis,Veldhuis,NLD\n", encoding="utf-8")
    lines = []
    for where in ([], ["--cluster", cluster]):
        result = kgraph("extract", article, "--actors", actors, *where)
        assert result.exit_code == 0, result.stderr
        lines.append(sorted(result.stdout.splitlines()))
    assert lines[0] == lines[1]
    [triple] = [json.loads(line) for line in lines[1]]
    assert (triple["subject"]["name"], triple["subject"]["country"]) == ("Tamsin Arkwright", "GBR")
