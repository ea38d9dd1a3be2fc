"""Wire datelines: where a story was filed, at the head of a paragraph ("KABUL, Afghanistan (AP) —",
"PHILADELPHIA, July 29 (UPI) —", "BUENA PARK, Calif. —", "New York (AFP) –"). A dateline is never a party
to what the story reports: it neither speaks (quotes.finder) nor acts or undergoes (events.arguments); its
country may still say whose story it is (actors.context). The one place that finds them.

A dateline is, at the start of the text or of a paragraph: a place of one to four capitalised words; then,
each after a comma, a region ("Calif.", "Afghanistan") or a date ("July 29"); then an agency in brackets
("(AP)"); then a dash with a space before it ("Luxembourg-based" is a word) and a capitalised word, a number
or a quote mark after it ("Trump — who said he would win — told" is a name and an aside). The words must
say "place": in capitals, named with an agency or a date, each a place the caller or the parser knows, or
with a region abbreviated ("Calif.")."""

from __future__ import annotations

from collections.abc import Callable

DASHES = frozenset({"-", "--", "—", "–", "―"})
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
MAX_TOKENS = 14  # "SAN JUAN, Puerto Rico, July 29 (UPI) —" is 11
MAX_PLACE_WORDS = 4
MONTHS = frozenset("january february march april may june july august september october november december "
                   "jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. "
                   "nov nov. dec dec.".split())
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
QUOTE_MARKS = frozenset({'"', "“", "'", "‘"})
KEY = "tidings.datelines"  # Doc.user_data key: the datelines found by the parser's entities alone


def _opening(doc, i: int) -> bool:
    """Token ``i`` opens the text or a paragraph."""
    j = i - 1
    while j >= 0 and doc[j].is_space:
        if "\n" in doc[j].text:
            return True
        j -= 1
    return j < 0 or "\n" in doc[j].whitespace_


def _dated(tok) -> bool:
    return tok.ent_type_ == "DATE" or tok.lower_ in MONTHS or tok.lower_ in WEEKDAYS or tok.like_num


def dateline_at(doc, start: int, place: Callable[[int], bool] | None = None) -> int | None:
    """The index of the token after the dash of a dateline that opens at token ``start`` (which must open
    the text or a paragraph), or None. ``place(i)``: the caller knows token ``i`` as a place's (the actors'
    place mentions); the parser's place entities count too."""
    n = len(doc)
    if start >= n or not _opening(doc, start) or not doc[start].text[:1].isupper() or not doc[start].is_alpha:
        return None
    parts: list[list] = [[]]  # the words between commas: place, region, date
    wire = 0  # tokens inside brackets
    depth = 0
    for t in range(start, min(n, start + MAX_TOKENS)):
        tok = doc[t]
        if tok.text in DASHES and depth == 0:
            if t == start or not doc[t - 1].whitespace_ or not doc[t - 1].text.strip():
                return None  # "Luxembourg-based" is a word, not a dateline
            nxt = t + 1
            while nxt < n and doc[nxt].is_space and "\n" not in doc[nxt].text:
                nxt += 1
            if nxt >= n or not (doc[nxt].text[:1].isupper() or doc[nxt].text[:1].isdigit()
                                or doc[nxt].text in QUOTE_MARKS):
                return None  # "Russia — which had vetoed it — said": an aside, the name acts
            return t + 1 if _says_place(doc, parts, wire, place) else None
        if tok.text == "(":
            if depth or wire or not parts[0]:
                return None
            depth = 1
            continue
        if tok.text == ")":
            if not depth:
                return None
            depth = 0
            continue
        if depth:
            wire += 1
            if wire > 4 or not (tok.text[:1].isupper() or tok.is_punct):
                return None  # "(AP)", "(Reuters)", "(UPI)", "(Agence France-Presse)"
            continue
        if wire:
            return None  # the agency closes the dateline: only the dash comes after it
        if tok.is_space:
            return None  # a line of its own is a headline, not a dateline
        if tok.text == ",":
            if not parts[-1]:
                return None
            parts.append([])
            continue
        if tok.is_punct and tok.text != ".":
            return None
        if tok.text == "." and not parts[-1]:
            return None
        if tok.text != "." and not (tok.text[:1].isupper() or (parts[-1] and _dated(tok)) or tok.like_num):
            return None
        parts[-1].append(tok)
    return None


