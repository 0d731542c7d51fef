"""Where a sentence may be cut into a headline: the cuts that keep its claim whole.

Each refusal below is a cut that blind readers judged untrue, misleading or unreadable
(eval/judgments/headlines-*), written as a rule on the words around the cut, since this
project has no part-of-speech tagger (``summarize.extractive.headline_check`` says why).
"""

from __future__ import annotations

import re

from .complement_cuts import leaves_incomplete, splits_concession, time_phrase_split
from .dates import MONTHS
from .leading_clause import time_clause
from .object_cuts import needs_with
from .open_clauses import NUMBER_WORDS, leaves_open
from .phrase_cuts import open_quote, splits_conjunction, takes_phrase
from .qualifier_cuts import distance_left, drops_qualifier
from .verb_after_cut import (
    AUXILIARIES,
    SAID,
    clause_split,
    finite_first,
    main_verb_after_relative,
    relative_subject,
    subject_aside_open,
    that_subject_left,
    verb_after_aside,
    verb_after_participle_aside,
    verbless_subject,
)
from .verbs import any_finite, marked_words, word_set

_NEGATED = re.compile(
    r"\b(?:not|no|never|cannot|without|den(?:y|ies|ied)|reject(?:s|ed)?|refus(?:e|es|ed))\b"
    r"|n't\b",
    re.I,
)
_MODALS = frozenset(("can", "could", "will", "would", "may", "might", "must", "should", "to"))
_AS_BEFORE = frozenset(
    ("even", "much", "many", "far", "long", "soon", "well", "such", "same", "just")
)
_AS_VERBS = re.compile(
    r"\b(?:describ(?:e|es|ed|ing)|regard(?:s|ed)?|seen|saw|view(?:s|ed)?|consider(?:s|ed)?"
    r"|known|named?|labell?ed|branded|hailed|dubbed)\b[^,]*$",
    re.I,
)
# Who alleges the claim, in the sentence's last clause: "..., workers claim in a class action"
# (a plain "said" is ``credit``'s to keep or drop; these are one side's allegations)
_ALLEGED = re.compile(
    r",\s+(?:[\w'’-]+\s){0,4}(?:claim|claims|claimed|allege|alleges|alleged|contend|contends"
    r"|insist|insists|maintain|maintains)\b(?!\s+(?:to|that)\b)[^,]*$"
)
# "as much X" owes its "as": an open comparison ("as much as 50%" is closed)
_AS_OPEN = re.compile(
    r"\bas (?:much|many|well|long|far|soon|good|bad|big|high|low|likely|large|small|strong"
    r"|quickly|fast|little|few|early|late|often|close|recently)\b(?:(?!\bas\b)[^,;])*$"
)
# A verb whose object is told to do something: the "to" after the object is its content.
_ORDERED = re.compile(
    r"\b(?:order(?:ed|s)?|told|tells|ask(?:ed|s)?|urge[ds]?|force[ds]?|allow(?:ed|s)|require[ds]?"
    r"|persuaded|instruct(?:ed|s)|direct(?:ed|s)|call(?:ed|s) on|encouraged|invited|pressed)"
    r"(?:\s+\S+){1,8}$"
)
_BARE_PERSON_END = re.compile(r"\band (?:a|an) (?:man|woman|boy|girl|person|family|couple|child)$")
# A boundary word that opens a clause of its own: the verb after it is that clause's.
_OPENS_CLAUSE = frozenset(
    ("after", "before", "when", "while", "because", "as", "which", "who", "whose")
)
# Plural nouns whose "to ..." is a purpose that can go ("measures | to support farmers");
# after a verb, particle or adjective it cannot ("could cut up | to", "were planning | to").
_PLURAL_NOUN = re.compile(r"(?:ures|ments|ions|ers|ors|ities|ances|ences|ives|ships)$")
# money whose "to" says what it is for: "$7.4 million in funding | to seal ..." (not whom)
_FUNDS = frozenset(("funding", "grant", "loan"))
_PURPOSE_NEXT = re.compile(r"to (?!(?:the|a|an|his|her|their|its)\b)[a-z]")


