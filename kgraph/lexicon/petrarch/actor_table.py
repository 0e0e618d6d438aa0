"""One table of actors from several actor dictionaries, duplicates merged.

The Phoenix dictionaries repeat themselves: about a thousand leaders appear twice with the
same codes, and a few actors appear in two files with different codes (a minister in
``Phoenix.Countries.actors.txt``, then an international post in
``Phoenix.International.actors.txt``). Actors with the same readable name (ignoring case) and
type whose countries agree (or one has none) are one actor, their synonyms and roles joined;
actors of the same name whose countries differ stay apart. An actor with no code says nothing
kgraph can use and is left out.

Each actor gets one summary role for its country, sector and code: the dated role that still
holds (no end) and started last, else its undated role, else the dated role that ended last.
"""

from __future__ import annotations

from collections.abc import Iterable

from .actors import Actor, Role

__all__ = ["merged_actors", "summary_role"]


def merged_actors(actors: Iterable[Actor]) -> list[Actor]:
    """The actors with a code, duplicates merged, in the order their names first came.

    >>> from kgraph.lexicon.petrarch.actors import Role
    >>> gov = Role("RUSGOV", "1999-12-31", None, "RUS", "GOV", True)
    >>> twice = [Actor("Vladimir Putin", ("Putin",), "PERSON", (gov,), 5),
    ...          Actor("VLADIMIR PUTIN", ("President Putin",), "PERSON", (gov,), 9)]
    >>> [(actor.name, actor.synonyms) for actor in merged_actors(twice)]
    [('Vladimir Putin', ('Putin', 'President Putin'))]
    """
    groups: dict[tuple[str, str], list[Actor]] = {}
    for actor in actors:
        if not actor.roles:
            continue
        group = groups.setdefault((actor.name.lower(), actor.type), [])
        for index, known in enumerate(group):
            if _countries_agree(known, actor):
                group[index] = _merged(known, actor)
                break
        else:
            group.append(actor)
    return [actor for group in groups.values() for actor in group]


def summary_role(roles: tuple[Role, ...]) -> Role:
    """The role that stands for the actor as a whole (see the module's docstring).

    >>> old = Role("AFGGOV", "1992-06-28", "1996-09-27", "AFG", "GOV", True)
    >>> elite = Role("AFGELI", None, None, "AFG", "ELI", False)
    >>> summary_role((old, elite)).code, summary_role((old,)).code
    ('AFGELI', 'AFGGOV')
    """
    current = [role for role in roles if role.dated and role.end is None]
    if current:
        return max(current, key=lambda role: role.start or "")
    undated = [role for role in roles if not role.dated]
    if undated:
        return undated[0]
    return max(roles, key=lambda role: role.end or "")


def _countries(actor: Actor) -> set[str]:
    return {role.country for role in actor.roles if role.country}


def _countries_agree(first: Actor, second: Actor) -> bool:
    one, other = _countries(first), _countries(second)
    return not one or not other or bool(one & other)


def _merged(first: Actor, second: Actor) -> Actor:
    names = {first.name.lower(): first.name}
    for name in (*first.synonyms, second.name, *second.synonyms):
        names.setdefault(name.lower(), name)
    roles = tuple(dict.fromkeys((*first.roles, *second.roles)))
    return Actor(first.name, tuple(names.values())[1:], first.type, roles, first.line)