def _says_place(doc, parts: list[list], wire: int, place) -> bool:
    """The words before the dash are a place's, not a name's."""
    head = [t for t in parts[0] if t.text != "."]
    if not head or len(head) > MAX_PLACE_WORDS or any(not p for p in parts):
        return False
    if any(t.ent_type_ in ("PERSON",) and not t.is_upper for t in head):
        return False  # "Trump, Clinton —"
    dated = any(all(_dated(t) for t in p if t.text != ".") for p in parts[1:])
    if any(_dated(t) for t in head):
        return False
    if wire or dated:
        return True
    if all(t.is_upper and len(t.text) > 1 or not t.is_alpha for t in head) and any(t.is_alpha for t in head):
        return True  # "CLEVELAND —", "BUENA PARK, Calif. —"
    known = [t for p in parts for t in p if t.text != "."]
    if all(t.ent_type_ in PLACE_ENTS or (place is not None and place(t.i)) for t in known):
        return True  # "Kabul, Afghanistan —"
    # "Buena Park, Calif. —": a place with its region abbreviated
    return len(parts) == 2 and len(parts[1]) <= 3 and parts[1][-1].text.endswith(".") and \
        all(t.ent_type_ in PLACE_ENTS or (place is not None and place(t.i)) for t in head)


def datelines(doc, place: Callable[[int], bool] | None = None) -> list[tuple[int, int]]:
    """(first token, token after the dash) of each dateline opening the text or a paragraph. Without
    ``place`` the result is kept on the doc."""
    if place is None and KEY in doc.user_data:
        return [tuple(s) for s in doc.user_data[KEY]]
    found = []
    for tok in doc:
        if not tok.is_space and tok.text[:1].isupper() and _opening(doc, tok.i):
            end = dateline_at(doc, tok.i, place)
            if end is not None:
                found.append((tok.i, end))
    if place is None:
        doc.user_data[KEY] = [list(s) for s in found]
    return found


def place_words(doc, start: int, end: int) -> list[int]:
    """The tokens of a dateline's place and region ("PHILADELPHIA, July 29 (UPI) —" → PHILADELPHIA): not
    its date, agency, commas or dash."""
    out, depth = [], 0
    for t in range(start, end):
        tok = doc[t]
        depth += tok.text == "("
        if not (depth or tok.is_punct or tok.is_space or tok.text in DASHES or _dated(tok)):
            out.append(t)
        depth -= tok.text == ")"
    return out


def covering(spans: list[tuple[int, int]], i: int) -> tuple[int, int] | None:
    """The dateline holding token ``i``, if any."""
    return next(((s, e) for s, e in spans if s <= i < e), None)


def after_dateline(tok, spans: list[tuple[int, int]] | None = None):
    """The head of the phrase right after the dateline that holds ``tok`` (the parse often makes the
    dateline the subject and hangs the real one on it: "CLEVELAND — Former Attorney General Michael Mukasey
    told" parses "Mukasey" as the apposition of "CLEVELAND"); ``tok`` itself when it is in no dateline;
    None when nothing names anyone there. The head is the first noun of the stretch between the dash and
    ``tok``'s head whose own head lies outside that stretch."""
    doc = tok.doc
    spans = datelines(doc) if spans is None else spans
    line = covering(spans, tok.i)
    if line is None:
        return tok
    end = line[1]
    verb = tok.head
    stop = verb.i if verb.i >= end else min(len(doc), end + MAX_TOKENS)
    for t in doc[end:stop]:
        if t.is_punct or t.is_space:
            if t.text in (",", ";", ":") or t.is_quote:
                break
            continue
        if t.pos_ in ("NOUN", "PROPN", "PRON") and not (end <= t.head.i < stop) and t.head.i != t.i:
            return t
    return None