# A phrase whose clause's verb comes after it, before any other clause opens: cutting before
# the phrase leaves a subject without a verb ("A paedophile with an obsession | with young
# girls has gone ..."), when the head has no auxiliary of its own.
_AUXILIARY = re.compile(rf"\b(?:{AUXILIARIES})\s")
_SUBJECT_GOES_ON = re.compile(
    r"(?:(?!(?:who|which|that|what|how|why|whether|when|where|while|whose|whom|if|as|and|or|but"
    r"|he|she|they|it|we|i|you"
    r"|because|after"
    rf"|before|to|than|since|until)\b)[^\s,;:()–—-]+\s){{1,8}}?(?:{AUXILIARIES}"
    r"|rose|fell|grew|dropped|jumped|climbed|slipped|doubled|declined)\s",
)  # or a measure's verb: "Exports of fresh and chilled yellowfin tuna | from the Maldives rose"
_BARE_PARTICIPLE = re.compile(r",\s[a-z]+ing$")
# A particle after "to be" is a predicate whose complement follows ("is up | for sale").
_COPULA_PARTICLE = re.compile(
    r"\b(?:is|are|was|were|be|been)\s(?:up|out|off|down|in|on|over|back)$"
)
# "had his ban [overturned]": a causative "have" waits for its participle.
_HAVE_OBJECT = re.compile(r"\b(?:had|has|have|having)\s(?:his|her|their|its)\s[\w-]+$")
# a sale's or a trade's price is its complement: "selling | at a fraction of the price"
_PRICED = re.compile(
    r"\b(?:sell|sells|selling|sold|trade|trades|trading|traded|priced|valued|buy|buying|bought"
    r"|changing hands|fetching)$",
    re.I,
)
# A modal among the last words before "when": "will resign | when ..." is a condition.
_MODAL_WORD = re.compile(r"\b(?:will|would|could|can|may|might|should|must)(?:\s\S+){0,6}$", re.I)
# A subordinate clause just opened (its word and at most three more): a phrase cut would end
# it before its verb's complement.
_SHORT_SUBORDINATE = re.compile(
    r"\b(?:(?:when|while|because|if|unless|although|though|whereas)(?:\s\S+){1,3}"
    r"|(?:after|before|since|until|as)\s(?:he|she|they|it|we|i|you)(?:\s\S+){1,2})$",
    re.I,
)
# a name, its particles and its place: "Société Chimique de Lisreux S.A. of France"
_NAME = r"[A-Z][\w'’.-]*(?:\s(?:(?:of|de|du|des|van|von|der|da|del|la|le|&)\s)*[A-Z][\w'’.-]*)*"
_NAMES_LIST_REST = re.compile(
    rf"{_NAME}(?:,\s{_NAME})*,?\s(?:and|or)\s[A-Z]|\d{{1,3}};\s[A-Z]|(?:and\s)?{_NAME},\s\d{{1,3}}\b"
)  # and a list of names with ages: "are Kwaku Sarfo | , 28; Abdul-Rashid Issah, 24 |; ..."
# "couldn't press | , trap or run its way out of": one word of a series, the rest cut away
_WORDS_LIST_REST = re.compile(r"[a-z][\w'’-]*(?:,\s[a-z][\w'’-]*)*,?\s(?:and|or)\s[a-z]")
_THAT_CLAUSE = re.compile(r"\bthat\s(?=[A-Z])")
"""A reported clause whose subject is a name: its verb may come after the subject's aside."""
# "may hold an unbroken | , 1.2-million-year record": an adjective whose noun is cut away
# (not a noun that ends alike: "the kitchen", "the executive", "a hundred", "the table")
_ADJECTIVE_LEFT = re.compile(
    r"\b(?:a|an|the)\s(?:[a-z][\w'’-]{2,}(?<!hundr)ed|[a-z][\w'’-]{2,}(?:ous|less)|un[a-z]+en"
    r"|broken|hidden|forgotten|stolen|frozen|fallen|chosen|sunken|golden|wooden|written|proven"
    r"|long|new|rare|brief|bitter)$",
    re.I,
)
# a name in apposition, opened after a comma and closed by the cut
_NAME_ASIDE_LEFT = re.compile(
    r"[a-z],\s(?:(?:the|a|an)\s(?:[\w'’.&-]+\s){0,3})?[A-Z][\w'’.&-]*(?:\s[A-Z][\w'’.&-]*){0,4}$"
)  # "its sponsor, the Rostock brewery Nordbräu"
_NOT_MODIFIED = re.compile(r"(?:which|who|whose|where|when|and|but|or|as|after|while)\b")
# A predicate noun after "to be" ("is the man", "were some of the actors"), whose restrictive
# "who"/"which" clause carries what the sentence says of it.
_COPULA_NOUN = re.compile(
    r"\b(?:is|are|was|were|be|been|remains?|remained)\s(?:just\s|only\s|among\s)?"
    r"(?:one|some|many|few|all|most|the|a|an|of)\b[^,;:]*$",
    re.I,
)
_HEDGE = re.compile(  # also a span that limits the claim: "| for the first 45 minutes"
    r"(?:for (?:many|some|most)|in (?:some|many|part)|at least"
    rf"|for the (?:first|last|opening|final|closing) (?:{NUMBER_WORDS}))\b"
)
# A time frame in the clause a cut would drop ("signed a contract | when he moved last July"):
# the claim's time, which stays as in the sentence itself.
_TIME_FRAME_REST = re.compile(
    rf"[^,;:]*?\b(?:(?:last|this|next) (?:week|month|year|season|summer|winter|spring|autumn"
    rf"|{MONTHS})|(?:in|since) (?:19|20)\d\d|ago)\b"
)
# with no comma before "when", a month in its clause too ("covered 1.62 sq km | when it was
# surveyed in October"); after a comma the clause is an aside ("since their peak in 2021,
# when the firm floated in June")
_MONTH_FRAME_REST = re.compile(rf"[^,;:]*?\b(?:in|since) (?:{MONTHS})\b")
# A proposal the claim holds under, anywhere in what a cut drops: "will have to undergo tests
# | for TB and HIV, under plans unveiled by the Conservatives" is no policy yet.
_PROPOSAL = re.compile(r"\bunder (?:[\w'’]+ ){0,2}(?:plans|proposals)\b")
_FIGURE_NEXT = re.compile(  # a level or an age; not a time ("at 9pm"), nor a count ("at 14 sites")
    r"at\s(?:about\s|around\s|just\s)?[$£€¥]?\d(?![\d.]*\s?[ap]\.?m\b|\d?:\d|[\d.,]*\s(?:[a-z-]+\s)?[a-z]+s\b|[\d.,]*\s[A-Z])"
)
_PASSIVE_END = re.compile(r"\b(?:is|are|was|were|be|been|being)\s(?:\w+ly\s)?\w+ed$", re.I)
_AS_QUANTITY = re.compile(r"(?:much|many|little|few|high|low) as\b")
# verbs whose "for" is part of the verb: a cut before it leaves the verb open (not
# "searching", "waiting", "voting": "Rescue teams are still searching" is a claim)
_VERBS_OF_FOR = word_set(
    """prepare prepares prepared preparing apply applies applied applying opt opts opted
    opting account accounts accounted aim aims aimed aiming plead pleads pleaded pleading hope
    hopes hoped hoping sell sells selling fetch fetches fetched fetching retail retails"""
)  # and a price's: "now sells | for between GH¢32 and GH¢38"


