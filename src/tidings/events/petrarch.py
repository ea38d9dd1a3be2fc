"""PETRARCH/TABARI-format verb and discard dictionaries as user lexicons for the event coder.

Users who keep PETRARCH dictionaries (``--- VERB [code] ---`` blocks with ``- prefix * suffix
[code]`` patterns, ``&SYNSET`` lists) can code with them: a verb listed there is coded with the
dictionary's code (its longest matching pattern, else the block's default), and the source and
target still come from our dependency analysis rather than PETRARCH's constituency heuristics.

The matcher is a simplification of PETRARCH's: pattern words before ``*`` must occur in order
before the verb in the sentence, words after it in order after it; ``$``/``+``/``^``/``%`` markers
are ignored (the parse decides the roles); synsets match any of their phrases. Codes may be
non-CAMEO (the validation dictionary uses WEIS codes); ``[a:b]`` gives the source code ``a`` and
the target's reciprocal code ``b``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from tidings.errors import TidingsError

PACKAGED = "petrarch_verbs.txt"


class PetrarchDictionaryError(TidingsError, ValueError):
    pass


@dataclass
class VerbPattern:
    before: list[list[tuple[str, ...]]]  # each element: alternatives (phrases as word tuples)
    after: list[list[tuple[str, ...]]]
    code: str | None
    reciprocal: str | None = None

    @property
    def size(self) -> int:
        return len(self.before) + len(self.after)


@dataclass
class VerbBlock:
    name: str
    code: str | None
    reciprocal: str | None
    forms: set[str] = field(default_factory=set)
    patterns: list[VerbPattern] = field(default_factory=list)


@dataclass
class PetrarchVerbs:
    blocks: list[VerbBlock]
    by_form: dict[str, list[VerbBlock]]
    discards: list[tuple[tuple[str, ...], bool]] = field(default_factory=list)  # (phrase, story-level)

    def blocks_for(self, lemma: str, text: str) -> list[VerbBlock]:
        return self.by_form.get(lemma, []) or self.by_form.get(text, [])

    def discarded(self, words: list[str]) -> tuple[bool, bool]:
        """(sentence discarded, story discarded) for the lowercased words of a sentence."""
        sent = story = False
        for phrase, whole in self.discards:
            if _find(words, 0, len(words), phrase) is not None:
                if whole:
                    story = True
                sent = True
        return sent, story


CODE = re.compile(r"\[([^\]]*)\]")
HEADER = re.compile(r"^---\s*(\S+)\s*\[([^\]]*)\]\s*---")


def _code(raw: str) -> tuple[str | None, str | None]:
    raw = raw.strip()
    main, _, recip = raw.partition(":")
    ok = lambda c: c if re.fullmatch(r"\d{2,4}", c or "") else None  # noqa: E731 — "---", "+++", junk
    return ok(main.strip()), ok(recip.strip()) if recip else None


def _strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def _words(token: str) -> tuple[str, ...]:
    return tuple(w for w in token.lower().replace("_", " ").split() if w)


def read_verbs(path, discards=None) -> PetrarchVerbs:
    """Read a PETRARCH verbs dictionary (and optionally a discards file)."""
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as exc:
        raise PetrarchDictionaryError(f"{path}: {exc.strerror}") from None
    synsets: dict[str, list[str]] = {}
    blocks: list[VerbBlock] = []
    cur_syn: str | None = None
    block: VerbBlock | None = None
    raw_patterns: list[tuple[VerbBlock, str, int]] = []
    for n, raw in enumerate(lines, 1):
        line = _strip_comment(raw)
        if not line.strip() or line.lstrip().startswith("<!--") or line.strip().endswith("-->"):
            continue
        s = line.strip()
        m = HEADER.match(s)
        if m:
            code, recip = _code(m.group(2))
            block = VerbBlock(m.group(1).rstrip("_").lower(), code, recip)
            blocks.append(block)
            cur_syn = None
            continue
        if s.startswith("&") and " " not in s.strip():
            cur_syn = s[1:].strip().upper()
            synsets[cur_syn] = []
            block = None
            continue
        if s.startswith("+") and cur_syn is not None and block is None:
            synsets[cur_syn].append(s[1:].strip())
            continue
        if s.startswith("-") and block is not None:
            raw_patterns.append((block, s[1:].strip(), n))
            continue
        if block is not None:
            # a verb line: "BREAK { BROKE BROKEN }", "+CORDON_OFF {+CORDONED_OFF …}"
            head, _, forms = s.partition("{")
            names = [head] + forms.rstrip("} ").split()
            for name in names:
                name = CODE.sub("", name).strip().lstrip("+")
                if not name:
                    continue
                first = name.split("_")[0].lstrip("+").lower()
                if first:
                    block.forms.add(first)
            continue
    for block, text, n in raw_patterns:
        m = CODE.search(text)
        if not m:
            continue  # a pattern without a code says nothing we can use
        code, recip = _code(m.group(1))
        body = _phrases(text[: m.start()]).replace("*", " * ").split()
        if "*" not in body:
            continue
        star = body.index("*")
        before = [_alts(t, synsets) for t in body[:star]]
        after = [_alts(t, synsets) for t in body[star + 1:]]
        block.patterns.append(VerbPattern([a for a in before if a], [a for a in after if a], code, recip))
    by_form: dict[str, list[VerbBlock]] = {}
    for b in blocks:
        b.forms.add(b.name.split("_")[0])
        b.patterns.sort(key=lambda p: -p.size)
        for f in b.forms:
            by_form.setdefault(f, []).append(b)
    verbs = PetrarchVerbs(blocks, by_form)
    if discards:
        verbs.discards = read_discards(discards)
    return verbs


def _phrases(pattern: str) -> str:
    """PETRARCH's ``{A B}`` (a phrase whose words stand together) joined as ``A_B``; the
    parentheses around a prepositional phrase dropped: ``(AGAINST)`` is the word AGAINST."""
    pattern = re.sub(r"\{([^}]*)\}", lambda m: "_".join(m.group(1).split()), pattern)
    return pattern.replace("(", " ").replace(")", " ")


@lru_cache(maxsize=1)
def packaged_verbs() -> PetrarchVerbs | None:
    """The PETRARCH-derived verbs shipped in ``tidings/data/events`` (built by
    ``python -m tidings.events.build_lexicon``), or None when they are not there.

    Read once, then from the compiled-data cache as plain tuples (expanding the synonym sets was
    a tenth of tidings' own start-up)."""
    from tidings.actors import compiled

    path = resources.files("tidings.data.events").joinpath(PACKAGED)
    if not path.is_file():
        return None

    def read():
        with resources.as_file(path) as real:
            return _flat(read_verbs(real))

    parts = [(f"data/{PACKAGED}", path.read_bytes()), ("code/petrarch.py", Path(__file__).read_bytes())]
    return _unflat(compiled.built_once("verbs", parts, read))


def _flat(verbs: PetrarchVerbs) -> tuple:
    """The verbs in marshal's types; blocks shared by several forms are referred to by position."""
    at = {id(b): i for i, b in enumerate(verbs.blocks)}
    blocks = [(b.name, b.code, b.reciprocal, tuple(b.forms),
               [(p.before, p.after, p.code, p.reciprocal) for p in b.patterns]) for b in verbs.blocks]
    return blocks, {form: [at[id(b)] for b in bs] for form, bs in verbs.by_form.items()}, verbs.discards


def _unflat(flat: tuple) -> PetrarchVerbs:
    rows, by_form, discards = flat
    blocks = [VerbBlock(name, code, recip, set(forms), [VerbPattern(*p) for p in patterns])
              for name, code, recip, forms, patterns in rows]
    return PetrarchVerbs(blocks, {form: [blocks[i] for i in at] for form, at in by_form.items()}, discards)


def _alts(token: str, synsets: dict[str, list[str]], depth: int = 0) -> list[tuple[str, ...]]:
    """The phrases a pattern token stands for; markers ($ + ^ %) stand for nothing."""
    parts = [p for p in token.split("_") if p and p not in ("$", "+", "^", "%")]
    if not parts:
        return []
    out: list[tuple[str, ...]] = [()]
    for part in parts:
        part = part.strip("+$^%")
        if not part:
            continue
        if part.startswith("&") and depth < 3:
            opts = [w for s in synsets.get(part[1:].upper(), []) for w in _alts(s, synsets, depth + 1)]
        else:
            opts = [_words(part)]
        out = [o + x for o in out for x in opts if x] or out
    return [o for o in out if o]


def read_discards(path) -> list[tuple[tuple[str, ...], bool]]:
    out = []
    for raw in Path(path).read_text(encoding="utf-8", errors="replace").splitlines():
        line = _strip_comment(raw).strip()
        if not line or line.startswith("<!--"):
            continue
        story = line.startswith("+")
        words = _words(line.lstrip("+").split(";")[0])
        if words:
            out.append((words, story))
    return out


def _find(words: list[str], lo: int, hi: int, phrase: tuple[str, ...]) -> int | None:
    """Index just after the first occurrence of ``phrase`` in words[lo:hi], else None."""
    k, first = len(phrase), phrase[0]
    i = lo
    while True:
        try:
            i = words.index(first, i, hi - k + 1)  # (the first word by C-speed search, the rest compared after)
        except ValueError:
            return None
        if tuple(words[i:i + k]) == phrase:
            return i + k
        i += 1


def _find_back(words: list[str], lo: int, hi: int, phrase: tuple[str, ...]) -> int | None:
    """Start index of the last occurrence of ``phrase`` in words[lo:hi], else None."""
    k, first = len(phrase), phrase[0]
    for i in range(hi - k, lo - 1, -1):
        if words[i] == first and tuple(words[i:i + k]) == phrase:
            return i
    return None


# a pattern element that is a preposition alone ("LEAD * TO") names the verb's own prepositional phrase
PREPOSITIONS = frozenset({"to", "with", "against", "on", "in", "for", "from", "into", "at", "over", "of", "by", "about",
                          "toward", "towards", "upon", "under", "between", "among", "across", "through", "onto"})


def match(block: VerbBlock, words: list[str], lemmas: list[str], verb: int,
          anchored: set[int] | None = None) -> tuple[str | None, str | None]:
    """The code for the verb at index ``verb`` of the sentence (lowercased words and lemmas).
    ``anchored``: the indices of the prepositions that hang on the verb or its object; a pattern's
    lone preposition matches only those (not "to" in "led Trump in the polls, 49.7 percent to 40.3")."""
    for p in block.patterns:
        pos, ok = verb + 1, True
        for alts in p.after:
            nxt = None
            for phrase in alts:
                if anchored is not None and len(phrase) == 1 and phrase[0] in PREPOSITIONS:
                    found = next((i + 1 for i in range(pos, len(words)) if i in anchored and words[i] == phrase[0]),
                                 None)
                    if found is not None and (nxt is None or found < nxt):
                        nxt = found
                    continue
                found = _find(words, pos, len(words), phrase)
                if found is None:
                    found = _find(lemmas, pos, len(lemmas), phrase)
                if found is not None and (nxt is None or found < nxt):
                    nxt = found
            if nxt is None:
                ok = False
                break
            pos = nxt
        if not ok:
            continue
        end = verb
        for alts in reversed(p.before):
            prev = None
            for phrase in alts:
                found = _find_back(words, 0, end, phrase)
                if found is None:
                    found = _find_back(lemmas, 0, end, phrase)
                if found is not None and (prev is None or found > prev):
                    prev = found
            if prev is None:
                ok = False
                break
            end = prev
        if ok:
            return p.code, p.reciprocal
    return block.code, block.reciprocal
