"""Cuts that would leave a verb or a clause without what completes it.

Blind readers judged these cut-offs, misleading or false: a sentence's leading phrase alone
("Trailing by 12 points with a little more than seven minutes left"); a reported clause cut
in its subject before its verb ("shows that parts of Grenada, St. Lucia | and St. Vincent
are subsiding"); a driving verb's object without where it drives it ("to fire Freetown
Rangers | to a 2-1 win", read as sacking the club); "suffering" without what from; "ask"
without what is asked for ("to ask shareholders | for C£3.1 million"); a figure without what
qualifies it ("eight years' imprisonment |, two of which were suspended"); an accusation
without its charge ("accused a factory | , ..., of owing 37 farmers N4.2 million"); a
change's first figure without its second ("rose from 3.6 million liras | before the frost to
4.45 million"); a verb without its particle ("The launch turned | over within minutes", read
false); a concession without the "but" that brings the claim ("may be 12 years old | and
running off a mark of 97, but ..."); a time phrase without its event ("a week | after
winning").
"""

from __future__ import annotations

import re

from .dates import MONTHS, WEEKDAYS
from .object_cuts import (
    HEAD_END,
    aside_cut_open,
    counted_list_cut,
    list_subject_cut,
    makes_for,
    names_cut,
    pair_left_open,
    shared_noun,
    shared_object,
)
from .verbs import SUBJECT_PRONOUNS, any_finite, finite, has_verb, marked_words, word_set

