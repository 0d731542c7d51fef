"""Is a compressed headline a readable clause, or a cut-off / verbless fragment?

Why rules and not a tagger: NLTK's tagger data is a download this project cannot make, and
PyPI carries spaCy's models only as unofficial re-uploads. A headline is short and news
English is regular, so a few rules catch the failures a reader calls nonsense (issue 11):

- **cut off**: it ends on a word that cannot end a clause ("... is not", "... in an
  attempt", "... are likely", "... was known", "... admitted", "... told the trial"), on a
  verb that needs a place ("... put tax cuts"), or on a conjunction's subject with no verb
  ("... but cinema-goers");
- **verbless**: no word can be a finite verb ("The UK's biggest brewer, Scottish and
  Newcastle"); candidates are auxiliaries, common irregular past forms, ``-ed`` words and
  ``-s`` words not shaped like plural nouns ("investors", "recordings");
- **cold opening**: it starts with a pronoun or connective whose antecedent the headline
  does not carry ("They will seize land ...", "Then went on ...").

Measured on a labelled set kept in tests (tests/summarize/data/headline_labels.jsonl):
``bench/bench_extractive.py --check-labels`` prints its confusion table.
"""

from __future__ import annotations

import re

from ..credit import CREDIT_VERBS


def _words_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*|\d[\d,.%]*")
_AUX = _words_set(
    """is are was were be been am has have had will would can could may might must shall
    should do does did won't can't isn't aren't wasn't weren't hasn't haven't didn't doesn't
    don't"""
)
_IRREGULAR = _words_set(
    """won lost made held sold paid bought told led left kept met found struck said spent
    sent built brought caught fought shut quit let bid hit cut put set took gave came went
    became began broke chose drew drove fell felt flew forgot got grew hung heard hid knew
    laid lent lit meant ran rang rose saw sought shook shot sang sank sat slept slid spoke
    stood stole stuck swore swept swam taught thought threw tore understood woke wore wove
    wrote beat bore dealt dug fled fed forbade forgave froze ground overtook overcame
    oversaw rebuilt withdrew upheld undertook sped split spread sprang stank strode strove
    wound ate"""
)
# -s words shaped like plural nouns (agents, abstracts, gerunds), not verbs.
_NOUN_PLURAL = re.compile(
    r"(?:ers|ors|ists|ians|ions|ments|ities|nesses|ships|ings|ics|ants|ents|ees|ages|"
    r"ures|ades|ites|ates|ives|ances|ences|hoods|isms|sses|ess|ss|us|is|'s|’s)$"
)
_NOT_VERB_ED = _words_set("red bed shed need seed speed feed deed hundred bred")
_DETERMINERS = _words_set(
    "the a an this that these those its his her their our my your some any no every each"
)
_PREPOSITIONS = _words_set(
    """of in on at to for from with by about into onto over under after before since until
    during against among between through without within across behind beyond despite amid
    than as via per like upon towards toward"""
)
_CONJUNCTIONS = _words_set(
    "and or but nor yet so because while whereas although though if unless whether that "
    "which who whom whose where when"
)
# Words after which a clause cannot stop: they need what follows them.
_NEEDS_MORE = (
    _DETERMINERS
    | _PREPOSITIONS
    | _CONJUNCTIONS
    | _AUX
    | _words_set(
        """not also very more most less such being likely unlikely able unable due expected
        set poised about going trying keen ready known regarded considered described
        seen thought believed worth admitted said says told claimed insisted revealed
        announced confirmed denied suggested argued warned reported stated added urged
        goes went step steps stepped probably possibly perhaps certainly definitely almost
        nearly quite rather really
        called named including whose putting making poses pose reveal reveals include
        includes bring brings"""
    )
)
# Nouns that need a complement when they end the headline ("in an attempt [to ...]").
_NEEDS_COMPLEMENT = re.compile(
    r"\b(?:in an? (?:attempt|bid|effort|move|order)|its decision|'s decision|’s decision"
    r"|the decision|the ability|the way|the fact|in order|with news|the place"
    r"|it (?:easier|harder|possible|impossible|difficult|clear)"  # "made it easier [for ...]"
    r"|as (?:far|much|many|long|soon|good|bad|big|high|low|close)(?: \w+(?:ed|ing))?)$",  # as..as
    re.I,
)
_TOLD = _words_set("told tells tell telling claimed insisted believes suggests argued")
# Plurals that are never verbs, before a final particle ("four incidents in").
_PLAIN_PLURAL = re.compile(r"(?:ents|ions|ers|ors|ities|ances|ences|ships|ists)$")
_BE = _words_set("is are was were be been")
_SAYING = _words_set("said says say believe believed thinks think thought warned warns")
# A subject, then an aside about it that no comma closes: "Stan Lee, the man responsible ..."
_NAME_INNER = frozenset(("of", "in", "and", "&", "for", "the", "de"))  # "Shares in Solidere"
_OPENING_WORDS = _words_set(
    "near outside inside unlike beside yesterday today tomorrow overall earlier later "
    "nevertheless separately elsewhere"
)
_ASIDE_OPEN = re.compile(r"^(?P<subject>[^,]+),\s+(?:the|a|an|one of|who|which|whose)\s[^,]+$")
# "two new domain names, aimed": a participle after a comma, its phrase cut away
_PARTICIPLE_LEFT = re.compile(r",\s+[a-z]+(?:ed|ing)$")
# "it doesn't merely live up to its promise": the claim is in the "but" cut away
_NOT_ONLY = re.compile(
    r"(?:\bnot|n't|\bnever)\s(?:only|merely)\s(?!(?:a|an|the|about|for|in|on|at|to)\b)", re.I
)
_BUT = re.compile(r"\b(?:but|also)\b", re.I)
# Verbs whose "that" opens a clause ("ruled that former FBI man Jeffrey Royer" is cut off).
_THAT_VERBS = _SAYING | _words_set(  # not "claims", "fears", "rules": nouns as often
    "ruled found argued argues claimed insisted insists admitted admits denied denies "
    "confirmed confirms revealed reveals announced announces suggested suggests showed "
    "agreed decided concluded feared hoped"
)
_TO_HEADS = _words_set("set due likely expected poised about going plans plan bid")
# A final particle ends a phrasal verb ("step in", "are over"), unless it hangs off "worth".
_PARTICLES = _words_set("in on up down out off over back")
_PLACE_VERBS = _words_set("put puts putting placed")  # "put X" needs where
_PRONOUNS = _words_set("he she they it this these those his her their its him them we")
_COLD = _PRONOUNS | _words_set(
    "then but and however also meanwhile so yet still instead thus hence which who now"
)
# A headline reports; "I can sit in a café" or "What we want is ..." is someone speaking.
_FIRST_PERSON = _words_set("I I'm I've we We we're We're we've We've my My our Our us me")