_CONDITION = re.compile(r"(?:providing|provided|unless|if|as long as|so long as|only if)\b")


_REST = 400
"""Characters after a cut that its rules read (each reads a phrase or two; reading the whole
rest at every boundary made long input slow)."""


_END = 120
"""Characters before a cut that the patterns anchored at the cut read (the last words)."""


def _last_words(head: str) -> str:
    """The last ``_END`` characters of ``head`` from a word's start, so that a pattern
    anchored at its end is not tried at every character of a long head."""
    if len(head) <= _END:
        return head
    tail = head[-_END:]
    return tail[tail.find(" ") + 1 :]


_KEEPS_FROM = re.compile(
    r"\b(?:keeps?|kept|keeping|stops?|stopped|stopping|prevents?|prevented|preventing|bans?"
    r"|banned|banning|bars?|barred|barring|blocks?|blocked|blocking|deters?|deterred|free|frees"
    r"|freed|freeing)(?:\s+\S+){1,3}$"
    r"|\b(?:banned|barred|stopped|prevented|blocked|kept|deterred|different)$",  # "banned | from"
    re.I,
)


# "prohibits vehicles | with more than 20 seats from entering ...": its "from" is still ahead
_PROHIBITS = re.compile(
    r"\b(?:prohibit(?:s|ed|ing)?|forbid(?:s|den|ding)?|forbade)(?:\s[^\s,;]+){1,8}$", re.I
)
_FROM_AHEAD = re.compile(r"[^,;.]{0,80}?\bfrom\s[a-z]+ing\b")  # not "within ten years from"