# what opens a sentence's leading phrase: a participle with its preposition or article, a
# preposition or a subordinator
_LEADING_PHRASE = re.compile(
    r"^(?:[A-Z][a-z]{2,}ing\s(?:by|with|to|from|into|in|on|at|for|up|down|out|off|over|through"
    r"|the|a|an|his|her|their|its)|After|Before|During|Despite|Following|Amid|With|Without|In|On"
    r"|At|From|Under|Since|Until|Although|Though|While|When|If|Unless|Because|Through|Throughout"
    r"|(?:Halfway|Midway|Partway) through|Across|Within|Beyond|Like|Unlike|Among|Along)\s"
)
_TIME_LEFT = re.compile(
    r"\b(?:minutes?|seconds?|hours?|days?|weeks?|laps?|games?)\s(?:left|remaining)\b"
)
# a verb that drives its object somewhere, the object at the head's end: the "to" phrase is
# where ("fire Freetown Rangers | to a 2-1 win", "guided the club | to promotion")
_DRIVES_TO = re.compile(
    r"\b(?:fire[sd]?|firing|power(?:s|ed|ing)?|guide[sd]?|guiding|steer(?:s|ed|ing)?"
    r"|propel(?:s|led|ling)?|lift(?:s|ed|ing)?|carr(?:y|ies|ied|ying)|drove|sen[dt]|sends)"
    r"\s(?:\S+\s){0,3}\S+$"
)
_DESTINATION = re.compile(r"to\s(?:a|an|the|their|his|her|its|victory|promotion|safety|\d)")
# a verb whose charge follows its object: "accused a crumb rubber factory at Ekiadolor |,
# Okhuaihe ..., of owing 37 farmers N4.2 million" (accused of nothing said, or of all)
_ACCUSES = re.compile(
    r"(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)\baccus(?:e|es|ed|ing)"
    r"\s(?!of\b)(?:(?!\bof\b)[^.;])*$",
    re.I,
)
_CHARGE_SOON = re.compile(r"[^.;:]{0,100}?\bof\s")
# a charge told by a gerund, its measure after the cut: "convicted of operating a vehicle |
# with a blood-alcohol concentration over 80 milligrams" (operating a vehicle is no offence)
_CHARGED_ACT = re.compile(
    r"\b(?:convicted|charged|accused|guilty|acquitted|cleared|suspected|arrested|fined|jailed"
    r"|sentenced|banned)\s(?:of|with|for)\s[a-z]+ing(?:\s[\w-]+){0,8}$",
    re.I,
)
_MEASURES = word_set("with over")
# an adverb of where that needs its phrase: "can drink water straight | from the tank"
_WHERE_ADVERBS = (" straight", " directly", " right")
_WHERE_WORDS = word_set("from to into onto at out off through back")
# "all" or "every" before a relative clause that says which: "a list of all detainees |
# whose cases had not been sent up" (not all of them), "one of hundreds of farmers | who"
_ALL_OF_THEM = re.compile(
    r"\b(?:all|every|any|some|those|everyone|anyone|one of)\s(?:[\w'’-]+\s){0,4}[\w'’-]+$",
    re.I,
)
_RESTRICTIVE = word_set("who whose that whom")
# a verb's object put after an aside: "to submit to the court |, within one week |, a list
# of all detainees" (submit what?)
_TIME_ASIDE = r"(?:within|by|in|on|before|after|during|over|no later than)\s[^,;]{1,30}"
_GIVEN_TO_END = re.compile(
    r"\b(?:submit|send|hand|deliver|give|present|provide|return|pay)(?:s|ed|ing)?\s(?:to|back)"
    rf"\s[^,;]{{1,40}}(?P<aside>,\s{_TIME_ASIDE})?$"
)
_OBJECT_NEXT = re.compile(
    rf"(?P<aside>{_TIME_ASIDE},\s)?(?:a|an|the|all|any|its|his|her|their)\s"
    r"(?!(?:[\w'’-]+\s){1,3}(?:said|says|told|reported|added)\b)"
)  # not a credit: "handed back to the National Gallery, in March, | the Garda said"
# a verdict that follows its object: "has found the former board chairman of a municipal
# heating company | in Talsi guilty of accepting a bribe" (found him where?)
_FINDS = re.compile(r"\b(?:find|finds|found)\s(?:(?!\b(?:guilty|liable)\b)[^.;])*$", re.I)
_FOUND_GUILTY = re.compile(r"\b(?:found|finds|find)\s(?:not\s)?guilty\s(?!of\b)", re.I)
_VERDICT_SOON = re.compile(
    r"(?:(?!\b(?:who|which|that|pleaded|pleads|admitted|admits|denied|denies)\b)[^.;:,]){0,100}?"
    r"(?<!\bthe\s)(?<!\ba\s)\b(?:guilty|liable|innocent)\b",
    re.I,
)  # in the object's clause (not "a man who pleaded guilty", "the guilty man's home")
# a change's first figure without the second: "rose from 3.6 million liras per kilogram |
# before the frost to 4.45 million liras" (it rose from 3.6 to what, and when?)
_FROM_FIGURE_END = re.compile(r"\bfrom\s(?:(?!\bto\b)[^,;])*\d(?:(?!\bto\b)[^,;])*$")
_TO_FIGURE = re.compile(r"[^,;.]{0,40}?\bto\s(?:about\s|around\s|nearly\s)?[£$€]?\d")
_ASKS = re.compile(r"\bask(?:ed|s|ing)?(?:\s+(?!to\b)\S+){1,3}$")  # not "asked to step down | for"
# what qualifies the figure before the cut: "eight years' imprisonment, | two of which were
# suspended" (not ", two of them with serious injuries": extra detail, the claim stands)
_PART_OF_FIGURE = re.compile(
    r"(?:with\s)?(?:one|two|three|four|five|six|seven|eight|nine|ten|half|all|most|some|none"
    r"|\d+)\sof\s(?:(?:which|whom)\s(?:was|were|is|are|will|would|had|have)\b"
    r"|(?:those|these|them)\s(?:\w+\s)?suspended\b)"
)  # and "sentenced to 10 years |, with five of those years suspended" (read misleading)
# "over" with no object of its own: a particle ("turned over within minutes", "taken over.")
_RELATIVE_VERB_END = re.compile(
    r"\b(?:which|that)\s(?:[a-z]+ed|sold|cost|paid|fell|rose|won|lost)$"
)
_PROVIDE_END = re.compile(
    r"\b(?:provid|suppl|equipp?)(?:e|es|ed|ing|y|ies|ied)\s(?:them|him|her|us)$"
)
_LEFT_END = re.compile(r"\b(?:was|were|been|being|is|are) left$")
_PARTICLE_OVER = re.compile(r"over(?:\s(?:in|on|at|within|after|by|near|and|as)\b|[,.;]|$)")
# a verb's particle and its object: "handed | over the keys" (not "chicken | over the next")
_OVER_OBJECT = re.compile(r"over\s(?:the|a|an|his|her|its|their|our)\s(?!(?:next|past|last)\b)")
_ED_END = re.compile(r"\b[a-z]{3,}ed$")
_PAST_END = re.compile(r"\b(?:[a-z]+ed|[a-z]*ook|[a-z]+ken|[a-z]*ew|(?:sh|bl|thr|fl|gr|kn)own)$")
_SUFFERING = re.compile(r"\bsuffer(?:s|ed|ing)?$", re.I)
_REPORTED_THAT = re.compile(
    r"\b(?:says?|said|shows?|showed|shown|finds?|found|claim(?:s|ed)?|believes?|believed"
    r"|argue[sd]?|warn(?:s|ed)?|rule[sd]?|declare[sd]?|reveal(?:s|ed)?|suggest(?:s|ed)?"
    r"|indicate[sd]?|confirm(?:s|ed)?|announce[sd]?|insist(?:s|ed)?|admit(?:s|ted)?"
    r"|den(?:y|ies|ied)|reported|reports|estimate[sd]?|conclude[sd]?|note[sd]?|agree[sd]?"
    r"|decide[sd]?|order(?:s|ed)?|told\s\S+|inform(?:s|ed))\sthat\s"
)


