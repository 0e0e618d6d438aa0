"""How kgraph reads articles: one test per rule of `kgraph.sources.read_documents`.

Every test works in a fresh folder (the ``folder`` fixture changes into it), so files are named
as a user would name them and error messages can be compared in full.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kgraph.errors import ReadError
from kgraph.records import Document
from kgraph.sources import SUPPORTED_EXTENSIONS, read_documents

KNOWN = ", ".join(SUPPORTED_EXTENSIONS)
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty working folder, so that inputs are relative paths like "news.txt"."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write(name: str, content: str | bytes) -> Path:
    """Write ``content`` to ``name`` (UTF-8 for text), making folders on the way."""
    path = Path(name)
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def read(
    *inputs: str, text_column: str = "text", id_column: str = "id"
) -> tuple[list[Document], list[str]]:
    """Read ``inputs``; return the documents and the error messages, in order."""
    errors: list[ReadError] = []
    documents = list(
        read_documents(inputs, on_error=errors.append, text_column=text_column, id_column=id_column)
    )
    return documents, [str(error) for error in errors]


def read_one(*inputs: str, text_column: str = "text", id_column: str = "id") -> Document:
    """Read ``inputs``, which must hold exactly one article and no errors."""
    documents, errors = read(*inputs, text_column=text_column, id_column=id_column)
    assert errors == []
    [document] = documents
    return document


def set_stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(text))


# --- plain text and Markdown -----------------------------------------------------------------


def test_a_short_first_line_followed_by_text_is_the_title(folder: Path) -> None:
    write("talks.txt", "Japan and Korea resume talks\n\nTokyo and Seoul agreed on Tuesday.\n")
    document = read_one("talks.txt")
    assert document == Document(
        id="talks.txt",
        title="Japan and Korea resume talks",
        text="Tokyo and Seoul agreed on Tuesday.",
    )
    assert document.origin == "talks.txt"


@pytest.mark.parametrize(
    ("first_line_length", "is_title"), [(200, True), (201, False)], ids=["200", "201"]
)
def test_a_first_line_over_200_characters_is_body_not_title(
    folder: Path, first_line_length: int, is_title: bool
) -> None:
    first_line = "x" * first_line_length
    write("scraped.txt", f"{first_line}\nMore text.\n")
    document = read_one("scraped.txt")
    if is_title:
        assert (document.title, document.text) == (first_line, "More text.")
    else:
        assert (document.title, document.text) == (None, f"{first_line}\nMore text.")


def test_a_single_line_is_body_not_title(folder: Path) -> None:
    write("one.txt", "\n\nLavrov met Kim in Pyongyang.\n\n")
    document = read_one("one.txt")
    assert (document.title, document.text) == (None, "Lavrov met Kim in Pyongyang.")


def test_markdown_drops_the_heading_marker_from_the_title(folder: Path) -> None:
    write("talks.md", "# Talks resume\n\nTokyo and Seoul agreed.\n")
    document = read_one("talks.md")
    assert (document.title, document.text) == ("Talks resume", "Tokyo and Seoul agreed.")


def test_a_txt_file_keeps_a_leading_hash_in_its_title(folder: Path) -> None:
    write("talks.txt", "# Talks resume\nTokyo and Seoul agreed.\n")
    assert read_one("talks.txt").title == "# Talks resume"


def test_front_matter_gives_title_date_source_and_url(folder: Path) -> None:
    write(
        "talks.md",
        "---\n"
        'title: "Talks: a new start"\n'
        "date: 2024-03-12\n"
        "source: Yonhap\n"
        "url: https://example.com/talks\n"
        "author: ignored, like every unknown key\n"
        "---\n"
        "TOKYO - Japan and South Korea agreed.\n\nPyongyang condemned it.\n",
    )
    assert read_one("talks.md") == Document(
        id="talks.md",
        title="Talks: a new start",
        date="2024-03-12",
        source="Yonhap",
        url="https://example.com/talks",
        text="TOKYO - Japan and South Korea agreed.\n\nPyongyang condemned it.",
    )


def test_with_front_matter_the_first_body_line_is_never_a_title(folder: Path) -> None:
    write("talks.txt", "---\ndate: 2024-03-12\n---\nShort line\nMore text.\n")
    document = read_one("talks.txt")
    assert (document.title, document.date) == (None, "2024-03-12")
    assert document.text == "Short line\nMore text."


def test_an_unclosed_front_matter_fence_is_ordinary_text(folder: Path) -> None:
    write("dashes.txt", "---\ntitle: not front matter\n")
    document = read_one("dashes.txt")
    assert (document.title, document.text) == ("---", "title: not front matter")


def test_windows_line_endings_and_a_byte_order_mark_are_read_as_plain_lines(folder: Path) -> None:
    write("win.txt", "\ufeffTitle\r\n\r\nFirst line.\r\nSecond line.\r\n")
    document = read_one("win.txt")
    assert (document.title, document.text) == ("Title", "First line.\nSecond line.")


def test_the_document_id_is_the_path_as_given_with_forward_slashes(folder: Path) -> None:
    write("news/2024/talks.txt", "They met.\n")
    assert read_one("news/2024/talks.txt").id == "news/2024/talks.txt"
    assert read_one(str(Path("news", "2024", "talks.txt"))).id == "news/2024/talks.txt"


# --- JSON Lines --------------------------------------------------------------------------------


def test_jsonl_gives_one_document_per_line(folder: Path) -> None:
    write(
        "news.jsonl",
        '{"id": "a1", "text": "Lavrov met Kim.", "title": "Visit", "date": "2024-01-22",'
        ' "source": "Tass", "url": "https://example.com/a1", "lang": "en"}\n'
        '{"text": "Kim met Lavrov."}\n',
    )
    first, second = read("news.jsonl")[0]
    assert first == Document(
        id="a1",
        text="Lavrov met Kim.",
        title="Visit",
        date="2024-01-22",
        source="Tass",
        url="https://example.com/a1",
    )
    assert first.origin == "news.jsonl:1"
    # Without an id, a record is named by file and line.
    assert (second.id, second.title, second.origin) == ("news.jsonl:2", None, "news.jsonl:2")


def test_jsonl_numbers_and_other_values_become_strings(folder: Path) -> None:
    write("news.ndjson", '{"id": 42, "text": "They met.", "date": 20240122, "title": null}\n')
    document = read_one("news.ndjson")
    assert (document.id, document.date, document.title) == ("42", "2024-01-22", None)


def test_jsonl_blank_lines_are_skipped_but_counted(folder: Path) -> None:
    write("news.jsonl", '\n{"text": "One."}\n\n   \n{"text": "Two."}\n')
    assert [d.id for d in read("news.jsonl")[0]] == ["news.jsonl:2", "news.jsonl:5"]


def test_jsonl_text_and_id_may_live_under_other_keys(folder: Path) -> None:
    write("news.jsonl", '{"doc": "d1", "body": "They met."}\n')
    document = read_one("news.jsonl", text_column="body", id_column="doc")
    assert (document.id, document.text) == ("d1", "They met.")


def test_jsonl_date_may_live_under_another_key(folder: Path) -> None:
    write("news.jsonl", '{"text": "They met.", "published": "2024-03-12T09:00:00Z"}\n')
    [document] = read_documents(["news.jsonl"], date_column="published")
    assert document.date == "2024-03-12"


# --- CSV and TSV -------------------------------------------------------------------------------


def test_csv_gives_one_document_per_row(folder: Path) -> None:
    write(
        "news.csv",
        "id,title,date,source,url,text,lang\n"
        "a1,Visit,2024-01-22,Tass,https://example.com/a1,Lavrov met Kim.,en\n"
        ",,,,,Kim met Lavrov.,en\n",
    )
    first, second = read("news.csv")[0]
    assert first == Document(
        id="a1",
        text="Lavrov met Kim.",
        title="Visit",
        date="2024-01-22",
        source="Tass",
        url="https://example.com/a1",
    )
    assert first.origin == "news.csv:2"
    assert (second.id, second.title, second.origin) == ("news.csv:3", None, "news.csv:3")


def test_tsv_is_split_on_tabs(folder: Path) -> None:
    write("news.tsv", "id\ttext\nt1\tLavrov, Kim and Shoigu met.\n")
    document = read_one("news.tsv")
    assert (document.id, document.text) == ("t1", "Lavrov, Kim and Shoigu met.")


def test_csv_text_and_id_may_live_under_other_columns(folder: Path) -> None:
    write("news.csv", "doc,body\nd1,They met.\n")
    document = read_one("news.csv", text_column="body", id_column="doc")
    assert (document.id, document.text) == ("d1", "They met.")


def test_csv_date_may_live_under_another_column(folder: Path) -> None:
    write("news.csv", "published,date,text\n12 March 2024,ignored,They met.\n")
    [document] = read_documents(["news.csv"], date_column="published")
    assert document.date == "2024-03-12"


def test_csv_quoted_fields_may_span_lines_and_ids_name_the_starting_line(folder: Path) -> None:
    write("news.csv", 'text\n"First paragraph.\n\nSecond paragraph."\n\nNext article.\n')
    first, second = read("news.csv")[0]
    assert (first.id, first.text) == ("news.csv:2", "First paragraph.\n\nSecond paragraph.")
    assert (second.id, second.text) == ("news.csv:6", "Next article.")


def test_csv_fields_may_be_longer_than_the_csv_module_default(folder: Path) -> None:
    long_text = "word " * 100_000  # 500 kB, past csv's 128 KiB default field limit
    write("long.csv", f'id,text\nlong,"{long_text}"\n')
    assert read_one("long.csv").text == long_text


def test_csv_trailing_empty_fields_are_harmless(folder: Path) -> None:
    write("news.csv", "id,text\na1,They met.,,\n")
    assert read_one("news.csv").text == "They met."


# --- directories and stdin ---------------------------------------------------------------------


def test_a_directory_is_read_depth_first_in_name_order(folder: Path) -> None:
    write("corpus/b.txt", "B.\n")
    write("corpus/a/z.md", "A/Z.\n")
    write("corpus/a.txt", "A.\n")
    write("corpus/c.jsonl", '{"id": "c", "text": "C."}\n')
    write("corpus/d.csv", "id,text\nd,D.\n")
    # Passed over: hidden files and folders, the corpus README.
    write("corpus/.hidden.txt", "Hidden.\n")
    write("corpus/.git/notes.txt", "Hidden.\n")
    write("corpus/README.md", "# About this corpus\n\nNot an article.\n")
    documents, errors = read("corpus")
    assert errors == []
    assert [d.id for d in documents] == ["corpus/a/z.md", "corpus/a.txt", "corpus/b.txt", "c", "d"]
    # Named on its own, a README is read like any other file.
    assert read_one("corpus/README.md").title == "About this corpus"


def test_inputs_are_read_in_the_order_given(folder: Path) -> None:
    write("b.txt", "B.\n")
    write("a.txt", "A.\n")
    assert [d.id for d in read("b.txt", "a.txt")[0]] == ["b.txt", "a.txt"]


def test_stdin_starting_with_a_brace_is_jsonl(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_stdin(monkeypatch, '\n  {"id": "s1", "text": "Lavrov met Kim."}\n{"text": "Kim met."}\n')
    documents, errors = read("-")
    assert errors == []
    assert [(d.id, d.text) for d in documents] == [
        ("s1", "Lavrov met Kim."),
        ("stdin:3", "Kim met."),
    ]


def test_other_stdin_is_one_plain_text_article(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_stdin(monkeypatch, "Talks resume\n\nTokyo and Seoul agreed.\n")
    assert read_one("-") == Document(
        id="stdin", title="Talks resume", text="Tokyo and Seoul agreed."
    )


def test_stdin_is_read_alongside_files(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write("a.txt", "A.\n")
    set_stdin(monkeypatch, "From a pipe.\n")
    assert [d.id for d in read("a.txt", "-")[0]] == ["a.txt", "stdin"]


# --- problems: each is reported with its file and line, and reading goes on --------------------


@pytest.mark.parametrize(
    ("name", "content", "messages"),
    [
        pytest.param(
            "notes.pdf",
            b"%PDF",
            [f"notes.pdf: unknown file type '.pdf'; kgraph reads {KNOWN}"],
            id="unknown extension",
        ),
        pytest.param(
            "NOTES",
            "Text.",
            [f"NOTES: unknown file type (no extension); kgraph reads {KNOWN}"],
            id="no extension",
        ),
        pytest.param(
            "latin1.txt",
            b"Title\nCaf\xe9 talks\n",
            ["latin1.txt:2: not valid UTF-8 (byte 0xe9 at column 4); re-save the file as UTF-8"],
            id="txt not UTF-8",
        ),
        pytest.param("empty.txt", b"", ["empty.txt: empty file"], id="empty txt"),
        pytest.param("blank.md", " \n\n\t\n", ["blank.md: empty file"], id="blank md"),
        pytest.param(
            "meta.md",
            "---\ntitle: Only a title\n---\n\n",
            ["meta.md: no text after the front matter"],
            id="front matter only",
        ),
        pytest.param("empty.jsonl", "\n\n", ["empty.jsonl: empty file"], id="empty jsonl"),
        pytest.param(
            "bad.jsonl",
            '{"text": "One."}\n{"text": "Two."}\n{"text": "Three." "id": 3}\n',
            ["bad.jsonl:3: invalid JSON: Expecting ',' delimiter at column 19"],
            id="malformed JSON",
        ),
        pytest.param(
            "bad.jsonl",
            '["Lavrov met Kim."]\n',
            ["bad.jsonl:1: expected a JSON object, found an array"],
            id="not an object",
        ),
        pytest.param(
            "bad.jsonl",
            '{"id": 1, "body": "Lavrov met Kim."}\n',
            ['bad.jsonl:1: no "text" field'],
            id="no text field",
        ),
        pytest.param(
            "bad.jsonl",
            '{"text": 42}\n',
            ['bad.jsonl:1: "text" is a number, not a string'],
            id="text not a string",
        ),
        pytest.param(
            "bad.jsonl",
            '{"text": " \\n "}\n',
            ['bad.jsonl:1: "text" is empty'],
            id="blank text",
        ),
        pytest.param(
            "bad.jsonl",
            b'{"text": "One."}\n{"text": "Caf\xe9"}\n',
            ["bad.jsonl:2: not valid UTF-8 (byte 0xe9 at column 14); re-save the file as UTF-8"],
            id="jsonl line not UTF-8",
        ),
        pytest.param("empty.csv", b"", ["empty.csv: empty file"], id="empty csv"),
        pytest.param(
            "header.csv", "id,text\n", ["header.csv: no rows after the header"], id="header only"
        ),
        pytest.param(
            "news.csv",
            "id,body\n1,Lavrov met Kim.\n2,Kim met Lavrov.\n",
            ["news.csv: no column named \"text\"; the header has 'id', 'body'"],
            id="no text column",
        ),
        pytest.param(
            "news.csv",
            "id,text\n1,One.\n2,\n3,   \n",
            ['news.csv:3: no text in column "text"', 'news.csv:4: no text in column "text"'],
            id="empty text in row",
        ),
        pytest.param(
            "news.csv",
            "id,text\n1,Lavrov, Kim and Shoigu met.\n",
            ["news.csv:2: 3 fields but the header has 2; quote fields that contain the delimiter"],
            id="unquoted delimiter",
        ),
        pytest.param(
            "news.csv",
            b"id,text\n1,One.\n2,Caf\xe9\n",
            ["news.csv:3: not valid UTF-8 (byte 0xe9 at column 6); re-save the file as UTF-8"],
            id="csv row not UTF-8",
        ),
        pytest.param(
            "scan.txt",
            PNG,
            ["scan.txt: binary file, not text (NUL byte at offset 8); kgraph reads UTF-8 text"],
            id="binary txt",
        ),
        pytest.param(
            # One line for the file, not one per garbled "line" of it.
            "archive.jsonl",
            b'{"text": "One."}\n' + bytes(range(256)) * 64,
            [
                "archive.jsonl: binary file, not text (NUL byte at offset 17); "
                "kgraph reads UTF-8 text"
            ],
            id="binary jsonl",
        ),
        pytest.param(
            "export.csv",
            "id,text\n1,Lavrov met Kim.\n".encode("utf-16"),
            ["export.csv: UTF-16 or UTF-32 text; re-save the file as UTF-8"],
            id="UTF-16 csv",
        ),
    ],
)
def test_each_problem_is_reported_in_one_line(
    folder: Path, name: str, content: str | bytes, messages: list[str]
) -> None:
    write(name, content)
    documents, errors = read(name)
    assert errors == messages
    assert all(document.text.strip() for document in documents)


@pytest.mark.parametrize(
    ("name", "content", "kind"),
    [
        ("notes.pdf", b"%PDF", "unknown type"),
        ("scan.txt", PNG, "binary"),
        ("latin1.txt", b"Caf\xe9 talks\n", "not UTF-8"),
        ("export.csv", "id,text\n".encode("utf-16"), "not UTF-8"),
        ("empty.md", b"", "empty"),
        ("header.csv", "id,text\n", "empty"),
        ("bad.jsonl", "{oops\n", "malformed"),
        ("bad.csv", "id,text\n1,Lavrov, Kim and Shoigu met.\n", "malformed"),
        ("bad.jsonl", '{"body": "Lavrov met Kim."}\n', "no text"),
        ("news.csv", "id,body\n1,Lavrov met Kim.\n", "no text"),
        ("meta.md", "---\ntitle: Only a title\n---\n", "no text"),
        ("blank.html", "<html><body><p> </p></body></html>", "no text"),
    ],
    ids=lambda value: value if isinstance(value, str) else None,
)
def test_each_problem_has_a_kind_for_the_summary(
    folder: Path, name: str, content: str | bytes, kind: str
) -> None:
    write(name, content)
    errors: list[ReadError] = []
    list(read_documents([name], on_error=errors.append))
    assert [error.kind for error in errors] == [kind]


def test_a_missing_path_is_reported(folder: Path) -> None:
    assert read("missing.txt", "missing/") == (
        [],
        ["missing.txt: no such file or directory", "missing: no such file or directory"],
    )


def test_a_directory_with_nothing_to_read_is_reported(folder: Path) -> None:
    (folder / "scans").mkdir()
    write("scans/.hidden.txt", "Not an article.")
    assert read("scans") == (
        [],
        [f"scans: no files to read in this directory; kgraph reads {KNOWN}"],
    )


def test_a_folders_files_of_unknown_type_are_each_named(folder: Path) -> None:
    write("news/a.txt", "Kim met Lavrov.\n")
    write("news/scan.pdf", b"%PDF")
    write("news/deep/photo.JPG", b"\xff\xd8")
    write("news/README.pdf", b"%PDF")  # a corpus's README is no article, in any format
    documents, errors = read("news")
    assert [document.id for document in documents] == ["news/a.txt"]
    assert errors == [
        f"news/deep/photo.JPG: unknown file type '.JPG'; kgraph reads {KNOWN}",
        f"news/scan.pdf: unknown file type '.pdf'; kgraph reads {KNOWN}",
    ]


def deny(monkeypatch: pytest.MonkeyPatch, function: str, denied: str) -> None:
    """Make ``os.<function>`` (or ``Path.open``) raise PermissionError for the path ``denied``.

    The tests run as root, which ignores permission bits, so a chmod would not show the error.
    """
    owner, name = (Path, "open") if function == "Path.open" else (os, function)
    real = getattr(owner, name)

    def refuse(path: object, *args: object, **kwargs: object) -> object:
        if Path(path) == Path(denied):  # type: ignore[arg-type]
            raise PermissionError(13, "Permission denied", str(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(owner, name, refuse)


def test_a_folder_without_read_permission_is_reported_and_its_siblings_read(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write("corpus/a.txt", "A.\n")
    write("corpus/locked/b.txt", "B.\n")
    write("corpus/z.txt", "Z.\n")
    deny(monkeypatch, "scandir", "corpus/locked")
    documents, errors = read("corpus")
    assert [d.id for d in documents] == ["corpus/a.txt", "corpus/z.txt"]
    assert errors == ["corpus/locked: cannot read: Permission denied"]


def test_an_input_folder_without_read_permission_is_reported(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write("corpus/a.txt", "A.\n")
    deny(monkeypatch, "scandir", "corpus")
    assert read("corpus") == ([], ["corpus: cannot read: Permission denied"])


def test_a_file_without_read_permission_is_reported(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write("secret.txt", "Secret.\n")
    write("open.txt", "Open.\n")
    deny(monkeypatch, "Path.open", "secret.txt")
    documents, errors = read("secret.txt", "open.txt")
    assert [d.id for d in documents] == ["open.txt"]
    assert errors == ["secret.txt: cannot read: Permission denied"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads folders whatever their permissions")
def test_a_folder_with_its_read_permission_removed_is_reported(folder: Path) -> None:
    write("corpus/locked/b.txt", "B.\n")
    Path("corpus/locked").chmod(0)
    try:
        assert read("corpus") == ([], ["corpus/locked: cannot read: Permission denied"])
    finally:
        Path("corpus/locked").chmod(0o755)


def test_good_records_after_a_bad_one_are_still_read(folder: Path) -> None:
    write("news.jsonl", '{"id": "a", "text": "A."}\n{oops\n{"id": "c", "text": "C."}\n')
    write("news.csv", "id,text\nd,D.\ne,\nf,F.\n")
    write("empty.txt", "")
    write("last.txt", "Last.\n")
    documents, errors = read("news.jsonl", "news.csv", "empty.txt", "nope.md", "last.txt")
    assert [d.id for d in documents] == ["a", "c", "d", "f", "last.txt"]
    assert errors == [
        "news.jsonl:2: invalid JSON: Expecting property name enclosed in double quotes at column 2",
        'news.csv:3: no text in column "text"',
        "empty.txt: empty file",
        "nope.md: no such file or directory",
    ]


def test_stdin_problems_name_stdin_and_the_line(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_stdin(monkeypatch, '{"text": "One."}\n{"text": \n')
    documents, errors = read("-")
    assert [d.text for d in documents] == ["One."]
    assert errors == ["stdin:2: invalid JSON: Expecting value at column 10"]


def test_stdin_bytes_that_are_not_utf8_cost_only_their_line(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A real stdin: text over a byte buffer, which the reader decodes line by line itself.
    stdin = io.TextIOWrapper(
        io.BytesIO(b'{"text": "One."}\n{"text": "Caf\xe9"}\n{"text": "Three."}\n')
    )
    monkeypatch.setattr("sys.stdin", stdin)
    documents, errors = read("-")
    assert [d.text for d in documents] == ["One.", "Three."]
    assert errors == [
        "stdin:2: not valid UTF-8 (byte 0xe9 at column 14); re-save the file as UTF-8"
    ]


def test_empty_stdin_is_reported(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    set_stdin(monkeypatch, "\n  \n")
    assert read("-") == ([], ["stdin: empty input"])


def test_a_read_error_carries_path_line_and_reason(folder: Path) -> None:
    write("bad.jsonl", '{"text": "One."}\n[]\n')
    errors: list[ReadError] = []
    list(read_documents(["bad.jsonl"], on_error=errors.append))
    [error] = errors
    assert (error.path, error.line, error.reason) == (
        "bad.jsonl",
        2,
        "expected a JSON object, found an array",
    )


def test_without_on_error_problems_are_skipped(folder: Path) -> None:
    write("news.jsonl", '{"text": "One."}\n[]\n')
    assert [d.text for d in read_documents(["missing.txt", "news.jsonl"])] == ["One."]


def test_strict_raises_the_first_problem(folder: Path) -> None:
    write("news.jsonl", '{"text": "One."}\n[]\n{"text": "Three."}\n')
    documents = read_documents(["news.jsonl"], strict=True)
    assert next(documents).text == "One."
    with pytest.raises(ReadError, match=r"^news\.jsonl:2: expected a JSON object, found an array$"):
        next(documents)


def test_one_path_instead_of_a_list_is_refused_at_once() -> None:
    with pytest.raises(TypeError, match="inputs must be a list of paths"):
        read_documents("news.txt")


# --- property: JSONL round trip ----------------------------------------------------------------

texts = st.text(st.characters(codec="utf-8")).filter(lambda text: text.strip())
ids = st.one_of(
    st.none(),  # no id: the reader names the record by file and line
    st.integers(),
    st.text(st.characters(codec="utf-8"), min_size=1).filter(lambda text: text == text.strip()),
)


@given(records=st.lists(st.tuples(ids, texts), max_size=20))
def test_jsonl_round_trip_keeps_every_id_and_text_in_order(
    tmp_path_factory: pytest.TempPathFactory, records: list[tuple[int | str | None, str]]
) -> None:
    path = tmp_path_factory.mktemp("round-trip") / "records.jsonl"
    lines = [
        json.dumps({"text": text} if id_ is None else {"id": id_, "text": text}, ensure_ascii=False)
        for id_, text in records
    ]
    path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    errors: list[ReadError] = []
    documents = list(read_documents([path], on_error=errors.append))
    expected = [
        (f"{path.as_posix()}:{line}" if id_ is None else str(id_), text)
        for line, (id_, text) in enumerate(records, start=1)
    ]
    assert [(d.id, d.text) for d in documents] == expected
    assert [str(error) for error in errors] == (
        [] if records else [f"{path.as_posix()}: empty file"]
    )


# --- property: CSV rows and directory files are each read once ---------------------------------

# Text a file can hold: no NUL (that marks a binary file) and no byte-order mark, which a
# reader drops at the start of a file.
file_texts = st.text(
    st.characters(codec="utf-8", blacklist_characters="\x00\ufeff"), min_size=1
).filter(lambda text: text.strip())
file_ids = st.one_of(
    st.none(),
    st.text(st.characters(codec="utf-8", blacklist_characters="\x00\ufeff"), min_size=1).filter(
        lambda text: text == text.strip()
    ),
)


@settings(max_examples=50, deadline=None)
@given(records=st.lists(st.tuples(file_ids, file_texts), min_size=1, max_size=20))
def test_csv_round_trip_keeps_every_id_and_text_in_order(
    tmp_path_factory: pytest.TempPathFactory, records: list[tuple[str | None, str]]
) -> None:
    path = tmp_path_factory.mktemp("round-trip") / "records.csv"
    # Quoted fields may hold delimiters, quotes and line breaks; a row without an id is named
    # by the line it starts on.
    rows = io.StringIO(newline="")
    writer = csv.writer(rows)
    writer.writerow(["id", "text"])
    expected = []
    for id_, text in records:
        line = rows.getvalue().count("\n") + 1
        expected.append((f"{path.as_posix()}:{line}" if id_ is None else id_, text))
        writer.writerow(["" if id_ is None else id_, text])
    path.write_text(rows.getvalue(), encoding="utf-8", newline="")
    errors: list[ReadError] = []
    documents = list(read_documents([path], on_error=errors.append))
    assert [str(error) for error in errors] == []
    assert [(d.id, d.text) for d in documents] == expected


names = st.text(st.sampled_from("abcxyz019-_"), min_size=1, max_size=6)


@st.composite
def corpora(draw: st.DrawFn) -> dict[str, list[str]]:
    """Up to 8 files in up to two levels of folders: one-line .txt, .jsonl and .csv articles."""
    files: dict[str, list[str]] = {}
    for _ in range(draw(st.integers(1, 8))):
        folders = draw(st.lists(names.map(lambda n: f"dir-{n}"), max_size=2))
        extension = draw(st.sampled_from([".txt", ".jsonl", ".csv"]))
        size = 1 if extension == ".txt" else draw(st.integers(1, 4))
        texts = draw(st.lists(file_texts.map(str.strip), min_size=size, max_size=size))
        files["/".join([*folders, draw(names) + extension])] = texts
    return files


def write_corpus(root: Path, files: dict[str, list[str]]) -> None:
    for name, texts in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.suffix == ".txt":
            # One line: no title to split off, so the article's text is the line.
            path.write_text(texts[0].replace("\r", " ").replace("\n", " "), encoding="utf-8")
        elif path.suffix == ".jsonl":
            path.write_text(
                "".join(json.dumps({"text": text}) + "\n" for text in texts), encoding="utf-8"
            )
        else:
            with path.open("w", encoding="utf-8", newline="") as handle:
                csv.writer(handle).writerows([["text"], *([text] for text in texts)])


@settings(max_examples=50, deadline=None)
@given(files=corpora())
def test_a_directory_yields_every_record_of_every_file_once(
    tmp_path_factory: pytest.TempPathFactory, files: dict[str, list[str]]
) -> None:
    root = tmp_path_factory.mktemp("corpus")
    write_corpus(root, files)
    errors: list[ReadError] = []
    documents = list(read_documents([root], on_error=errors.append))
    assert errors == []
    expected = Counter(
        text.replace("\r", " ").replace("\n", " ").strip() if name.endswith(".txt") else text
        for name, texts in files.items()
        for text in texts
    )
    assert Counter(d.text for d in documents) == expected
    assert len({d.origin for d in documents}) == len(documents)
