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
          "has but not this an they which or were been their will would who its had after also",
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


def is_english(text: str) -> bool:
    """True unless the text is confidently another language (unsure texts get coded)."""
    lang = detect(text)
    return lang in (None, "en")