# a telling verb and its object before the reported clause: "wishes to inform the general
# public that on Saturday personnel of the Wellington Police Division |, supported by ..."
_INFORMS = r"advis(?:e|es|ed|ing)|inform(?:s|ed|ing)?|notif(?:y|ies|ied|ying)|remind(?:s|ed|ing)?"
_INFORMED_THAT = re.compile(
    rf"\b(?:{_INFORMS})"
    r"(?:\s(?!of\b)[^\s,;]+){1,5}\sthat\s(?!(?:day|night|week|month|year|morning|time|rule)\b)"
)
# the aside cut into closes and the clause's verb follows it ("..., originally due in
# October, is now scheduled", "..., supported by officers of the OSD, conducted a raid")
_VERB_AFTER_ASIDE = re.compile(  # or after the reported clause's subject: "reported that
    # sometime overnight, | the building had been forced open"
    r"(?:[^;.]{0,160}?,\s)?(?:(?:the|a|an|his|her|its|their|this|these|those)\s"
    r"(?:(?!that\s|which\s|who\s)[\w'’-]+\s){0,3})?(?:is|are|was|were|has|have|had|will|would|can"
    r"|could|may|might|must|should|[a-z]{3,}ed)\s"
)
# a verb of telling and its object, whose "that" clause is what is told: "GPL wishes to
# advise its customers | in Berbice that load shedding will continue" says nothing cut there
_TELLS = re.compile(
    rf"\b(?:{_INFORMS}"
    r"|(?:re)?assur(?:e|es|ed|ing)|tell(?:s|ing)?|told|warn(?:s|ed|ing)?|convinc(?:e|es|ed|ing)"
    r"|persuad(?:e|es|ed|ing)|brief(?:s|ed|ing)?)"
    r"\s(?!(?:of|about|against|on)\b)[^\s,;]+(?:\s[^\s,;]+){0,7}$",  # not "warned of famine"
    re.I,
)
# a promise or a threat, whose condition is part of the claim: "Fishermen say they will tie up
# part of the fleet | unless the Regional Government agrees to help" (read misleading)
_CONDITION_SOON = re.compile(
    r"(?:[^,;.]{0,50}?\s)?(?<!even )(?<!\bas )(?<!check )(?<!checks )(?<!see )(?<!ask )"
    r"(?<!question )(?<!clear )(?:unless|if)\s"
)  # not "even if" (the claim holds), "as if", nor "check if" (whether)
_PROMISED = re.compile(
    r"\b(?:will|would|'ll|’ll|threaten(?:s|ed)?|vow(?:s|ed)?)\b"
    r"|\bwarn(?:s|ed)?\sthat\b[^.;]{0,120}\b(?:could|may|might)\b",
    re.I,
)  # and a warning's modal: "have warned that ... could be tied up for good | before ... unless"
# a verb that lets or makes its object do something: "has allowed researchers | at the
# University of Padova to reconstruct ..." says nothing without what they could do
_LETS = re.compile(
    r"\b(?:allow(?:s|ed|ing)?|enabl(?:e|es|ed|ing)|permit(?:s|ted|ting)?|forc(?:e|es|ed|ing)"
    r"|compel(?:s|led|ling)?|urg(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|requir(?:e|es|ed|ing)"
    r"|invit(?:e|es|ed|ing))(?:\s(?!(?:to|out|of|into|from|in|on|at|by|with|off|up|down|away"
    r"|back|over|through|for)\b)[^\s,;]+){1,4}$",  # its object, not "forced | to", "forced out"
    re.I,
)
_BARE_PLURAL_END = re.compile(r"\b(?:by|to|for|of|among|from|with)\s[a-z]+s$")
# a second place and then a verb with no subject of its own: the subject is before the cut
_PLACE_THEN_VERB = re.compile(  # a plural's verb: not "and on Sunday was said to be critical"
    rf"(?:in|on|at|near|across)\s(?:the\s)?(?!(?:{WEEKDAYS}|{MONTHS})\b)"
    r"(?:[A-Z][\w'’.-]*\s){1,4}(?:were|are|have)\s"
)
_TO_SOON = re.compile(r"[^,;.]{0,60}?\bto\s(?!the\b|a\b|an\b|\d)[a-z]+\b")
_THAT_SOON = re.compile(
    r"[^,;.]{0,80}?\bthat\s(?!(?:day|night|week|month|year|morning|evening|afternoon|time"
    r"|weekend|season)\b)"
)


