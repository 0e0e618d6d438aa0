"""PETRARCH2's validation suite (``PETR.UnitTest.records.xml``): sentences and their codings.

The suite is one XML file: an ``<Environment>`` naming the dictionaries it is coded with
(``<Verbfile>PETR.Validate.verbs.txt</Verbfile>``, ...), then ``<Sentences>``, each
``<Sentence date="19950101" id="DEMO-00" category="DEMO">`` holding its ``<Text>`` and the
codings a correct coder gives, ``<EventCoding sourcecode="ARN" targetcode="GON"
eventcode="064">`` (source, target, CAMEO event code). A sentence that should give nothing
says ``<EventCoding noevents="True">``; one the coder should refuse says ``error="..."``
(``dateline``, ``sentencediscard``). ``<Config option="require_dyad" value="false">`` between
sentences changes an option for the sentences after it. A source or target in double quotes
(``"INJURY TOLL"``) is a text the coder should find as a new actor, not a code.

>>> import io
>>> xml = '''<Validation><Environment><Verbfile>v.txt</Verbfile></Environment><Sentences>
... <Config option="require_dyad" value="false"></Config>
... <Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
... <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
... <Text>Arnor is about to restore
... full diplomatic ties with Gondor.</Text></Sentence></Sentences></Validation>'''
>>> suite = read_validation(io.StringIO(xml))
>>> suite.dictionaries, suite.records[0].text
({'Verbfile': 'v.txt'}, 'Arnor is about to restore full diplomatic ties with Gondor.')
>>> suite.records[0].codings, suite.records[0].options
((Coding(source='ARN', target='GON', event='064'),), (('require_dyad', 'false'),))
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass

from .actors import iso_date
from .source import DictionaryError, Source, source_name

__all__ = ["Coding", "ValidationRecord", "ValidationSuite", "read_validation"]


@dataclass(frozen=True)
class Coding:
    """One expected event: source and target actor codes (or quoted texts), CAMEO code."""

    source: str
    target: str
    event: str


@dataclass(frozen=True)
class ValidationRecord:
    """One sentence of the suite with what a correct coder gives for it.

    ``no_events`` is true when it should give nothing, ``error`` names the refusal expected
    instead (``"dateline"``), ``options`` are the ``<Config>`` options in force for it.
    """

    id: str
    date: str
    category: str
    text: str
    codings: tuple[Coding, ...]
    no_events: bool
    error: str | None
    options: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class ValidationSuite:
    """The dictionaries the suite names (``Verbfile`` to its file name) and its records."""

    dictionaries: dict[str, str]
    records: tuple[ValidationRecord, ...]


def read_validation(source: Source) -> ValidationSuite:
    """Read a PETRARCH2 validation file; `DictionaryError` names the file and line of a flaw."""
    path = source_name(source)
    try:
        root = ElementTree.parse(source).getroot()
    except ElementTree.ParseError as error:
        raise DictionaryError(
            path, f"not well-formed XML: {error.msg}", error.position[0]
        ) from None
    except OSError as error:
        raise DictionaryError(path, f"cannot read it: {error.strerror}") from None
    environment = root.find("Environment")
    dictionaries = {
        child.tag: (child.text or "").strip()
        for child in (environment if environment is not None else ())
        if child.tag.endswith("file")
    }
    options: dict[str, str] = {}
    records = []
    for element in root.iterfind("Sentences/*"):
        if element.tag == "Config":
            options[element.get("option", "")] = element.get("value", "")
        elif element.tag == "Sentence":
            records.append(_record(element, path, tuple(options.items())))
    return ValidationSuite(dictionaries, tuple(records))


def _record(
    element: ElementTree.Element, path: str, options: tuple[tuple[str, str], ...]
) -> ValidationRecord:
    sentence_id = element.get("id", "")
    try:
        date = iso_date(element.get("date", ""))
    except ValueError as error:
        raise DictionaryError(path, f"sentence {sentence_id}: {error}") from None
    codings, no_events, error = [], False, None
    for coding in element.iterfind("EventCoding"):
        if "noevents" in coding.attrib:
            no_events = coding.get("noevents", "").strip().lower() == "true"
        elif "error" in coding.attrib:
            error = coding.get("error")
        else:
            codings.append(
                Coding(
                    coding.get("sourcecode", ""),
                    coding.get("targetcode", ""),
                    coding.get("eventcode", ""),
                )
            )
    text = " ".join((element.findtext("Text") or "").split())
    return ValidationRecord(
        sentence_id,
        date,
        element.get("category", ""),
        text,
        tuple(codings),
        no_events,
        error,
        options,
    )
