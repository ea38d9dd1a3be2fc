"""Who said what, and according to which outlet.

``find_quotes(doc, mentions)`` gives direct, mixed and indirect quotes with cue and speaker;
``find_attributions(doc)`` gives the outlets claims are credited to ("reported CNN") or that
heard an interview ("told the BBC").
"""

from tidings.quotes.finder import find_quotes
from tidings.nlp.marks import Quoted, find_quoted
from tidings.quotes.outlets import find_attributions

__all__ = ["find_attributions", "find_quotes", "find_quoted", "Quoted"]
