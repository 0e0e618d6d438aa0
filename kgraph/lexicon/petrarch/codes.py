"""What a CAMEO actor code says: the country and the kgraph sector of ``RUSGOV`` or ``~MIL``.

A CAMEO actor code is three-letter codes run together: first a country (ISO 3166-1 alpha-3,
``RUS``) or one of CAMEO's own first codes (``IGO``, ``MNC``, a region such as ``MEA``, a
former state such as ``USR``), then roles (``GOV``, ``MIL``, ...), religions (``MUS``,
``CTH``) and CAMEO's codes for particular bodies (``UNO``, the UN), which kgraph leaves
aside. ``data/cameo_countries.tsv`` says what CAMEO's own first codes become and
``data/cameo_roles.tsv`` the kgraph sector of each role.

- The country is the first code when it is an ISO3 code or maps to one (``TMP`` is ``TLS``).
  After a first code with no country (``MNC``, ``USR``), a second code that is an ISO3 code
  is the country: ``MNCUSA`` is an American company, ``USRARM`` Soviet Armenia.
- A first code that is neither a known country code nor CAMEO's nor a role is kept as the
  country as it is: a user's own dictionary may name its own states (the validation suite's
  ``ARN``, Arnor).
- The sector is the first code's (``IGO``, ``MNC`` is BUS), else that of the first role, else
  REL when a religion is all there is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from ...datafiles import rows
from ..countries import Countries

__all__ = ["CodeMeaning", "actor_code_meaning", "is_actor_code", "role_sector", "split_code"]

_ACTOR_CODE = re.compile(r"[A-Z0-9-]{3,}")
_NONE = "-"
_STATE, _FORMER_STATE = "state", "former state"


@dataclass(frozen=True)
class CodeMeaning:
    """The country (ISO3, or a user's own code) and sector an actor code gives, and whether
    it names only a state (a country or a former state such as ``USR``, with no role)."""

    country: str | None
    sector: str | None
    place: bool


def is_actor_code(code: str) -> bool:
    """Whether ``code`` looks like an actor code: letters, digits and dashes, three or more.

    >>> is_actor_code("RUSGOV"), is_actor_code("---GOV"), is_actor_code("+++")
    (True, True, False)
    """
    return _ACTOR_CODE.fullmatch(code) is not None


def split_code(code: str) -> tuple[str, ...]:
    """The three-letter codes of ``code``.

    >>> split_code("IGOUNOKID")
    ('IGO', 'UNO', 'KID')
    """
    return tuple(code[start : start + 3] for start in range(0, len(code), 3))


@cache
def actor_code_meaning(code: str) -> CodeMeaning:
    """The country and sector of the actor code ``code`` (see the module's docstring).

    >>> actor_code_meaning("RUSGOV"), actor_code_meaning("MNCUSABUS").country
    (CodeMeaning(country='RUS', sector='GOV', place=False), 'USA')
    >>> actor_code_meaning("TMP"), actor_code_meaning("IRQMUSSHIREB").sector
    (CodeMeaning(country='TLS', sector=None, place=True), 'REB')
    >>> actor_code_meaning("MED")
    CodeMeaning(country=None, sector='MED', place=False)
    >>> actor_code_meaning("ARN")
    CodeMeaning(country='ARN', sector=None, place=True)
    """
    first, *rest = split_code(code)
    own = _first_codes().get(first)
    if own is not None:
        country, sector, kind = own
        if country is None and rest and rest[0] in _iso3() and rest[0] not in _roles():
            country = rest.pop(0)
    elif first in _iso3():
        country, sector, kind = first, None, _STATE
    elif first in _roles():
        country, sector, kind, rest = None, None, None, [first, *rest]
    else:
        country, sector, kind = first, None, _STATE
    sector = sector or role_sector(rest)
    state = kind in (_STATE, _FORMER_STATE)
    place = state and sector is None and all(part not in _roles() for part in rest)
    return CodeMeaning(country, sector, place)


def role_sector(codes: Sequence[str]) -> str | None:
    """The kgraph sector of a sequence of role codes: the first role's (``NGO`` and the other
    first codes with a sector count as roles), else a religion's.

    >>> [role_sector(codes) for codes in (["MUS", "RAD"], ["CTH"], ["NGO"], ["UNO"])]
    ['RAD', 'REL', 'NGO', None]
    """
    roles = {
        **{code: (sector, False) for code, (_, sector, _) in _first_codes().items() if sector},
        **_roles(),
    }
    known = [roles[code] for code in codes if code in roles]
    for sector, religion in known:
        if not religion:
            return sector
    return known[0][0] if known else None


@cache
def _first_codes() -> dict[str, tuple[str | None, str | None, str]]:
    return {
        code: (None if country == _NONE else country, None if sector == _NONE else sector, kind)
        for code, country, sector, kind, _ in rows("kgraph.lexicon", "cameo_countries.tsv")
    }


@cache
def _roles() -> dict[str, tuple[str, bool]]:
    return {
        code: (sector, kind == "religion")
        for code, sector, kind, _ in rows("kgraph.lexicon", "cameo_roles.tsv")
    }


@cache
def _iso3() -> frozenset[str]:
    return Countries().codes
