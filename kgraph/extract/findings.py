"""What a construction rule finds in a sentence: who did what to whom, with how it was said.

Rules yield `Finding`s; the sentence driver (`statements`) places them in their sentence.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import NamedTuple

from ..records import Mention
from .actions import Reading

__all__ = ["Finding", "findings"]


class Finding(NamedTuple):
    """One subject-action-object reading of a clause or event noun."""

    subject: Mention
    reading: Reading
    object: Mention
    speaker: Mention | None = None
    direct: bool = False


def findings(
    subjects: Iterable[Mention],
    reading: Reading,
    objects: Iterable[Mention],
    speaker: Mention | None = None,
    direct: bool = False,
) -> Iterator[Finding]:
    """A finding for each subject and object, but none of an actor acting on itself; a
    description of several ("the two leaders") may act on itself: its members on each other."""
    objects = list(objects)
    for subject in subjects:
        for obj in objects:
            if subject.name != obj.name or (subject == obj and subject.count > 1):
                yield Finding(subject, reading, obj, speaker, direct)