_COMPLETES_KEEP = frozenset(("separate", "apart", "away", "safe", "clear", "free", "out", "off"))
"""What completes "keep" without its "from": "keep witnesses separate | from defendants"."""


_POSTURE_END = re.compile(
    r"\b(?<!\ba )(?<!\bthe )(?:(?:lean|sit|stand|kneel|crouch|perch)(?:s|es|ing|ed)?|lies"
    r"|lying|sat|stood|leant|knelt)$"
)
"""A verb of posture, which needs where: the cut's phrase is that (not "takes a look")."""
_BRACING_END = re.compile(r"\b(?:brace[ds]?|bracing|gearing up)$")  # "are bracing | for a cut"
_AND_FIGURE_END = re.compile(r"\band \S*\d[\d,.]*\S*$")
"""A second amount whose phrase, like the first one's, follows it."""
_FIGURE_END = re.compile(r"\d[\d.%-]*$")
_DEICTIC_LEFT = re.compile(
    r",\s(?:this|that|each|every) (?:time|way|one)$|,\s(?:once|again)$", re.I
)
"""A phrase after a comma that points to what comes after it, the head's last words."""


def may_cut(text: str, boundary: re.Match[str]) -> bool:
    """Whether cutting ``text`` at ``boundary`` keeps its claim whole. Each "no" below is a
    cut blind readers judged untrue or unreadable: inside a denial or negation, whose scope
    the cut part may be ("denied that he resigned | because of ..."); a verb's "to", a
    modal's bare verb, a quotation or an "and," left open; a hedge, a condition or a
    time phrase cut away; two names joined by "and" split ("South Korea | and Japan"), or a
    list of names; a noun phrase, a short subordinate clause or a copula's particle left
    without the words it needs; a subject whose verb comes after the cut (or after its
    aside's closing comma)."""
    if not boundary.group().startswith((",", ";", ":")) and _NEGATED.search(
        text, 0, boundary.start()
    ):
        return False
    head = text[: boundary.start()]
    at = boundary.end()
    space = text.find(" ", at)
    following = text[at:space] if space >= 0 else text[at:]  # the word after the cut
    word = boundary.group().strip(" ,;:") or following
    if word == "whose" and _BARE_PERSON_END.search(head):
        return False  # "one of its best-known anglers and a man | whose name ...": which man?
    if leaves_incomplete(text, boundary, head, word):
        return False  # "shows that parts of Grenada, St. Lucia | and ...", "Trailing by 12 points"
    last = head.split()[-2:]  # the two words before the cut
    if distance_left(text, boundary.end(), head):
        return False  # "18 kilometers | to the south-east of Karatobe village"
    if text.startswith("to ", boundary.end()):
        if _ORDERED.search(head):
            return False  # "ordered the Department of Corrections | to release records"
        return bool(last) and bool(
            _PLURAL_NOUN.search(last[-1])
            or last[-1] in _FUNDS
            and _PURPOSE_NEXT.match(text, boundary.end())
        )
    if open_quote(head):
        return False  # "The mentality of the French is 'scrum | ..."
    if boundary.group().startswith(",") and _FIGURE_END.search(head) and following[:1].isdigit():
        return False  # "lost the first two sets 20-25 | , 23-25": a list of figures
    if boundary.group().isspace() and _AND_FIGURE_END.search(head):
        return False  # "Rwf300 for the first two kilometres and Rwf107 | for every additional"
    if _DEICTIC_LEFT.search(head):
        return False  # "..., this time | as a year-round venue": the phrase's complement follows
    if (
        text.startswith("from ", boundary.end())
        and _KEEPS_FROM.search(head)
        and last[-1].lower() not in _COMPLETES_KEEP
    ):
        return False  # "keeps Oakes | from becoming a free agent": the verb needs its "from"
    if ("prohib" in head or "forb" in head) and (
        _PROHIBITS.search(head[-90:]) and _FROM_AHEAD.match(text, boundary.end())
    ):
        return False
    if len(last) == 2 and last[0].lower() in _MODALS and not last[1][:1].isupper():
        return False  # "it could step | in to save ...": the verb's particle or object
    if word == "from" and last[-1:] == ["far"] and last[:1] not in (["so"], ["thus"]):
        return False  # "12 bodies so far | from the rubble" may go, not "far | from ..."
    window = text[boundary.end() : boundary.end() + _REST]
    rest = window.lstrip(" ,-–—")
    end = _last_words(head)
    phrase = boundary.group().isspace()  # a phrase boundary, not a clause's punctuation
    if drops_qualifier(text, boundary, head=head, end=end, rest=rest, word=word):
        return (
            False  # "moved between the river |, the harbor and ...", "would be paid | for within"
        )
    if phrase and (_POSTURE_END.search(end) or _BRACING_END.search(end)):
        return False  # "U Aung Kyaw Soe leans | over a bamboo railing": where, or at what
    if phrase and takes_phrase(end):
        return False  # "since he was a teenager watching | from the sidewalk", "samples taken"
    if boundary.group().startswith(",") and (
        _AUXILIARY.match(rest)
        or (relative_subject(head) or verbless_subject(head))
        and finite_first(rest)
        and rest.split(" ", 1)[0] not in SAID
    ):
        return False  # "Lord Scarman, who led the inquiry, | has died": the verb follows
    if verb_after_aside(rest):
        return False  # "said the developer |, Arvanta Ltd, had missed ...": its verb follows
    if subject_aside_open(head, rest):
        return False  # "Sixty-two works by X, a painter who left | for ..., will go on show"
    if time_clause(head):
        return False  # "The first time Jordan tried to book an appointment |, the ..."
    if _ALLEGED.search(text, boundary.start()):
        return False  # "..., workers claim in a class action": the allegation's credit would go
    if word == "as" and (_AS_OPEN.search(head) or last and last[-1] in ("times", "twice")):
        return False  # "2.4 times as much carbon | as had been assumed"
    if leaves_open(head, end=end, rest=rest, word=word, last=last):
        return False  # "terrain where tunnels | and bridges", "shut its mill | for eight weeks"
    if _HEDGE.match(rest):
        return False  # a hedge: "Yahoo remains synonymous with the internet | for many"
    if _PROPOSAL.search(rest):
        return False  # the claim is a proposal: "..., under plans unveiled by the Tories"
    if _CONDITION.match(rest):
        return False  # a condition: "... unlikely to be prosecuted - providing they ..."
    if re.search(r"\b(?:and|but|or),\s[^,]*$", head):
        return False  # "... of 10 and, in internet years | ..."
    if word == "as" and last and (last[-1].lower() in _AS_BEFORE or _AS_VERBS.search(head)):
        return False  # "by as much | as 40%", "described the win | as the highlight"
    if word == "as" and _AS_QUANTITY.match(text, boundary.end()):
        return False  # "are paying | as much as 70 percent more": a quantity, not a clause
    if phrase and word == "for" and last and last[-1].lower() in _VERBS_OF_FOR:
        return False  # "will expand its R&D center and prepare | for volume production"
    if word in ("after", "before") and last and time_phrase_split(head, word, last[-1]):
        return False  # "..., a week | after winning" is one phrase
    if word == "and" and splits_conjunction(
        text, boundary, head=head, last=last, following=following, end=end, window=window
    ):
        return False  # "a bossy | and controlling government", "four years | and three months"
    opens = word not in ("and", "or", "") and not (phrase and word not in _OPENS_CLAUSE)
    if not opens and clause_split(head, rest):
        return False  # "gain in three months after workers | at one of Chile's mines extended"
    if _BARE_PARTICIPLE.search(end):
        return False  # "managed Cash's career until 1973, quitting | when ..."
    if word == "when" and (
        _TIME_FRAME_REST.match(rest)
        or not boundary.group().startswith(",")
        and _MONTH_FRAME_REST.match(rest)
    ):
        return False  # "signed a three-year contract | when he moved last July"
    if word == "when" and _MODAL_WORD.search(end):
        return False  # "will resign | when the deal closes": a condition, not a time
    if phrase and _HAVE_OBJECT.search(end):
        return False  # "Nathan Hughes had his ban | for ... overturned"
    if word == "with" and _PASSIVE_END.search(end):
        return False  # "is being credited | with a sharp fall": the passive's complement
    if splits_concession(head, rest):
        return False  # "may be 12 years old | and running off a mark of 97, but there was ..."
    if word == "at" and _FIGURE_NEXT.match(rest):
        return False  # "the banner ... ended | at 1992", "closed | at 4,500": a level's figure
    if word == "at" and _PRICED.search(end):
        return False  # "farmers are selling | at a fraction of last month's prices"
    if main_verb_after_relative(head, rest, boundary.group().strip(" ,;:-–—")):
        return False  # "Residents who have dropped off their trash | for free could soon pay"
    if word == "with" and needs_with(end):
        return False  # "Jordan Henderson has provided Liverpool | with a lift"
    if phrase and _COPULA_PARTICLE.search(end):
        return False  # "A timewarp home ... is up | for sale"
    if phrase and _SHORT_SUBORDINATE.search(end):
        return False  # "plunged down the cliff when he leapt | over a fence"
    if phrase and _SUBJECT_GOES_ON.match(rest) and not _AUXILIARY.search(head):
        return False  # "A paedophile with an obsession | with young girls has gone ...": the verb
    if boundary.group().startswith((",", ";")) and _NAMES_LIST_REST.match(rest):
        return False  # "applied to China | , Burma and Zimbabwe", "are Kwaku Sarfo, 28 |; ..."
    if boundary.group().startswith(","):
        if _WORDS_LIST_REST.match(rest):
            return False  # "couldn't press | , trap or run its way out of"
        if _ADJECTIVE_LEFT.search(end) and not _NOT_MODIFIED.match(rest):
            return False  # "may hold an unbroken | , 1.2-million-year record"
        if verb_after_participle_aside(head, rest):
            return False  # "The survey of 2,915 nurses, carried out in August |, paints a"
        if _NAME_ASIDE_LEFT.search(end) and finite_first(rest):
            return False  # "before his firm, Prestige Haus Interior |, stopped operating"
        if (
            finite_first(rest)
            and (that := _THAT_CLAUSE.search(head))
            and not any_finite(marked_words(head[that.end() :]), "that")
        ):
            return False  # "declared that SunHarvest Ltd, of Dandenong South |, contravened"
    if word in ("which", "who") and that_subject_left(head):
        return False  # "and that the hall |, which is used by ..., was closed": its verb follows
    # "were just some of the actors | who attended ...": the claim is in the clause cut away
    return not (word in ("who", "which", "whose") and _COPULA_NOUN.search(end))
