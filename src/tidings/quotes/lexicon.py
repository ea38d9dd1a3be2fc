"""Words that introduce speech or attributed thought, and the names of news outlets."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

# Verbs (lemmas) that attribute words or a stance to a speaker. Broad on purpose: news attributes
# claims with many verbs, and a verb only counts when it governs a clause or sits next to a quote.
SPEECH_VERBS = frozenset("""
say tell add note claim argue believe think suggest warn insist explain announce report write
state acknowledge admit deny predict promise vow pledge urge ask accuse allege assert contend
maintain reveal disclose confirm emphasize emphasise stress highlight complain concede declare
indicate observe recall remark reply respond tweet post testify fear hope expect estimate
conclude agree reckon suspect question mention repeat reiterate caution counter concur
charge boast brag quip joke shout yell scream whisper mutter cry proclaim pronounce assure
affirm agree announce answer demand propose recommend signal show find feel know worry
comment describe characterize characterise dismiss describe lament acknowledge blast slam
criticize criticise praise welcome thank predict speculate guess imply hint retort continue
explain underline underscore emphasize point read decide doubt understand imagine call label
cite dub term brand target tout defend opine elaborate interject sing exclaim wonder muse
chime plead scoff snap gush rant rail lash fume shoot fire hit explain inform advise
respond reason summarize summarise put ask inquire query preach vouch recount relate chant
coach echo
""".split())

# Verbs that only attribute when they govern a clause ("X believes that …"), never next to a quote
# on their own: keeps "X showed" or "X continued" from taking a quote they merely sit next to.
CLAUSE_ONLY = frozenset("""
believe think hope expect fear know feel find doubt understand imagine suspect show decide
estimate guess worry continue read signal indicate recall
""".split())

# Nouns that head a speech phrase: "in a statement", "his message: …"
SPEECH_NOUNS = frozenset("""
statement interview remarks remark comment comments message speech tweet post letter
announcement press conference briefing
""".split())

# Outlets credited with claims. Multi-word names first so the longest wins in the pattern.
OUTLETS = [
    "Associated Press", "Agence France-Presse", "Agence France Presse", "Reuters", "AFP", "AP",
    "CNN", "BBC", "BBC News", "Bloomberg", "Bloomberg News", "The New York Times", "New York Times",
    "The Washington Post", "Washington Post", "The Wall Street Journal", "Wall Street Journal",
    "Financial Times", "The Financial Times", "The Guardian", "Guardian", "The Economist",
    "The Times", "The Telegraph", "The Independent", "Fox News", "NBC News", "NBC", "ABC News",
    "ABC", "CBS News", "CBS", "MSNBC", "CNBC", "NPR", "PBS", "Politico", "Axios", "USA Today",
    "HuffPost", "Huffington Post", "Breitbart", "Breitbart News", "The Hill", "Sky News",
    "Al Jazeera", "Al Arabiya", "Deutsche Welle", "DW", "Der Spiegel", "Spiegel", "Le Monde",
    "Le Figaro", "El País", "Haaretz", "The Times of Israel", "Times of Israel",
    "The Jerusalem Post", "Jerusalem Post", "Xinhua", "Xinhua News Agency", "Global Times",
    "People's Daily", "People’s Daily", "CCTV", "CGTN", "China Daily", "South China Morning Post",
    "TASS", "RIA Novosti", "Interfax", "Sputnik", "RT", "Kommersant", "Izvestia", "Ukrinform",
    "Kyiv Independent", "Kyodo", "Kyodo News", "NHK", "Yonhap", "KCNA", "Korean Central News Agency",
    "IRNA", "Tasnim", "Fars", "Anadolu", "Anadolu Agency", "Dawn", "ANI", "PTI", "IANS",
    "The Hindu", "Hindustan Times", "Times of India", "The Times of India", "NDTV",
    "Indian Express", "The Indian Express", "Press Trust of India", "Asian News International",
    "Nikkei", "Nikkei Asia", "The Straits Times", "Straits Times", "Yomiuri Shimbun",
    "Asahi Shimbun", "Axel Springer", "Bild", "Corriere della Sera", "La Repubblica",
    "Daily Mail", "The Daily Mail", "The Sun", "New York Post", "Los Angeles Times",
    "Chicago Tribune", "The Atlantic", "The New Yorker", "Newsweek", "Vox", "Slate",
    "ProPublica", "Voice of America", "VOA", "Radio Free Europe", "RFE/RL", "Euronews",
    "France 24", "Reuters News Agency", "Daily Beast", "The Daily Beast", "Semafor", "Punchbowl News",
]

# Verbs whose direct object is the attributed content ("The company reported its smallest profit",
# "Pataki is endorsing John Kasich", "accused Clinton of …"): stances as well as speech.
OBJECT_VERBS = frozenset("""
report announce cite acknowledge criticize criticise blame accuse endorse support oppose want
see mention deny reject dismiss praise welcome condemn question propose recommend demand describe
highlight reveal confirm predict consider call urge promise pledge vow threaten defend slam blast
attack tout applaud back favor favour like love hate fear expect estimate forecast project claim
dispute challenge deplore decry denounce disclose admit concede recall remember emphasize stress
""".split())

# Verbs whose infinitive complement is the content ("urged Congress to act", "wants to win").
XCOMP_VERBS = frozenset("""
urge ask call want expect promise pledge vow threaten plan hope warn tell encourage demand
intend seek vote agree refuse decline offer propose
""".split())


@lru_cache(maxsize=1)
def speaker_nouns() -> frozenset[str]:
    """Common nouns that can head a speaker (``data/quotes/speaker_nouns.txt``)."""
    text = resources.files("tidings.data.quotes").joinpath("speaker_nouns.txt").read_text(encoding="utf-8")
    return frozenset(w.lower() for line in text.splitlines() for w in line.split("#", 1)[0].split())