def open_report(head: str, informed: bool = False) -> bool:
    """Whether ``head`` ends inside a reported clause that has no verb yet ("a network of
    receivers shows that parts of Grenada, St. Lucia"): cut before "and", the clause's
    claim goes. Asked only there: the rules miss bare present verbs ("show that women earn
    ..."), and a list's "and" is where the subject runs on."""
    if " that " not in head:
        return False
    ends = [m.end() for m in _REPORTED_THAT.finditer(head)]
    if informed:
        ends += [m.end() for m in _INFORMED_THAT.finditer(head)]
        ends.sort()
    if not ends:
        return False
    words = marked_words(head[ends[-1] :])
    if len(words) > 1 and words[0] in SUBJECT_PRONOUNS:
        return False  # "confirmed that they plan to take a break": a pronoun's verb follows it
    return not any_finite(words, "that")


def cuts_reported_clause(head: str, rest: str) -> bool:
    """Whether a cut at a comma parts a reported clause from its verb: "The owner reported that
    sometime overnight |, the building had been forced open"."""
    return " that " in head and bool(_VERB_AFTER_ASIDE.match(rest)) and open_report(head, True)


def leading_phrase_only(head: str) -> bool:
    """Whether ``head`` is a sentence's leading phrase alone, with no verb ("Trailing by 12
    points with seven minutes left", whose "left" is none): the clause is after the cut
    ("Lending to small businesses fell ..." has its verb)."""
    return (
        "," not in head
        and bool(_LEADING_PHRASE.match(head))
        and not has_verb(_TIME_LEFT.sub("", head))
    )


_CONCESSION = re.compile(r"\b(?:may|might)\s(?:well\s)?be\s([\w-]+)", re.I)
"""A conceded state ("may be 12 years old"): what follows "but" is the claim. Not "may have
done": its head alone reads as a claim, and what followed it in BBC train was worse; nor a
passive ("jobs may be lost as ...": a claim of its own)."""
_BUT_NEXT = re.compile(r"(?:^|[\s,;])but\s")
_REST = 400
"""Characters after a cut that the concession rule reads."""


def leaves_incomplete(text: str, boundary: re.Match[str], head: str, word: str) -> bool:
    """Whether cutting ``text`` at ``boundary`` (``head`` before it, ``word`` the boundary's
    word or the first after it) leaves a leading phrase alone, a reported clause before its
    verb, or a verb without its complement."""
    if leading_phrase_only(head):
        return True
    comma = boundary.group().startswith(",")
    if comma and head.startswith(("Of the ", "Of those ", "Of these ")) and "," not in head:
        return True  # a part of a whole, cut at its comma: "Of the 118 licensed kilka vessels"
    at = boundary.end()
    if word == "and" and open_report(head):
        return True
    if comma and " that " in head and cuts_reported_clause(head, text[at:]):
        return True
    if comma and head.startswith("According to ") and "," not in head:
        return True  # "According to court documents and information presented at sentencing"
    end = head[-HEAD_END:]
    rest = text[at : at + HEAD_END].lstrip(" ,-–—")
    near = rest[:80]  # the patterns below only where they can match
    return bool(
        word == "to"
        and _DRIVES_TO.search(end)
        and _DESTINATION.match(text, at)
        or word == "from"
        and _SUFFERING.search(end)
        or word == "for"
        and _ASKS.search(end)
        or word == "with"
        and end.endswith("charged")  # "appeared in court charged | with importing ..."
        or word in _MEASURES
        and "ing" in end
        and bool(_CHARGED_ACT.search(end))
        or word in _WHERE_WORDS
        and end.lower().endswith(_WHERE_ADVERBS)
        or comma
        and object_after_aside(end, rest)
        or word in _RESTRICTIVE
        and boundary.group().isspace()
        and bool(_ALL_OF_THEM.search(end))
        or _PART_OF_FIGURE.match(rest)
        or " from " in end  # the patterns only where they can match
        and bool(_FROM_FIGURE_END.search(end))
        and bool(_TO_FIGURE.match(rest))
        or "guilty" in end.lower()
        and "of " in rest[:100]
        and bool(_FOUND_GUILTY.search(end))  # "found guilty X, board member of Y, | of giving"
        and bool(_CHARGE_SOON.match(rest))
        or ("guilty" in rest[:110] or "liable" in rest[:110] or "innocent" in rest[:110])
        and bool(_FINDS.search(end))
        and bool(_VERDICT_SOON.match(rest))
        or " of " in rest[:100]
        and bool(_ACCUSES.search(end))
        and bool(_CHARGE_SOON.match(rest))
        or word == "over"
        and (
            _PARTICLE_OVER.match(rest)
            and _PAST_END.search(end)
            or _OVER_OBJECT.match(rest)
            and _ED_END.search(end)
        )
        or "that " in near
        and bool(_TELLS.search(end[-90:]))
        and bool(_THAT_SOON.match(rest))
        or ("unless " in near or "if " in near)
        and bool(_PROMISED.search(end))  # "will tie up part of the fleet | from next week
        and bool(_CONDITION_SOON.match(rest))  # unless ..."
        or " to " in near
        and bool(_LETS.search(end[-70:]))
        and bool(_TO_SOON.match(rest))
        or comma
        and (aside_cut_open(end, rest) or names_cut(end, rest))
        or word == "and"
        and (shared_noun(end, rest) or shared_object(end, rest) or pair_left_open(end, rest))
        or word == "from"
        and end.endswith(" off")  # "cut Crescent City off | from points south"
        or end.endswith(" left")
        and bool(_LEFT_END.search(end))  # "after a man was left | with a fractured skull"
        or end.endswith((" them", " him", " her", " us"))
        and bool(_PROVIDE_END.search(end))  # "to provide them | with shelter and food"
        or boundary.group().isspace()
        and ("which " in end or "that " in end)
        and bool(_RELATIVE_VERB_END.search(end))  # "tubers which sold | for between GH¢45"
        or (word == "and" or comma)
        and counted_list_cut(end, rest, word, comma)
        or word == "and"  # "2,400 customers in the north end | and in South Stormont were
        and (bool(_PLACE_THEN_VERB.match(rest)) or list_subject_cut(head, rest))  # in the dark"
        or word == "who"  # "were won by athletes | who had never before taken a title": the
        and boundary.group().isspace()  # clause says which ones (read misleading without it)
        and bool(_BARE_PLURAL_END.search(end))
        or word == "for"
        and makes_for(end)  # "... ebb tide under the Bridge of Lions made | for a demanding"
    )


