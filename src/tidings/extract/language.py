"""Language identification by function words: small, deterministic, no model to download.

News text is long enough that the share of a language's most frequent function words identifies
it reliably; the question we must answer is mainly "English or not" (only English is coded), and
for other languages a best guess among the common news languages, or None when unsure.
"""

from __future__ import annotations

import re

WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

STOPWORDS = {
    "en": "the of and to in a is that for on was with he it as at by from his said have be are "
          "has but not this an they which or were been their will would who its had after also "
          "i you we",
    "fr": "le la les de des du et en un une est que qui dans pour pas sur au aux par il elle "
          "ont a été ce cette sont avec mais plus ses son leur nous vous",
    "de": "der die das und in den von zu mit sich des auf für ist im dem nicht ein eine als auch "
          "es an er hat aus bei sind wird nach wurde sie",
    "es": "el la los las de del y en que a un una es por con para no se su al lo como más pero "
          "sus le ha fue este esta son entre",
    "it": "il lo la i gli le di del della e in che un una per con non è da al alla sono ha si "
          "come anche più nel dei delle questo",
    "pt": "o a os as de do da dos das e em que um uma para com não é por no na se ao mais como "
          "foi mas seu sua são pelo pela",
    "nl": "de het een en van in is dat op te met voor niet zijn er die aan ook als bij door "
          "maar om werd heeft wordt nog naar",
    "sv": "och i att det som en på är av för med till den har de inte om ett var men från "
          "sig vid så kan även",
    "pl": "i w na z do że się nie to jest o jak po przez dla od za jego ale co są oraz przy "
          "także który które",
    "tr": "ve bir bu da de ile için olarak olan çok daha gibi en ama ne var kadar sonra göre "
          "ise değil",
    "id": "yang dan di dari ini itu dengan untuk tidak dalam akan pada juga ke karena ada "
          "oleh sudah saya mereka",
}
SETS = {lang: frozenset(words.split()) for lang, words in STOPWORDS.items()}

# Scripts that settle the question on their own (share of letters in the script)
SCRIPTS = [
    ("ru", re.compile(r"[\u0400-\u04FF]")),
    ("ar", re.compile(r"[\u0600-\u06FF]")),
    ("zh", re.compile(r"[\u4E00-\u9FFF]")),
    ("ja", re.compile(r"[\u3040-\u30FF]")),
    ("ko", re.compile(r"[\uAC00-\uD7AF]")),
    ("he", re.compile(r"[\u0590-\u05FF]")),
    ("el", re.compile(r"[\u0370-\u03FF]")),
    ("hi", re.compile(r"[\u0900-\u097F]")),
    ("bn", re.compile(r"[\u0980-\u09FF]")),
    ("pa", re.compile(r"[\u0A00-\u0A7F]")),
    ("gu", re.compile(r"[\u0A80-\u0AFF]")),
    ("ta", re.compile(r"[\u0B80-\u0BFF]")),
    ("te", re.compile(r"[\u0C00-\u0C7F]")),
    ("ml", re.compile(r"[\u0D00-\u0D7F]")),
    ("si", re.compile(r"[\u0D80-\u0DFF]")),
    ("th", re.compile(r"[\u0E00-\u0E7F]")),
    ("ka", re.compile(r"[\u10A0-\u10FF]")),
    ("hy", re.compile(r"[\u0530-\u058F]")),
    ("am", re.compile(r"[\u1200-\u137F]")),
    ("fa", re.compile(r"[\u06A9\u06AF\u06CC\u067E\u0686\u0698]")),  # Persian letters (checked before ar)
]

MIN_WORDS = 5


