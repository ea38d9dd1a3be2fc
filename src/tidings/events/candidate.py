"""What the coder's stages pass each other: an argument (an actor phrase at a head token) and a
candidate event (a trigger with its code, sides, and how it was found)."""

from __future__ import annotations

from dataclasses import dataclass, field

from tidings.model import Actor


@dataclass
class Arg:
    """An event side: the actor phrase headed by ``token`` (``resolved``: it carries a code)."""

    actor: Actor
    token: int  # head token index
    actorlike: bool
    resolved: bool


@dataclass
class Candidate:
    """A trigger with its code and sides, before pairs, modality and dates make events of it."""

    code: str
    trigger: object  # spaCy Token
    sources: list
    targets: list
    kind: str  # verb | light | noun | frame | report
    recip: bool = False
    consumed: set = field(default_factory=set)  # token indices this pattern used (light objects)
    fallback_source: bool = False
    fallback_target: bool = False
    embedded_negated: bool = False
    needs_target: bool = False  # a verb pattern whose target is not optional ("receive", "visit")
    target_optional: bool = False  # the pattern says the event stands without a target ("_")
    no_event: bool = False  # it takes its words from other triggers and codes nothing ("want to destroy")

