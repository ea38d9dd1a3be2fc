"""Near-duplicate detection: MinHash over word shingles, LSH to find candidates (datasketch).

Syndicated copies of one wire story differ by a byline, a headline or a trimmed last paragraph;
their word 3-shingle sets still overlap far more than any two different stories do.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import zlib
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SHINGLE = 3
THRESHOLD = 0.7  # estimated Jaccard similarity of shingle sets above which two texts are one story
MIN_WORDS = 8    # shorter texts share shingles by chance; they are matched only when identical
SCHEME = "affine64"  # fixed, so stored signatures stay comparable across datasketch versions

WORD = re.compile(r"\w+", re.UNICODE)


def normalise(text: str) -> str:
    """Case-, accent- and whitespace-insensitive form used for hashing."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(WORD.findall(text))


def text_hash(text: str) -> str:
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


def shingles(text: str, words: list[str] | None = None) -> set[bytes]:
    words = normalise(text).split() if words is None else words
    if len(words) < SHINGLE:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + SHINGLE]).encode("utf-8") for i in range(len(words) - SHINGLE + 1)}


def fast_hash(data: bytes) -> int:
    """A stable 64-bit hash of a shingle from two C checksums (datasketch's default, SHA-1 per
    shingle, dominated the cost of storing a document; this needs no cryptographic strength)."""
    return (zlib.crc32(data) << 32) | zlib.adler32(data)


def minhash(text: str, words: list[str] | None = None) -> MinHash | None:
    """The MinHash of a text, or None when it is too short to compare reliably."""
    words = normalise(text).split() if words is None else words
    if len(words) < MIN_WORDS:
        return None
    m = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME, hashfunc=fast_hash)
    m.update_batch(list(shingles(text, words)))
    return m


def fingerprint(text: str) -> tuple[str, MinHash | None]:
    """(exact-duplicate hash, MinHash) of a text, normalising it once."""
    norm = normalise(text)
    return hashlib.sha256(norm.encode("utf-8")).hexdigest(), minhash(text, norm.split())


def to_bytes(m: MinHash) -> bytes:
    return np.asarray(m.hashvalues, dtype=np.uint64).tobytes()


def from_bytes(data: bytes) -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME, hashfunc=fast_hash, hashvalues=np.frombuffer(data, dtype=np.uint64).copy())


@lru_cache(maxsize=None)
def lsh_params(threshold: float) -> tuple[int, int]:
    """LSH bands and rows, computed once per process (datasketch integrates numerically)."""
    # candidates are checked against the threshold afterwards, so false positives only cost a
    # comparison while false negatives lose a duplicate: weight the banding against the latter
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM, weights=(0.1, 0.9))
    return lsh.b, lsh.r


class NearDuplicates:
    """An LSH index of documents by id; ``similar(m)`` gives the ids above the threshold."""

    def __init__(self, threshold: float = THRESHOLD):
        self.threshold = threshold
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM, params=lsh_params(threshold))
        self.hashes: dict[str, MinHash] = {}

    def add(self, key: str, m: MinHash) -> None:
        if key in self.hashes:
            self.remove(key)
        self.lsh.insert(key, m)
        self.hashes[key] = m

    def remove(self, key: str) -> None:
        if key in self.hashes:
            self.lsh.remove(key)
            del self.hashes[key]

    def similar(self, m: MinHash) -> list[str]:
        """Ids whose estimated similarity reaches the threshold (LSH candidates, then checked)."""
        found = [k for k in self.lsh.query(m) if self.hashes[k].jaccard(m) >= self.threshold]
        return sorted(found)

    def __len__(self) -> int:
        return len(self.hashes)


def clusters(texts: dict[str, str], threshold: float = THRESHOLD) -> dict[str, str]:
    """Cluster id (the first member's id, in the given order) for each text id; for batch use."""
    index = NearDuplicates(threshold)
    exact: dict[str, str] = {}
    result: dict[str, str] = {}
    for key, text in texts.items():
        h = text_hash(text)
        if h in exact:
            result[key] = result[exact[h]]
            continue
        exact[h] = key
        m = minhash(text)
        if m is None:
            result[key] = key
            continue
        matches = index.similar(m)
        result[key] = min(result[k] for k in matches) if matches else key
        index.add(key, m)
    return result