def object_after_aside(head: str, rest: str) -> bool:
    """Whether a cut at a comma leaves a verb of giving before an aside that holds its object
    back: "to submit to the court |, within one week, a list of ..." or "to submit to the
    court, within one week |, a list of ..." (one aside, before the cut or after it)."""
    end = head[-HEAD_END:]
    if " to " not in end and " back " not in end:
        return False  # the patterns only where they can match
    given, following = _GIVEN_TO_END.search(end), _OBJECT_NEXT.match(rest)
    return bool(given and following) and bool(given["aside"]) != bool(following["aside"])


def splits_concession(head: str, rest: str) -> bool:
    """Whether ``head`` concedes ("X may be 12 years old") and ``rest`` still holds the "but"
    that brings the claim: the head alone would doubt what the article states."""
    if "but" not in rest[:_REST] or not (conceded := _CONCESSION.search(head)):
        return False  # the substring first: a cheap "no" at most boundaries
    # "may be lost": a passive, a claim of its own
    return not finite(conceded[1].lower(), None) and bool(_BUT_NEXT.search(rest, 0, _REST))


_TIME_NOUNS = word_set(
    "day days week weeks month months year years hour hours minutes shortly soon just long"
)
# "in four years", "for two weeks": a time frame that ends before "after", not "a week after"
_FRAME_BEFORE_TIME = re.compile(
    r"\b(?:in|for|over|within)\s+(?:(?:at least|up to|about|around|nearly|almost|more than"
    r"|another|the next|the past|the last)\s+\w+\s+)?(?:\w+\s+)?\w+$",
    re.I,
)  # and a span's bound: "closed for at least three weeks | after a landslip", "climb over
# the next three years | after the council voted"
_THIS_PERIOD_END = re.compile(r"\b(?:this|last|next) (?:week|month|year)$", re.I)
"""A period the claim is placed in, which "after" may follow ("weeks late this year | after
the coldest March"; not "before": "reported a record profit last year | before auditors
forced it to restate" says the opposite without it)."""


def time_phrase_split(head: str, word: str, last: str) -> bool:
    """Whether a cut at "after" or "before" (``word``) splits a time phrase: "a week | after
    winning" is one; "the most in four years | after ..." and "late this year | after the
    coldest March" end a time frame."""
    return (
        last.lower() in _TIME_NOUNS
        and not _FRAME_BEFORE_TIME.search(head)
        and not (word == "after" and _THIS_PERIOD_END.search(head))
    )