def _first_person(headline: str) -> bool:
    """First person outside quotes; "I" after a capitalized word is a numeral ("Type I")."""
    words = _WORD.findall(_QUOTED.sub("", headline))
    return any(
        w in _FIRST_PERSON and not (w == "I" and i and words[i - 1][:1].isupper())
        for i, w in enumerate(words)
    )


_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]|(?:^|\s)['‘][^'’]*['’](?=\s|$|[,.;:])")


def _words(text: str) -> list[str]:
    """Lower-cased words; a capitalized word past the first is a name ("Americans",
    "Newcastle"), marked with a leading "^" so no rule takes it for a verb."""
    found = _WORD.findall(text)
    return [
        ("^" if i and w[:1].isupper() else "") + (w.strip(".'’").lower() or w)
        for i, w in enumerate(found)
    ]


def _finite(word: str, before: str | None, before_to: str | None = None) -> bool:
    """Whether ``word`` can be a finite verb (or a headline's past participle), given the
    word before it: after a determiner or preposition it is a noun or adjective."""
    if before in _DETERMINERS or before in _PREPOSITIONS and before != "to":
        return False
    if before and before.endswith(("'s", "’s")) and word not in _AUX:
        return False  # "WMC's interests" is a noun
    if word in _AUX or word in _IRREGULAR:
        return True
    if word.startswith("^"):
        return False
    if len(word) > 3 and word.endswith("ed") and "-" not in word and word not in _NOT_VERB_ED:
        return True
    if before == "to" and len(word) > 2 and word.isalpha():
        return before_to in _AUX | _TO_HEADS  # "is to invest", "set to double"
    return len(word) > 3 and word.endswith("s") and not _NOUN_PLURAL.search(word)


# A plural noun before "that" makes it a relative pronoun ("letters that once lit"), not a
# determiner ("adopting that title") or a complementizer ("said that").
_PLURAL_BEFORE = re.compile(r"(?:[^s]s|us)$")
_NOT_PLURAL = _words_set("is was has does this his its as us thus yes")
_BOUNDARY = re.compile(r"[,;:(]|\s[-–—]\s")
_RELATIVE = _words_set("which who whom whose where")
_NONFINITE_BE = _words_set("be been being")
_NOUN_AFTER = _words_set("to of in for at from on")
# Participles that open a modifier: "a national body designed to tackle ..."
_MODIFIER_PARTICIPLES = _words_set("designed intended aimed meant used needed based")


def has_verb(text: str) -> bool:
    """True when some word of ``text`` can be the finite verb of its main clause: verbs in
    a relative clause ("... in which players must control ...") or a participle opening a
    modifier (", backed by", "designed to") do not count, nor the nouns of a subject such
    as "Sales of hybrid cars" or "Plans to create ..."."""
    for index, words in enumerate(_segments(text)):
        first = words[0] if words else "^"
        if index and first.endswith("ing") and not first.endswith("thing") and first[0] != "^":
            continue  # ", touring South East Asian countries": a participle's phrase
        if index == 1 and (first.endswith("ed") or first in _IRREGULAR) and first[0] != "^":
            continue  # "The deal, struck at the European Council": a participle's phrase
        relative = noun_to = in_subject = aux_verb = False
        inner = 0
        for i, w in enumerate(words):
            before = words[i - 1] if i else None
            after = words[i + 1] if i + 1 < len(words) else None
            if w in _RELATIVE and (i == 0 or before in _PREPOSITIONS):
                relative = True  # ", which brings ..." / "in which players must ..."
            if relative or w in _NONFINITE_BE or before in _NONFINITE_BE:
                continue
            if i and (
                w in _RELATIVE
                or w == "that"
                and _PLURAL_BEFORE.search(before or "")
                and before not in _NOT_PLURAL
            ):
                inner = 2  # "the letters that once lit ...": a verb in its next two words
                continue  # is the relative clause's ("who use ... can be": only if seen)
            if aux_verb:
                aux_verb = False
                continue  # the verb after the relative clause's auxiliary
            if (
                inner
                and not (w in _AUX and inner == 1)  # "workers who strike | will lose pay"
                and _finite(w, before, words[i - 2] if i > 1 else None)
            ):
                inner, aux_verb = 0, w in _AUX
                continue
            inner = max(inner - 1, 0)
            if w.endswith("ed") and (
                i == 0
                and index > 0
                and after == "by"
                or w in _MODIFIER_PARTICIPLES
                and after == "to"
            ):
                continue
            if i == 0 and index == 0 and after in _NOUN_AFTER and w.endswith("s"):
                noun_to = after == "to"  # "Plans to create ...", "Sales of cars": nouns
                in_subject = True
                continue
            if noun_to and before == "to" or in_subject and w.endswith("s"):
                continue
            if (
                w.endswith("s")
                and w not in _AUX
                and before
                and (before[:1].isdigit() or before == "year")
            ):
                continue  # "100 firms", "10-11 year olds" are nouns
            if w.endswith("s") and i > 1 and words[i - 2] == "to":
                continue  # "to tackle skills ..." is an object
            if _finite(w, before, words[i - 2] if i > 1 else None):
                return True
    return False


def _segments(text: str) -> list[list[str]]:
    """The words of ``text`` between commas, dashes and brackets, names marked as in
    ``_words`` (a capitalized word past the text's first)."""
    out = []
    for piece in _BOUNDARY.split(text):
        words = _words(piece)
        if out and words and not words[0].startswith("^") and piece.lstrip()[:1].isupper():
            words[0] = "^" + words[0]
        out.append(words)
    return out


# The credit a headline keeps ("..., says Charles Kennedy", "Ozzy Osbourne says ..."):
# the claim must read as a clause on its own, so "says" is no verb for it.
_CREDIT_AFTER = re.compile(
    rf",\s+(?:(?:says|say)\s[^,]{{1,60}}|according to\s[^,]{{1,60}}|it (?:has been|is|was)\s[^,]+"
    rf"|[^,]{{1,60}}\s(?:{'|'.join(sorted(CREDIT_VERBS))}))$"
)
_CREDIT_BEFORE = re.compile(r"^(?:[A-Z][\w'’.-]*\s){1,4}(?:says|say)\s+(?=\S)")


MIN_HEADLINE_WORDS = 3
"""Fewer words ("The", "Breaking", a venue: "Sixways") is a label, not a headline."""


def problems(headline: str) -> list[str]:
    """Why ``headline`` is not a readable clause: "too short", "cut off", "verbless", "cold
    opening", "question", "first person"; empty when it reads as a headline."""
    if len(headline.split()) < MIN_HEADLINE_WORDS:
        return ["too short"]
    claim = _CREDIT_BEFORE.sub("", _CREDIT_AFTER.sub("", headline))
    found = _problems(claim)
    if claim != headline and claim[:1].islower():
        found = [p for p in found if p != "cold opening"]  # "Osbourne says his family ..."
    return found


def _problems(headline: str) -> list[str]:
    words = _words(headline)
    if not words:
        return ["verbless"]
    found = []
    question = headline.rstrip().endswith("?")
    if words[0] in _COLD and not headline.lstrip().startswith(("'", '"', "“", "‘")):
        found.append("cold opening")
    if words[0] in _AUX and not question and not has_verb(" ".join(headline.split()[1:])):
        found.append("cut off")  # "Is a long way off" (not "Will Smith wins ..."): no subject
    if question:
        found.append("question")
    if _first_person(headline):
        found.append("first person")
    last = words[-1]
    particle = (
        last in _PARTICLES
        and len(words) > 1
        and words[-2] != "worth"
        and not _PLAIN_PLURAL.search(words[-2])  # "four incidents in": a preposition
    )
    if (
        last in _NEEDS_MORE
        and not particle
        or _NEEDS_COMPLEMENT.search(headline.rstrip(" .!?"))
        or _told_without_clause(words)
        or (_PLACE_VERBS & set(words) and not _PREPOSITIONS & set(_after(words, _PLACE_VERBS)))
        or _conjunct_without_verb(words)
        or _verbless_before_dash(headline)
        or _clause_without_verb(words)
        or _owes_but(headline)
        or bool(_PARTICIPLE_LEFT.search(headline))
    ):
        found.append("cut off")
    if not has_verb(headline) or _subject_and_aside(headline):
        found.append("verbless")
    return found


def readable(headline: str) -> bool:
    """True when the headline has none of ``problems``."""
    return not problems(headline)


def _after(words: list[str], anchors: frozenset[str]) -> list[str]:
    for i, w in enumerate(words):
        if w in anchors:
            return words[i + 1 :]
    return []


def _told_without_clause(words: list[str]) -> bool:
    """ "X told the trial" / "X told investors": telling with no content said."""
    rest = _after(words, _TOLD)
    if not rest:
        return False  # "..., research suggests" is attribution; a final "told" is _NEEDS_MORE
    return not any(w in ("that", "to", "of", "about") or w in _AUX for w in rest) and not (
        _any_finite(rest[1:], rest[0])
    )


def _subject_and_aside(headline: str) -> bool:
    """ "Stan Lee, the man responsible for ...": a name (capitalised words), then an aside
    about it that no comma closes, the verb after the aside's comma cut away
    (the aside's own verb, inside a relative clause, is not the claim's). Not an opening
    phrase ("Near Baghdad, a bomb killed ...", "Overall, the economy grew ...")."""
    match = _ASIDE_OPEN.match(headline)
    if not match:
        return False
    subject = match["subject"].split()
    first = subject[0].lower()
    if (
        not all(w[:1].isupper() or i and w in _NAME_INNER for i, w in enumerate(subject))
        or first in _PREPOSITIONS | _OPENING_WORDS | _COLD
        or first.endswith(("ly", "ing"))
    ):
        return False
    aside = _words(headline[match.end("subject") :])
    cut = next((i for i, w in enumerate(aside) if w in _RELATIVE or w == "that"), len(aside))
    return not _AUX & set(aside[:cut])  # "Tesco Stores, the UK's biggest grocer was fined"


def _owes_but(headline: str) -> bool:
    """ "it doesn't merely live up to its promise": the "but ..." that completes it was cut."""
    match = _NOT_ONLY.search(headline)
    return bool(match) and not _BUT.search(headline, match.end())


def _clause_without_verb(words: list[str]) -> bool:
    """ "The theory is that talking to the public": a "that" clause after "to be" or a
    verb of saying or finding whose own verb was cut away."""
    for i, w in enumerate(words[1:], 1):
        if w == "that" and words[i - 1] in _BE | _TOLD | _THAT_VERBS:
            rest = words[i + 1 :]  # a subject pronoun's verb follows it: "that they plan to"
            if not rest or rest[0] in _PRONOUNS or _any_finite(rest, None):
                return False
            # after "found", "ruled" ...: only a name left, since a plain verb ("that most
            # teenagers prefer texting") is one the finite-verb test cannot see
            return words[i - 1] in _BE | _TOLD | _SAYING or rest[-1].startswith("^")
    return False


def _conjunct_without_verb(words: list[str]) -> bool:
    """ "... but cinema-goers": a clause joined by but/while/because/although whose
    verb was cut away."""
    for i, w in enumerate(words):
        if w in ("but", "while", "because", "although", "whereas", "though") and i:
            rest = words[i + 1 :]
            if 0 < len(rest) <= 3 and not _any_finite(rest, w):
                return True
    return False


def _any_finite(words: list[str], before_first: str | None) -> bool:
    """Whether some word of ``words`` can be a finite verb, each read after the word before
    it (the first after ``before_first``)."""
    return any(_finite(w, words[i - 1] if i else before_first) for i, w in enumerate(words))


def _verbless_before_dash(headline: str) -> bool:
    """ "The fate of Yuganskneftegas - the oil firm sold": an aside opened by a dash was
    cut, so the verb after it belongs to the aside, and the subject before it has none."""
    parts = re.split(r"\s[-–—]\s", headline)
    return len(parts) == 2 and not has_verb(parts[0])


_ATTRIBUTION = re.compile(
    r"(?:,\s*(?:said|says|told|added|explained)\s+[^,.;]{0,60}|"
    r"\s+(?:said|says|added|explained))\s*[.!?]?[\"”’']*\s*$",
    re.I,
)


def attribution_only(sentence: str) -> bool:
    """A sentence that only attributes: the words around "said" state nothing with a verb
    ("The committee said.", "The hard part of learning any language, said Mr Purushotma.").
    Sentences without a "said" are left to the caller (``has_verb`` misses some verbs)."""
    text = sentence.strip()
    claim = _ATTRIBUTION.sub("", text)
    return claim != text and not has_verb(claim)
