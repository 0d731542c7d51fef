"""Word pairs of opposite meaning in news ("rose"/"fell", "turned down"/"up"), one table for
the faithfulness check (a copied sentence with one word reversed) and the corruption
benchmark that tests the scorer (``eval/corruptions.py``)."""

from __future__ import annotations

_PAIRS = """
rise fall|rises falls|rose fell|risen fallen|rising falling|buy sell|buys sells|bought sold
buying selling|win lose|wins loses|won lost|winning losing|increase decrease|increases decreases
increased decreased|up down|higher lower|more fewer|gain loss|gains losses|profit loss
profits losses|accept reject|accepted rejected|accepts rejects|approve reject|approved rejected
support oppose|supports opposes|supported opposed|backed opposed|guilty innocent|before after
start end|starts ends|started ended|open close|opens closes|opened closed|join leave|joins leaves
joined left|hire fire|hired fired|strong weak|stronger weaker|best worst|first last|largest smallest
biggest smallest|success failure|successful unsuccessful|boost cut|boosted cut|raise cut|raised cut
raises cuts|allow ban|allowed banned|allows bans|lift impose|lifted imposed|agree refuse
agreed refused|agrees refuses|ally rival|cheaper dearer|cheap expensive|new old|record lowest
high low|top bottom|ahead behind|early late|earlier later|pass fail|passed failed|passes fails
grow shrink|grew shrank|growth decline|expand shrink|expanded shrank|strengthen weaken|surge plunge
surged plunged|jump drop|jumped dropped|jumps drops|leads trails|led trailed|lead trail|beat lost to
beats loses to|confirmed denied|confirms denies|admitted denied|admits denies|praised criticised
praises criticises|welcomed condemned|welcomes condemns|save cut|saves cuts|saved cut|create cut
created cut|creates cuts|end extend|ended extended|ends extends|resign stay|resigned stayed
""".replace("\n", "|")
_PAIR_LIST = [p.strip().split(" ", 1) for p in _PAIRS.split("|") if p.strip()]
ANTONYMS: dict[str, str] = {}
for _a, _b in _PAIR_LIST:
    ANTONYMS.setdefault(_a, _b)
    ANTONYMS.setdefault(_b, _a)
OPPOSITES: frozenset[frozenset[str]] = frozenset(frozenset(pair) for pair in _PAIR_LIST)
"""Every pair, both ways: {"cut", "raise"} as well as {"cut", "boost"}."""