def detect(text: str, sample: int = 20000) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little text to tell."""
    text = text[:sample]
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return None
    # Japanese before Chinese (kana settle it), Persian before Arabic (its own letters settle it)
    counts = {lang: len(rx.findall(text)) for lang, rx in SCRIPTS}
    if counts["ja"] > 0.05 * len(letters):
        return "ja"
    if counts["fa"] > 0.02 * len(letters):
        return "fa"
    best_script = max(counts, key=counts.get)
    if counts[best_script] > 0.3 * len(letters):
        return best_script
    words = [w.casefold() for w in WORD.findall(text)]
    if len(words) < MIN_WORDS:
        return None
    scores = {lang: sum(1 for w in words if w in s) / len(words) for lang, s in SETS.items()}
    lang = max(scores, key=lambda k: (scores[k], k == "en"))
    if scores[lang] < 0.08:  # too few function words of any language: unsure
        return None
    return lang


FOREIGN_MARGIN = 2.0  # a passage is foreign when another language's function words outnumber English's this much
MIN_PASSAGE_WORDS = 20
ENGLISH_SHARE = 0.3  # shorter passages hold too few function words to tell languages apart


def passage_language(text: str) -> str | None:
    """The language of one passage when it is confidently not English; "en" or None otherwise.

    Stricter than ``detect``: a passage is only called foreign when its function words beat
    English's by ``FOREIGN_MARGIN``, so an English paragraph full of names stays English.
    """
    words = [w.casefold() for w in WORD.findall(text)]
    if len(words) < MIN_PASSAGE_WORDS:
        return None
    lang = detect(text)
    if lang in (None, "en") or lang not in SETS:
        return lang  # a script decides on its own; English or unsure stays in
    share = {k: sum(1 for w in words if w in SETS[k]) / len(words) for k in (lang, "en")}
    return lang if share[lang] >= FOREIGN_MARGIN * share["en"] else "en"


LATIN_WORD = re.compile(r"[A-Za-z\u00C0-\u024F]+")
# a run of words in another script: "((ru))Russian: ‍Свою победу я дарю маме…" after the English
# (it starts at a letter of another script, so a long run of punctuation costs one pass, not n²)
FOREIGN_RUN = re.compile(r"[^\W\dA-Za-z\u00C0-\u024F_][^A-Za-z\u00C0-\u024F]*")


def foreign_script_runs(paragraph: str) -> list[tuple[int, int]]:
    """Spans of a mostly-English paragraph written in another script (a quote's original beside
    its translation); empty when the paragraph is not English once those spans are left out."""
    runs: list[tuple[int, int]] = []
    for m in FOREIGN_RUN.finditer(paragraph):
        # a Latin word or two inside the other script ("… HIV के साथ …") belongs to the run
        if runs and len(LATIN_WORD.findall(paragraph[runs[-1][1]:m.start()])) <= 2:
            runs[-1] = (runs[-1][0], m.end())
        else:
            runs.append((m.start(), m.end()))
    runs = [(a, b) for a, b in runs if len(paragraph[a:b].split()) >= 3]
    if not runs:
        return []
    rest = "".join(paragraph[a:b] for a, b in zip([0] + [e for _, e in runs], [s for s, _ in runs] + [len(paragraph)]))
    return runs if passage_language(rest) in (None, "en") else []


def split_by_language(text: str) -> tuple[str | None, str, list[tuple[str, str]]]:
    """The text's language by the share of its words; for English, the text without its foreign
    passages, and those passages with their language.

    An English story quoting French bloggers at length is English with French passages, not
    French: English when English paragraphs hold ``ENGLISH_SHARE`` of the words (only English is
    coded, and those passages are worth coding), else the language holding most words. A quote's
    original in another script beside its English translation is cut out of its paragraph.
    """
    kept: list[str] = []
    foreign: list[tuple[str, str]] = []
    words: dict[str, int] = {}
    for paragraph in text.split("\n"):
        lang = passage_language(paragraph)
        # (a French paragraph is foreign whole; runs of another script are cut from any other)
        runs = foreign_script_runs(paragraph) if lang in (None, "en") or lang not in SETS else []
        if runs:
            ends = [0] + [e for _, e in runs]
            starts = [s for s, _ in runs] + [len(paragraph)]
            foreign += [(paragraph[a:b].strip(), detect(paragraph[a:b]) or "und") for a, b in runs]
            paragraph = re.sub(r"[ \t]{2,}", " ", "".join(paragraph[a:b] for a, b in zip(ends, starts))).strip()
            lang = passage_language(paragraph) or ("en" if lang == "en" else None)
        if lang:
            words[lang] = words.get(lang, 0) + len(WORD.findall(paragraph))
        if lang in (None, "en"):
            kept.append(paragraph)
        else:
            foreign.append((paragraph.strip(), lang))
    if not words:
        return detect(text), text, []
    if words.get("en", 0) < ENGLISH_SHARE * sum(words.values()):
        return max(words, key=lambda k: words[k]), text, []
    return "en", re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip(), foreign


def is_english(text: str) -> bool:
    """True unless the text is confidently another language (unsure texts get coded)."""
    lang = detect(text)
    return lang in (None, "en")
