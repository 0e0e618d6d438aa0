"""Resolution: the mentions of one document's statements to actors, and the triples.

Resolution runs after extraction and needs no parse: it reads the `Reading` extraction gave,
so new actor lists can be applied to stored readings without parsing again. In order:

1. descriptions that refer back take the actors they refer to ("the group", "the two
   leaders"; `references`);
2. statements of no PLOVER category are left out (unless asked for), and so are those of
   a bare noun that names nobody ("officials" of no country);
3. acronyms introduced in parentheses become their long names ("RSF" is the Rapid Support
   Forces; `documents`);
4. a nameless actor of no stated country takes the article's country where the article makes
   one plain, else, acted upon, its actor's (`documents`, `aliases.share_country`);
5. each mention becomes an actor: short names their full name, listed people their country
   (`aliases`); two mentions of one actor make no triple, nor does a state's own
   government acting on it.

>>> from kgraph.extract import read
>>> from kgraph.nlp import load_pipeline
>>> from kgraph.records import Document
>>> text = "Sergei Lavrov arrived on Wednesday. Lavrov met Kim Jong Un in Pyongyang."
>>> triples = resolve(read(load_pipeline()(text)), Document("d", text))
>>> [(t.subject.name, t.action.lemma, t.object.name) for t in triples]
[('Sergei Lavrov', 'meet', 'Kim Jong Un')]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import permutations

from ..lexicon import Lexicon, load_lexicon
from ..lexicon.agents import Agents
from ..records import Actor, Document, Mention, Reading, Statement, Triple, content_hash
from .aliases import actors_of, share_country
from .documents import acronyms, focus_country
from .event_references import referred_events
from .references import antecedents

__all__ = ["resolve"]

_COOPERATION_QUADS = frozenset({"verbal_cooperation", "material_cooperation"})
_FORCE_SECTORS = frozenset({"MIL", "COP"})
# acts on a force that is one's own when nothing says otherwise: deploying, withdrawing,
# committing ("the officers committed by Kenya")
_OWN_FORCE_CATEGORIES = frozenset({"MOBILIZE", "RETREAT", "AGREE"})


def resolve(
    reading: Reading,
    document: Document,
    lexicon: Lexicon | None = None,
    *,
    uncoded: bool = False,
) -> list[Triple]:
    """The triples of one document: each statement with its mentions resolved to actors.

    A statement whose act takes no PLOVER category is left out, unless ``uncoded``: a verb
    the lexicon does not code is as often no act between the two ("advanced a free
    Indo-Pacific region", "shut the crossing") as one, and a graph of relations is only as
    good as its edges.
    """
    lexicon = lexicon or load_lexicon()
    mentions = [m for s in reading.statements for m in (s.subject, s.object)]
    referred = antecedents(
        [*mentions, *reading.names], lexicon.agents, lexicon.actors, lexicon.places
    )
    focus = focus_country(
        document.text, [*reading.countries, *_people_countries(reading, lexicon)], lexicon.places
    )
    found = [
        placed
        for statement in _referred(
            referred_events(reading.statements, lexicon.events), referred
        )
        for placed in [_placed(statement, focus, lexicon.agents)]
        if uncoded or placed.action.category is not None
        if not _own_force(statement)
        if not (_generic(placed.subject, lexicon.agents) or _generic(placed.object, lexicon.agents))
    ]
    resolved = [m for s in found for m in (s.subject, s.object, s.attributed_to) if m]
    actors = actors_of(
        [*resolved, *reading.names],
        lexicon.actors,
        reading.person_names,
        scope=content_hash(document.id)[:8],
        renames=acronyms(document.text),
        focus=focus or _setting(reading),
    )
    triples = (
        Triple(
            doc_id=document.id,
            sentence_index=s.sentence_index,
            sentence=s.sentence,
            subject=actors[s.subject],
            action=s.action,
            object=actors[s.object],
            date=document.date,
            source=document.source,
            url=document.url,
            attributed_to=actors[s.attributed_to].name if s.attributed_to else None,
            confidence=_confidence(s),
        )
        for s in found
        if _relation(actors[s.subject], actors[s.object])
    )
    return list(dict.fromkeys(triples))


def _relation(subject: Actor, obj: Actor) -> bool:
    """Whether two actors are two: not two mentions of one ("Lavrov ... Sergei Lavrov"),
    nor a state and a member of its own government ("Milei discussed the South American
    country's plan")."""
    if subject.name == obj.name:
        return False
    own_state = obj.type == "GPE" and subject.type != "GPE" and subject.sector == "GOV"
    return not (own_state and subject.country == obj.country)


def _own_force(statement: Statement) -> bool:
    """Whether the object is the actor's own nameless force, sent, committed or withdrawn:
    "soldiers deployed by Rwanda", "the 600 officers committed by Kenya"."""
    obj, actor = statement.object, statement.subject
    if obj.named or obj.sector not in _FORCE_SECTORS or actor.country is None:
        return False
    if statement.action.category in _OWN_FORCE_CATEGORIES:
        return obj.country in (None, actor.country)
    # a force praised or helped may be another's: only one of the actor's country is its own
    return statement.action.quad in _COOPERATION_QUADS and obj.country == actor.country


def _setting(reading: Reading) -> str | None:
    """The one state a story is set in but no statement acts with: "Rebels in the Ivory
    Coast dismissed an appeal from President Gbagbo"; a state acted on or acting is a party,
    not a setting ("President Arkwright criticized Kenya")."""
    countries = set(reading.countries)
    parties = {
        m.country for s in reading.statements for m in (s.subject, s.object) if m.type == "GPE"
    }
    return countries.pop() if len(countries) == 1 and not countries & parties else None


def _people_countries(reading: Reading, lexicon: Lexicon) -> list[str]:
    """The countries of the listed people an article names, once each: "President Salva Kiir"
    makes a story South Sudanese as "Juba" does."""
    names = {m.name for m in reading.names if m.type == "PERSON" and not m.country}
    people = [lexicon.actors.person(name) for name in sorted(names)]
    return [person.country for person in people if person and person.country]


def _referred(
    statements: Iterable[Statement], referred: dict[Mention, list[Mention]]
) -> Iterator[Statement]:
    """Each statement with its descriptions in place of the actors they refer to, once for
    each: "the two leaders discussed" is each of the pair with the other. A description
    never refers to the actor on the statement's other side."""
    for statement in statements:
        subject, obj = statement.subject, statement.object
        if subject == obj:
            # the members of "the two leaders" act on each other
            pair = _referents(subject, referred, avoid=replace(subject, name=""))
            for actor, target in permutations(pair, 2):
                yield replace(statement, subject=actor, object=target)
            continue
        for actor in _referents(subject, referred, avoid=obj):
            for target in _referents(obj, referred, avoid=actor):
                if actor.name != target.name:
                    yield replace(statement, subject=actor, object=target)


def _referents(
    mention: Mention, referred: dict[Mention, list[Mention]], avoid: Mention
) -> list[Mention]:
    candidates = [c for c in referred.get(mention, [mention]) if c.name != avoid.name]
    return candidates[: mention.count] if mention in referred else [mention]


def _placed(statement: Statement, focus: str | None, agents: Agents) -> Statement:
    """A nameless actor of no stated country takes the article's country; with none known,
    a nameless group acted upon takes its actor's ("Egyptian police dispersed
    demonstrators", "the SDF handed villages to the regime"), unless it was attacked (a
    victim is not the attacker's) or a government cooperates with it: the officials a
    minister meets are as often foreign. "The country" takes none: in a story from Paris it
    is often Niger."""
    if focus is None:
        diplomacy = statement.action.quad in _COOPERATION_QUADS and (
            statement.subject.sector == "GOV"
        )
        if statement.action.category == "ASSAULT" or diplomacy:
            return statement
        subject, obj = share_country(statement.subject, statement.object)
        return replace(statement, subject=subject, object=obj)
    return replace(
        statement,
        subject=_in_country(statement.subject, focus, agents),
        object=_in_country(statement.object, focus, agents),
    )


def _in_country(mention: Mention, country: str, agents: Agents) -> Mention:
    if mention.named or mention.country or _state_noun(mention, agents):
        return mention
    return replace(mention, country=country)


def _state_noun(mention: Mention, agents: Agents) -> bool:
    return bool(mention.role) and agents.refers_to(mention.role.split()[-1]) == "state"


def _generic(mention: Mention, agents: Agents) -> bool:
    """Whether a mention is a bare noun that names nobody: no name, no country, nothing but
    a word that only means someone in particular ("officials", "the government", "both
    sides", "the group" that nothing before it fits). It is no actor, and its statements
    are left out; a kind of people ("gunmen", "students") still is one."""
    if mention.named or mention.described or mention.country is not None or not mention.role:
        return False
    if mention.text.lower() not in {mention.role, f"{mention.role}s"}:
        return False
    return mention.sector in (None, "GOV") or agents.refers_to(
        mention.role.split()[-1]
    ) in {"any", "state"}


def _confidence(statement: Statement) -> float:
    """Higher where parse and lexicon agree: a category, named actors, a direct object."""
    score = 0.4
    score += 0.25 if statement.action.category else 0.0
    score += 0.1 * statement.subject.named + 0.1 * statement.object.named
    score += 0.1 if statement.direct else 0.0
    score -= 0.1 if statement.action.modality != "asserted" else 0.0
    return round(min(score, 0.95), 2)
