"""The model's rule lemmatizer with two lookups made cheap; the lemmas are the same.

spaCy's rule lemmatizer keeps its word index as lists and tests ``form in index`` against them:
a scan of up to 57,528 nouns for each candidate form of each word not yet in its cache, 0.2 ms a
word (0.5 s for the first 60 press releases). Base forms ("sanction" as a singular noun) skip its
cache and parse the token's morphology every time. Here the index lists become sets (the same
membership) and every answer is memoised by (word, POS, morphology), all it depends on.
"""

from __future__ import annotations

MAX_MEMO = 100_000  # entries (~25 MB); emptied when full, with spaCy's own cache, so that memory
# stays bounded over a long stream (new names and numbers keep coming)


def speed_up(lemmatizer) -> None:
    """Make a stock rule ``Lemmatizer`` cheaper in place."""
    if lemmatizer.mode != "rule":
        return
    index = lemmatizer.lookups.get_table("lemma_index", None)
    if index is not None:
        for pos, words in list(index.items()):
            if isinstance(words, list):
                index[pos] = frozenset(words)
    lemmatize, memo = lemmatizer.rule_lemmatize, {}

    def memoised(token) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)
        found = memo.get(key)
        if found is None:
            if len(memo) >= MAX_MEMO:
                memo.clear()
                lemmatizer.cache.clear()
            found = memo[key] = lemmatize(token)
        return found

    lemmatizer.lemmatize = memoised
