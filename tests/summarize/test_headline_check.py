"""The headline check against a labelled set, the chooser that uses it, and full names.

The labelled set (data/headline_labels.jsonl) holds the issue's three failures, a few
hand-made headlines, the 209 BBC dev salience headlines of commit 1c9f5df labelled by
reading ("bad": cut off, verbless, a cold pronoun or connective opening, a question), and
the headlines judged nonsense in two held-out readings of BBC train (their "source").
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from summarize.budget import PRESETS, Budget, count_words
from summarize.document import Document
from summarize.extractive.headline_check import problems, readable
from summarize.extractive.names import given_names, with_full_names
from summarize.extractive.salience import SalienceMethod
from summarize.headline import candidates

LABELS = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "headline_labels.jsonl").open(encoding="utf-8")
]


@pytest.mark.parametrize(
    "text,problem",
    [
        ("The Conservatives would put tax cuts", "cut off"),
        ("The former minister admitted", "cut off"),
        ("The UK's biggest brewer, Scottish and Newcastle", "verbless"),
        ("Novelist Arthur Hailey was known", "cut off"),
        ("Nearly a quarter of heart patients are readmitted within a month, mainly", "cut off"),
        ("The 71-year-old club was weeks away", "cut off"),  # final7: from what
        ("Halifax-based Harbourlight Entertainment has opened a $4.2-million", "cut off"),
        ("The second round of the elections brought out more voters --", "cut off"),
        ("The finds were made", "cut off"),  # final81's: where, when or by whom cut away
        # final82's: a leading phrase alone, a "that" clause's plural subject, "most" and -ed
        ("Trailing by two runs with two outs and nobody on in the bottom of the ninth", "verbless"),
        (
            "The trial, which involved 38 GP practices across Staffordshire and Stoke-on-Trent, "
            "found that patients",
            "cut off",
        ),
        (
            "Construction of a centralised wastewater treatment plant for Duong Lieu, one of "
            "Hanoi's most polluted craft villages",
            "verbless",
        ),
        # final83's: an -ed adjective and a name, an aside opened after "that", a plural after
        # a verb of telling, a count's plurals after a leading phrase
        ("Retired headmaster and veteran cricket umpire Cecil Ovid Hinds", "verbless"),
        (
            "The Judiciary of the Republic of Trinidad and Tobago wishes to advise the public "
            "that, with effect",
            "cut off",
        ),
        ("Hamid-Reza Sadeqpour told IRNA that fishing vessels", "cut off"),
        ("The study found that people", "cut off"),
        ("Down to their last two outs and trailing by three runs", "verbless"),
        ("The rest stayed in port", "cold opening"),
        ("The most wanted list", "verbless"),  # the second review's: "The" and "least" too
        ("A grant for the UK's least visited national park", "verbless"),
        # final84's: what was said, long, with no verb; a comparison's second half alone
        (
            "Rommel T. Sarabia, general manager of SunPeak Mindanao Energy Solutions said a "
            "three-kilowatt rooftop system good",
            "cut off",
        ),
        ("Too does the seasonal tide of plastic, wood", "cold opening"),
        # the third review's: a part of a whole with its credit; an aside after "That,"
        ("Of the 118 licensed kilka vessels, says provincial fisheries director", "verbless"),
        ("Police said that, in the early hours of Sunday", "cut off"),
        ("That, in the early hours of Sunday", "cut off"),
        # final85's: a call's "for" cut away; the second review's: a reported plural after any
        # verb in the past, and after "told" and its listener
        (
            "The losses, which the men put at well over £25,000, have prompted renewed calls",
            "cut off",
        ),
        ("The inquiry heard that nurses", "cut off"),
        ("The judge ruled that landlords", "cut off"),
        ("A spokeswoman told the BBC that passengers", "cut off"),
        ("Hamid-Reza Sadeqpour told IRNA that fishing vessels", "cut off"),
        # final86's: a count's plurals and their place, no verb; a pronoun after an opening
        # adverb or phrase
        ("Twenty-seven elementary school teachers from eleven outer atolls", "verbless"),
        ("Usually they left with a paper cone of sauerkraut", "cold opening"),
        ("During the war she worked", "cold opening"),
        # final89's (read on the submitted code): a participle's phrase whose "towards" read as
        # a verb, a speaker's "I" after "When", a date's year left by a cut, a relative's
        # credit ("Which says ...")
        (
            "Played in blustery conditions with a strong wind blowing towards the road end",
            "verbless",
        ),
        (
            "When I started teaching here in 1981, there were children in every classroom",
            "first person",
        ),
        (
            "2011, Agnes Novotny watched from her kitchen window as the flames climbed",
            "cold opening",
        ),
        (
            "Which says it has 1,460 registered members, according to the association",
            "cold opening",
        ),
        ("Russian oil firm Yukos lied to a US court in an attempt", "cut off"),
        ("They will seize land owned by a British company", "cold opening"),
        ("What is the gap between Labour and the Tories nowadays?", "question"),
        ("The fate of Russia's Yuganskneftegas - the oil firm sold", "cut off"),
        # failures of held-out readings of BBC train
        ("The internet could soon have two new domain names, aimed", "cut off"),
        ("A New York court ruled that former FBI man Jeffrey Royer", "cut off"),
        ("Fortunately, it doesn't merely live up to its promise", "cut off"),
        ("Stan Lee, the man responsible for a string of comic superheroes", "verbless"),
        ("Sixways", "too short"),
        # other outlets' pages (probe-outlets-final9)
        ("Crook County Sheriff's deputies arrested two men in connection", "cut off"),
        ("The derelict building in the municipality of Forest that has stood empty", "verbless"),
        # probe-outlets-final44: a subject and a long credit, its verb cut away
        (
            "Adults, according to a University of Alabama at Birmingham study published today in "
            "the journal Hypertension",
            "verbless",
        ),
        # probe-outlets-final16: a subject after a verbless opening is no verb
        ("Starting next August, classes at the district's four public high schools", "verbless"),
        (
            "Trained a few miles from the course at Slaley by permit-holder Alison Tweddle",
            "verbless",
        ),
        ("Over the next few months", "verbless"),  # "few" is no subject of a verb "months"
        ("Senior officer Carla Hinds said that was a third fewer than expected", "cold opening"),
        ("Blair said that was the right decision", "cold opening"),  # what "that" is, is left out
        # a "that" clause that opens on a time, its verb cut away
        ("The letter cites figures showing that between July and September", "cut off"),
        # probe-outlets-final39: a gerund's subject, its verb cut away
        ("Field trials show that sowing a mixture of radish and rye into maize", "cut off"),
        # probe-outlets-final32
        ("The device, a small scanning spectrometer housed in a steel box", "verbless"),
        ("In a letter addressed to the club's executive committee", "verbless"),
        ("Police arrested two men after a high-speed chase along the N3 that ended", "cut off"),
        ("The Competition Tribunal has approved, subject to conditions", "cut off"),
        ("Of those, seven people were admitted to hospital", "cold opening"),
        # probe-outlets-final33
        ("Passing an interim order, a bench of the court directed the state government", "cut off"),
        ("Halfway through what had looked like one of the better wheat crops in years", "verbless"),
        ("Until it was bought by the American conglomerate Harlow Industries in 2015", "cut off"),
        # probe-outlets-final34: a subject and an aside opened on a phrase, never closed
        ("The Negros Cane Growers Alliance, in a resolution passed", "verbless"),
        # probe-outlets-final35
        ('The findings were shared at a seminar titled "Microbes and Rice" held', "cut off"),
        ("Mysuru: After months of tussle between street vendors and shopkeepers", "verbless"),
        # probe-outlets-final36: what the sentence before named, said to be missing
        ("No reason was given", "cold opening"),
        ("No names have been released by police", "cold opening"),
        # probe-outlets-final37: a pronoun subject after a leading phrase with no name
        ("In default of the fine, he will have to serve a further six months", "cold opening"),
        # probe-outlets-final38: a time clause alone
        ("Two years after it was launched to great fanfare", "cut off"),
        ("After the meeting, this was described by officials as a breakthrough", "cold opening"),
        # probe-outlets-final66: a day's capital names no one "she" could be
        ("On Saturday, she was the one doing the passing", "cold opening"),
        ("On Christmas Eve, he was arrested in Leeds", "cold opening"),
        ("On Sept. 5, he was arrested in Leeds", "cold opening"),
        # probe-outlets-final55: a count and its plural at the end, no verb before them
        ("DONALD Kennedy's hail four minutes", "verbless"),
        # probe-outlets-final74: a "what" clause alone, its credit after it
        ("What they found, says biologist Dr. Anika Brenner", "verbless"),
        # probe-outlets-final76: a count at the end with no verb; a reported clause ending on
        # a name, its verb cut away
        ("A towering header from skipper Josh Sanders two minutes", "verbless"),
        ("The High Court here declared that 14 Iban villagers from Rumah Jenang", "cut off"),
        # final78: a part of a group named before
        ("Nineteen of them are women, the highest number in a single intake", "cold opening"),
        # final78's rules: a subject and its relative clause alone; "it" with nothing before;
        # what was said with no verb of its own
        ("A slide that came down across both lanes of U.S. Highway 101", "verbless"),
        ("No vehicles were caught in it", "cold opening"),
        # final79: a list a colon announces, cut inside
        ("The arrested persons are: a male suspect", "cut off"),
        (
            "The chairman of the association, Mr Issahaku Dassana, said a hundred tubers",
            "cut off",
        ),
    ],
)
def test_the_issues_failures_are_flagged(text: str, problem: str) -> None:
    assert problem in problems(text)


@pytest.mark.parametrize(
    "text",
    [
        "Head of Nasa resigns",
        "Price of oil falls again",
        "Jailed man freed by appeal court judges",  # a participle before its noun
        "Ahmed at the double as Egypt reach final",  # a name in -ed
        "Prime minister says this is the moment to rebuild Britain",
        "Several were taken to hospital",
        "Officials and residents say the bridge is unsafe",  # a word in -s before "and"
        "Life expectancy in Glasgow is 10 years lower than that in Edinburgh",  # "that": a pronoun
        "In London, Sony's shares fell 4%",
        "Dr Carla Hinds said the clinic was the right decision",
        "Man, 45, charged with murder",
        "Type I diabetes cases double in Britain",
        "Scottish and Newcastle raised its profit forecast",
        "The former minister admitted taking bribes",
        "Sir Anthony Meyer died",
        # not a name and an aside, nor a "that" clause without a verb, nor a "not only"
        "In Baghdad, a bomb killed 20 people",
        "Near Baghdad, a bomb killed 20 people",
        "Unfortunately, the firm lost £5m",
        "Yesterday, the Bank of England raised interest rates",
        "Tesco Stores, the UK's biggest grocer was fined",
        "A study found that most teenagers prefer texting to calling",
        "Obesity is not just a cosmetic problem, doctors warn",
        "Inflation is not only a US problem",
        "Unfortunately for him, the entire incident was caught on a tourist's camera",
        "Tony Blair, the prime minister, has resigned",
        "Chart-topping pop band Busted confirmed that they plan to take a break",
        "The Brazilian government played down claims that it could step in",
        "Sales of hybrid cars in the US are set to double, research suggests",
        "The BBC is to invest £9m in developing new comedy",
        "A man who attacked a pensioner has been jailed",
        '"Welcome to CeBit 2005" was the message',
        "The last year has seen one player dominate men's tennis",
        "The company, founded in 1990, went bust",
        "Mr Blair, speaking in London, said the plan works",
        "Police say that three men were arrested",
        "The debate over file-sharing networks rages on",
        "In a blow to Airbus, Boeing has won the order",
        "Last season, United finished second in the league",
        "Despite the rain, nothing was lost at the fair",
        "Workers who strike will lose pay",
        "Blair said it was the right decision",
        "The government will do that by 2010",
        "Will Smith wins best actor award",
        "May sales rose by 5%",
        "Shares in BP rose as well",
        "The bank was rated as high risk",
        "A man who will face trial has been jailed",
        "People who use dial-up connections can be affected by the scams",
        "Adopting that hallowed title somewhat backfires on this new game",
        "Householders who injure or even kill intruders are unlikely to be prosecuted",
        "The poll put 45% of voters against the constitution and 24% in favour",
        "Thousands of civil servants walked out in protest",
        # a name in the leading phrase gives the pronoun; a dummy "it" points nowhere
        "After Smith resigned, he joined the board of the bank",
        "Since then, prices have doubled in the capital",
        "No decision was reached at the OPEC meeting in Vienna",  # it says which decision
        "Days after the floods receded residents returned to their homes",  # no comma: a clause
        "Under the new rules, those earning more than £100,000 will lose their allowance",
        "Rangers won by three goals",  # a verb before the count
        "The closure of the steelworks cost the town three thousand jobs",  # a verb unseen
        "Germany's economy shrank 0.2% in the last three months of 2004, upsetting hopes",
        # an intransitive verb after an aside (probe-outlets-final63)
        "A cashew processing factory in Angoche, on the coast of Nampula province, reopened",
        "What happened next shocked the town",  # the "what" clause's own verb and the main one
        "What they found suggests cold water saves trout",
        "The club signed three players",
        "Ministers confirmed that 14 schools will close in Powys",
        # the second review's: a verb these rules do not read, a name before a count
        "The Supreme Court has declared that the law violates the Constitution",
        "Judge gives Trump ten days",
        "The man who shot two police officers died in hospital",
        "The audit report indicates that the authority paid 214 nursery operators",
        "Officials said 12 people died",
        # the third review's: a verb of reporting before "that"; a credit after its claim; "it"
        # named before it; "says a lot"
        "The results show that the drug cuts the risk of a heart attack by a third",
        "Prices will keep climbing, said the finance minister",
        "The council has bought the derelict Regal cinema and plans to invest £2m in it",
        "The signing of the Brazilian forward says a lot about the club's ambitions",
    ],
)
def test_clauses_pass(text: str) -> None:
    assert readable(text), problems(text)


def test_measured_on_the_labelled_set() -> None:
    """Precision and recall of "flagged" for "bad" on all 225 labelled headlines. The rules
    were written while reading these same headlines, so this is not a held-out figure."""
    flagged = [bool(problems(r["text"])) for r in LABELS]
    bad = [r["bad"] for r in LABELS]
    hits = sum(f and b for f, b in zip(flagged, bad, strict=True))
    assert (len(LABELS), sum(bad)) == (225, 64)
    assert hits / sum(flagged) >= 0.95  # 47 / 49 at this commit
    assert hits / sum(bad) >= 0.73  # 47 / 64: six of the ten held-out failures still missed


SHORT = replace(PRESETS["headline"], max_words=14)  # shorter than the sentences under test

WMC = (
    "Australian mining firm WMC Resources has said it is worth up to 30% more than a hostile "
    "7.4bn Australian dollar ($5.8bn; £3bn) bid by rival Xstrata. There is now pressure on "
    "Swiss-based Xstrata to increase its takeover offer. A report from investment firm Grant "
    "Samuel in WMC defence documents values WMC shares at A$7.17 to A$8.24."
)


def test_chooser_skips_a_first_sentence_that_cannot_keep_its_credit() -> None:
    doc = Document.from_text(WMC)
    # "WMC Resources says it is worth up to 30% more than ..." has no clean cut in 14 words
    assert candidates(doc.sentences[0].text, SHORT) == []
    chosen = SalienceMethod().summarize(doc, SHORT)
    assert (
        chosen.text == "There is now pressure on Swiss-based Xstrata to increase its takeover offer"
    )
    assert readable(chosen.text)


def test_a_long_first_sentence_is_the_headline_before_a_later_one() -> None:
    # the preset has room for the whole first sentence: the news, not its consequence
    chosen = SalienceMethod().summarize(Document.from_text(WMC), PRESETS["headline"])
    assert [s.index for s in chosen.sources] == [0]
    assert chosen.text == (
        "WMC Resources says it is worth up to 30% more than a hostile 7.4bn Australian "
        "dollar bid by rival Xstrata"
    )
    assert count_words(chosen.text) > 14


MITTAL = (
    "Mittal Steel, one of the world's largest steel producers, could cut up to 45,000 jobs "
    "over the next five years, its chief executive has said."
)


def test_a_condition_is_never_dropped_from_a_claim() -> None:
    sentence = (
        "If the proposed takeover by the German group collapses next week, about 2,000 workers "
        "at the Port Talbot steelworks will lose their jobs, unions warned on Monday."
    )
    found = candidates(sentence, PRESETS["headline"])
    assert not any(c.startswith("About 2,000 workers") for c in found)


def test_the_main_clause_after_a_leading_clause_is_cut_too() -> None:
    sentence = (
        "More than two years after the foundation stone was laid, the rail overbridge at the "
        "Koodal Nagar level crossing remains half-built, forcing thousands of commuters, school "
        "vans and ambulances to wait at the gates for up to 20 minutes."
    )
    found = candidates(sentence, PRESETS["headline"])
    assert "The rail overbridge at the Koodal Nagar level crossing remains half-built" in found


def test_a_verb_that_pairs_two_things_keeps_its_with() -> None:
    sentence = (
        "The study, published today in the Journal of Urban Ecology, is the first to combine "
        "GPS tracking of wild hedgehogs with a large citizen science survey of garden boundaries."
    )
    found = candidates(sentence, PRESETS["headline"])
    assert not any(c.endswith("wild hedgehogs") for c in found)


def test_candidates_are_cuts_of_the_sentence_within_budget() -> None:
    found = candidates(MITTAL, SHORT)
    assert found[0] == "Mittal Steel could cut up to 45,000 jobs, says chief executive"
    assert "Mittal Steel, one of the world's largest steel producers, could cut up" not in found
    assert all(SHORT.fits(c) for c in found)
    words = set(MITTAL.lower().replace(",", "").split()) | {"says"}
    assert all(set(c.lower().replace(",", "").split()) <= words for c in found)


@pytest.mark.parametrize(
    "text,problem",
    [
        ("A national body designed to tackle skills shortages, says committee of MPs", "verbless"),
        ("Plans to create a single correctional agency", "verbless"),
        ("Sales of hybrid cars, research suggests", "verbless"),
        ("Mr Blair says the bill, which brings in house arrest for terror suspects", "verbless"),
        ("I can sit in a café or a library", "first person"),
        ("Now the IAAF will lodge an appeal", "cold opening"),
        ("Sterling, the England international who will lead Liverpool's line", "verbless"),
        ("The glowing blue letters that once lit the Bronx", "verbless"),
        ("Is a long way off", "cut off"),
        ("A third of 10-11 year olds", "verbless"),
        ("Foreign Secretary Jack Straw, touring South East Asian countries", "verbless"),
        ("The deal, struck at the European Council last week, says Mr Blair", "verbless"),
        ("The theory is that talking to the great British public", "cut off"),
        ("Already there have been four incidents in", "cut off"),
        ("Police said that talking to the public", "cut off"),
        ("The man who has attacked a pensioner", "verbless"),
        ("Kits aside, this was probably", "cut off"),
        ("That failed leadership challenge made it easier", "cut off"),
        ("Kits aside, this was probably as far removed", "cut off"),
    ],
)
def test_judged_nonsense_is_flagged(text: str, problem: str) -> None:
    """Headlines blind readers called nonsense (eval/judgments/headlines-bbc-dev,
    headlines-summeval-tune, headlines-bbc-train-30)."""
    assert problem in problems(text)


SEED = (
    Path(__file__).parents[2] / "summarize" / "seeds" / "kazakh-leader-meets-putin.txt"
).read_text()


def test_a_bare_surname_gets_the_articles_full_name() -> None:
    paragraph = ["Tokayev also has sought to curb Nazarbayev.", "Nazarbayev resigned in 2019."]
    out = with_full_names(paragraph, SEED, "english", PRESETS["paragraph"])
    assert out == [
        "Kassym-Jomart Tokayev also has sought to curb Nursultan Nazarbayev.",
        "Nazarbayev resigned in 2019.",
    ]


def test_full_names_only_when_they_fit() -> None:
    paragraph = ["Tokayev also has sought to curb Nazarbayev."]
    tight = Budget("paragraph", max_words=8, max_sentences=4)
    assert with_full_names(paragraph, SEED, "english", tight) == [
        "Kassym-Jomart Tokayev also has sought to curb Nazarbayev."
    ]


def test_firms_and_titled_names_are_left_alone() -> None:
    article = (
        "Mittal Steel could cut 45,000 jobs, Lakshmi Mittal said. Mr Mittal said steel "
        "demand was strong. Manchester United beat Chelsea."
    )
    assert given_names(article, "english") == {"Mittal": "Lakshmi Mittal"}
    out = with_full_names(
        ["Mittal Steel could cut jobs.", "Mr Mittal said so.", "United won."],
        article,
        "english",
        PRESETS["paragraph"],
    )
    assert out == ["Mittal Steel could cut jobs.", "Mr Mittal said so.", "United won."]


def test_seed_paragraph_names_tokayev_in_full() -> None:
    text = SalienceMethod().summarize(Document.from_text(SEED), PRESETS["paragraph"]).text
    assert "Kassym-Jomart Tokayev" in text


def test_a_label_of_fewer_than_three_words_is_no_headline() -> None:
    assert problems("Sixways") == ["too short"]
    assert problems("Sale win") == ["too short"]
    # a match report that opens with its venue, date and time: the headline is a sentence
    doc = Document.from_clean_text(
        "Sixways\n\nFriday, 25 February\n\n2000 GMT\n\nWorcester make just one change, with "
        "Tim Collier replacing Phil Murphy in the second row. Sale are missing 14 players."
    )
    chosen = SalienceMethod().summarize(doc, PRESETS["headline"])
    assert chosen.text == "Sale are missing 14 players"


@pytest.mark.parametrize(
    "text, problem",
    [  # cut-offs in copies of other outlets' stories (docs/extractive.md, eighth pass)
        (
            "The team collected more than 1,900 worker bumblebees of three common species "
            "from 36 sites in",
            "cut off",
        ),
        (
            "The Omaha-based startup, which sells software that helps grain elevators manage "
            "inventory, contracts and payments",
            "verbless",
        ),
        ("Tessaline Robotics, Inc., a developer of autonomous platforms", "verbless"),
        (
            "Magistrate Nomvula Khumalo ruled in the Durban Commercial Crimes Court that "
            "Bhekani Zondi",
            "cut off",
        ),
        # probe-outlets-final5 to -final7, read blind as nonsense
        (
            "A Parma contractor who collected deposits from 31 homeowners for roofs, gutters",
            "verbless",
        ),
        ("A Parma contractor who collected deposits from 31 homeowners", "verbless"),
        # "that" opens a relative clause too, and its verb is its whole group
        ("A bill that would have shifted the burden to landlords", "verbless"),
        ("A school that has stood empty since 2010", "verbless"),
        (
            "The Memphis Grizzlies and guard Darnell Oakes agreed to a four-year, says source "
            "with knowledge of the deal",
            "cut off",
        ),
        ("The government signed a 10-year", "cut off"),
        (
            "A Parma contractor who collected deposits from 31 homeowners for roofs, gutters "
            "and furnaces",
            "verbless",
        ),
        ("Police forced Smith", "cut off"),
        ("The Las Vegas 51s spent most of Friday night", "cut off"),
        # probe-outlets-final7, read blind as nonsense
        (
            "Scientists at the University of New Mexico's Institute of Meteoritics confirmed last "
            "week that the rock",
            "cut off",
        ),
        ("The boycott called by the Sanjha Adhyapak Morcha", "verbless"),
        (
            "A critical vulnerability in a widely used enterprise backup product could allow "
            "attackers",
            "cut off",
        ),
    ],
)
def test_other_outlets_cut_offs_are_flagged(text: str, problem: str) -> None:
    assert problem in problems(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Omaha-based startup, which sells software, has raised $62 million",
        "Indonesia, which originally accepted the debt moratorium offer, owes the Paris Club "
        "about $48bn",
        "Former Worldcom boss Bernie Ebbers, who is accused of fraud, never made accounting "
        "decisions",
        "Magistrate Nomvula Khumalo ruled in the Durban Commercial Crimes Court that Bhekani "
        "Zondi was a flight risk",
        "The fighting goes on",
        # final82's rules' neighbours: a "that" clause with its verb, a participle's phrase
        # before a clause, "most" before a verb's object
        "The survey shows that crime pays",
        "Speaking at the conference the minister said prices would rise",
        "Building on last year's success, the fair returns to Leeds",
        "The storm hit the most exposed homes on the coast",
        # the review's: whole clauses the rules above must leave alone
        "No arrests were made",
        "Two arrests were made after the match",
        "Flooding in Valencia kills more than 200 people",
        "Smoking in pregnancy doubles the risk of stillbirth",
        "Three more tested positive for Covid-19",
        "Most voted to strike",
        "Health is the only thing that matters",
        "Jailed man freed after appeal",
        "Uniformed staff still bow in unison as the doors open at ten o'clock",
        "Two days of talks on the future of Gibraltar begin",
        "The rest of the fleet stayed in port",
        "Officials said that, despite the rain, the fair went ahead",
        "Prices rose sharply, said the company's chief executive officer",
        "The minister said the new hospital would open in May",
        # the second review's
        "A study found that smoking kills",
        "Despite all that, Leicester stayed up",
        "The rest home in Otahuhu was placed into lockdown",
        "United face Arsenal at the Emirates Stadium",
        "Masked men rob jewellers in Hatton Garden",
        "After two weeks of rain, the Severn burst its banks at Worcester",
        "With two weeks to go, the Tories trail Labour by 20 points",
        "Usually the market closes at noon",
        "Finally the council agreed",
        "Two schools in Leeds close",
        "Patients with Type I diabetes were offered the drug",
        "The scheme rewards farmers who plant hedges",
        # the third review's
        '"The housing market turned a corner," said the chief executive of the estate agency '
        "Foxtons",
        "Police said the two men remain in custody at Harare Central",
        "A new breed that thrives",
        "Armed police raid BBC",
        "Police responded to repeated calls",
    ],
)
def test_whole_clauses_of_those_shapes_pass(text: str) -> None:
    assert problems(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Pools that reached higher daytime temperatures were home to crabs carrying shells "
        "that were, on average",
        "PARENTS at a leading north London primary school have reacted",
        # probe-outlets-final11, read blind as nonsense
        "The rail overbridge remains half-built, forcing thousands of commuters, school vans",
        "The police paraded 14 suspected members of a kidnapping gang it said was responsible",
        "The residents of Rohnow have been told they must leave their homes to make way",
        "Hossein Mirzaei said the bill was aimed",
        "If you are a geek or gadget fan",
        "A string of storms, typhoons, according to Swiss Re",
        # probe-outlets-final30, read blind as nonsense ("came | from a goal down to beat ...")
        "Central Kingfishers FC came",
        # probe-outlets-final21 after a change of this session, read blind as nonsense
        "Heart failure affects an estimated 6.2 million adults and is one of the most common "
        "reasons",
    ],
)
def test_final_probe_cut_offs_are_flagged(text: str) -> None:
    assert "cut off" in problems(text)


def test_a_plural_possessive_opens_a_noun_not_a_verb() -> None:
    manager = "A former credit union manager who stole almost €1.2 million from members' accounts"
    assert "verbless" in problems(manager)
    assert problems("The members' accounts were frozen by the regulator") == []


@pytest.mark.parametrize(
    "text",
    [
        "Fares rise for commuters, operator says",
        "The group said it was responsible for the attack",
        "Workers cleared the road to make way for the parade",
        # complete, though close to the rules above (a review's cases)
        "The storm damaged homes, toppling power lines",
        "The company reported record profits, beating analysts' forecasts",
        "Shell posts record profits, raises dividends",
        "The coroner found the hospital was responsible",
        "Prosecutors say the injuries were intended",
        "Ministers promise nurses' pay rise",
        "If elected, Smith will cut taxes",
        # "came" and "reason" that end a claim (a review's cases)
        "Families say they waited two days for rescue boats that never came",
        "The breakthrough finally came",
        "Price is not the only reason",
    ],
)
def test_lists_and_complements_that_close_pass(text: str) -> None:
    assert problems(text) == []


def test_an_aside_after_a_copula_that_closes_passes() -> None:
    assert problems("The firm is, however, cutting jobs") == []


def test_a_clause_after_a_semicolon_needs_its_verb() -> None:
    assert "cut off" in problems(
        "Dana Amsalem wins runoff with 54% after campaign on housing; incumbent Shimon Biton"
    )
    assert problems("Dana Amsalem wins runoff; incumbent concedes defeat") == []


def test_a_label_verb_needs_what_it_labels() -> None:
    assert "cut off" in problems(
        "Joe Hart lavished praise on fellow goalkeeper Gianluigi Buffon Hart labelled Buffon"
    )
    assert problems("Hart labelled Buffon a legend of the game") == []


@pytest.mark.parametrize(
    "text",
    [
        "The scheme was branded a failure",
        "Ministers dubbed it nonsense",
        "Lord Scarman, who led the Brixton inquiry, dies",
        "The firm, which employs 500 people, expands",
        "The bank, which was rescued in 2008, buys and sells government bonds",
        "The new coronavirus variant has been dubbed Omicron",
        # relative clauses with their claim, numbers' compounds, objects and spending whole
        "A man who stole a car dies",
        "The woman who founded Oxfam has died",
        "A man who killed two people jailed",
        "Fans who bought tickets face delays",
        "Partners of those who love their hi-tech gear may want to get their presents in early",
        "The chairman's wife who ran the firm sold shares",
        "Labour wins a three-year deal",
        "A man who stole cars and vans dies",
        "The extension keeps Oakes from becoming a free agent",
        # the review's true headlines
        "Man charged with murder of a 16-year-old",
        "Mercedes secure a one-two",
        "Inflation hits a 40-year-high",
        "The concert was a one-off",
        "Microsoft enables Copilot",
        "Nothing could have prevented it",
        "Ukraine urges Nato",
        "The council spent £5m on consultants",
        "Smith spent the night in a police cell",
        "The report that ministers ordered was published",
        "A bill that would cut taxes passed the Senate",
        "The firm that makes Marmite reports record profits",
        "A boy who fell from the roof of the school survived",
        "Police confirmed on Monday that the victim was a local man",
        "The plan could help Labour win",
        # the second review's true headlines
        "The law that bans smoking in parks takes effect",
        "A player who scored twice in the final wins award",
        "The singer who grew up in Detroit returns",
        "The charity that helps children in Gaza needs funds",
        "AI could help doctors",
        "Rain could force delays",
        "Rescuers spent the night",
        # the twenty-second session's review
        "Dozens of people were arrested in the riots that followed",
        "The club said it had instructed Deloitte",
        "An inquiry into what caused the fire is under way",
        "At the inquest doctors testified about the death of the teenager",
        # a credit's verb is no verb's object: "..., denied the claims" is the claim
        "Smith, in a statement released by his lawyer, denied the claims",
        "Tesco, in a surprise move, cut prices",
        "Manchester United, in a statement on their website confirmed the signing",
        "Waiting lists could take a decade to clear, a report published by the Audit Office says",
        "Elections were held",
        "Mysuru: The council approves plans",
        # the third review's
        "As pressure mounts, teachers walk out across the state",
        "The annual convocation was successfully held",
        "Blood donation camp organised",
        "Opinion: This is not leadership",
        "Teachers strike: As talks stall, parents face more closures",
    ],
)
def test_review_cases_pass(text: str) -> None:
    assert problems(text) == []


def test_an_offices_name_is_no_persons_full_name() -> None:
    article = (
        "Crews attended 20 calls, Fire and Emergency said. A spokeswoman for Taranaki "
        "Emergency Management said no one was hurt. Fire and Emergency shift manager Craig "
        "Thomson said crews worked all night. Thomson said more rain was due."
    )
    assert given_names(article, "english") == {"Thomson": "Craig Thomson"}


def test_young_is_a_given_name() -> None:
    article = (
        "The bill was watched by Young Kim, the Republican congresswoman who wrote it. Andy "
        "Kim voted against it. Kim said the bill would help families."
    )
    assert "Kim" not in given_names(article, "english")  # two people: "Kim" may be either


def test_a_teams_name_is_no_persons_full_name() -> None:
    # probe-outlets-final46: "Pirates" became "Black Pirates", another team (read false)
    article = (
        "Kobs survived a late Pirates onslaught to win 17-15. Pirates, who had lost only once, "
        "pressed late. Rams held Black Pirates to a 13-13 draw. Kobs coach Fred Kizito said it was "
        "hard. Kizito said Kobs would rest."
    )
    assert given_names(article, "english") == {"Kizito": "Fred Kizito"}


@pytest.mark.parametrize(
    "article, surname, full",
    [
        (
            "On Monday, Kassym-Jomart Tokayev met Putin. Tokayev said it went well.",
            "Tokayev",
            "Kassym-Jomart Tokayev",
        ),
        (
            "Labour MP Jess Phillips spoke. Phillips said she would vote.",
            "Phillips",
            "Jess Phillips",
        ),
        (
            "Arsenal manager Mikel Arteta Tuesday said he was happy. Arteta said so.",
            "Arteta",
            "Mikel Arteta",
        ),
    ],
)
def test_a_name_after_a_comma_a_title_or_before_a_day_is_still_paired(article, surname, full):
    assert given_names(article, "english").get(surname) == full


@pytest.mark.parametrize(
    "text, problem",
    [
        # probe-outlets-final20, read blind as nonsense
        ("Ministry of Public Works says the contractor", "verbless"),
        (
            "The petitioners submitted that Wasa had, through a notification dated January 14",
            "cut off",
        ),
    ],
)
def test_a_credit_over_a_bare_noun_and_an_aside_left_open_are_flagged(text, problem) -> None:
    assert problem in problems(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bank of England says rates will stay at 5%",
        "The firm has, however, cut 300 jobs",
        "Shoppers will get 20p back on every drinks can, plastic bottle and glass jar",
        "Pensioner gave away everything she had, including her home",
        "The truth is, the club cannot afford to keep him",
    ],
)
def test_a_credit_over_a_clause_and_a_closed_aside_pass(text) -> None:
    assert problems(text) == []


def test_a_time_clause_in_capitals_is_no_headline() -> None:
    from summarize.headline import candidates

    sentence = (
        "THE last time Courtbrack won a county hurling title, Jimmy Barry-Murphy was still in "
        "his twenties and the club's captain's father was wearing the number six jersey."
    )
    heads = candidates(sentence, PRESETS["headline"])
    assert "THE last time Courtbrack won a county hurling title" not in heads


def test_a_pages_promise_is_no_headline() -> None:
    assert "cold opening" in problems("Here's what it means")
    assert "cold opening" in problems("Here is what you need to know about the new rules")
    assert problems("Herefordshire council approves new budget") == []


def test_a_figures_comma_closes_no_relative_clause() -> None:
    assert "verbless" in problems("The study, which followed 2,614 adults discharged")


def test_the_end_of_a_cut_list_before_its_clause_is_cut_off() -> None:
    headline = (
        "Kidney function, ejection fraction and other factors, the intervention was "
        "associated with a 24% relative reduction in readmissions"
    )
    assert "cut off" in problems(headline)
    assert problems("Britain, France and Germany, known as the E3, said Iran broke the deal") == []


@pytest.mark.parametrize(
    "headline",
    [  # a gerund without an object may be an adjective, its verb a bare present
        "Study shows that drinking coffee lowers blood pressure",
        "Report shows that smoking rates fall to record low",
        "Analysis shows that gambling ads target young men",
    ],
)
def test_a_that_clause_with_its_verb_is_no_cut_off(headline):
    assert problems(headline) == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Kyle Hollingsworth had missed from 41 yards in the second quarter.", True),
        ("There had been newspaper speculation that Santini felt undermined.", True),
        ("THE kettle had just boiled when Mary Treacy heard the thud.", True),
        # a reported clause, a clause before the subject, or "had" as the verb: not backstory
        ("Mr Straw says the US had agreed to release the four.", False),
        ("After Chelsea forward Eden Hazard had scored, the pundits saw a foul.", False),
        ("Harlan Tebbe wasn't sure he had hit the putt hard enough.", False),
        ("DARREN Sheehan had one bowl left.", False),
        ("The council had to close the road.", False),
        # a finding reported, a main clause after it (the review's)
        ("The inquiry found the council had failed to act on repeated warnings.", False),
        ("An inquest heard the teenager had taken a cocktail of drugs.", False),
        # a backstory's "but" clause is the news the cut at its comma leaves out
        ("Haifa had equalized early in the second half, but Mensah rose highest late.", True),
        ("The man police had sought for three weeks was arrested on Sunday.", False),
        ("Heidi Kowalczyk had been told for two years that the record was out of reach.", True),
        # a lede that sets up a turn (probe-outlets-final63, both read misleading)
        ("For six innings Friday night, Louisville's pitchers had the hitters guessing.", True),
        ("WHEN Hugh Rasmussen sold his sheep in 2012, he thought the Merino was finished.", True),
        ("For the first time in a decade, the council has frozen rents.", False),
        ("When the floods came, he thought of his neighbours first and went to help.", False),
        ("When the mill closed in 2012, 300 people lost their jobs.", False),
        # a lede that states its result, a belief turned in the same sentence (the review's)
        ("For 90 minutes at Hampden Park, Wales were the better side and won 2-1.", False),
        ("For 20 minutes, a gunman roamed the corridors of a school, killing three.", False),
        ("When the jury returned, Daniel Morris feared the worst, but he was cleared.", False),
        ("When the fire reached the house, they feared for their lives and jumped.", False),
        # last time, before this time's result (probe-outlets-final66, read misleading)
        ("A year ago, the Eagle Valley junior was passed on that hill and finished fourth.", True),
        ("Last season, Fox's prime-time audience fell by 600,000 to 5.9 million.", True),
        ("A year ago, the plant employed 300 people, but it now employs 40.", False),
        ("A year ago today the bridge reopened.", False),
        # the review's: other spans before now; last year's figure reported now is the news
        ("Seven years ago, the mill closed its doors for good.", True),
        ("A decade ago, the mill closed its doors for good.", True),
        ("Last month, the mill closed its doors for good.", True),
        ("Last year, a record 2,500 migrants died at sea, the UN refugee agency said.", False),
        ("Last year, the UK economy grew by just 0.1%, official figures showed.", False),
    ],
)
def test_backstory_is_a_main_clause_in_the_past_perfect(sentence, expected):
    from summarize.extractive.headline_opening import backstory

    assert backstory(sentence) is expected


@pytest.mark.parametrize(
    "headline, cut",
    [
        # a noun's "of" after the listener says nothing told (probe-outlets-final58)
        (
            "Acting Chief Education Officer, Dr. Marcia Bynoe-Hoyte, told the gathering of "
            "principals",
            True,
        ),
        ("The mayor told a meeting of residents", True),
        # "of" or "about" right after "told" or its listener is what was told
        ("The victim told of her ordeal", False),
        ("The witness told police about the car", False),
        ("Smith told the story of his escape", False),
        ("Tony Blair told Labour supporters he's back and hungry for the job of PM", False),
        # a listener with its article, then what was told (the review's)
        ("A woman who was raped in a park told the court of her terror", False),
        ("The energy secretary told the Commons of plans for a new power station", False),
        ("The nurse told the BBC about widespread abuse", False),
        ("The mayor told a packed meeting about threats", False),
        # "news" is a listener's word there, nothing told
        ("Police chief John Smith told a news conference in Dallas", True),
        # an aside's "by" is not where the thing was put (probe-outlets-final61, nonsense)
        ("Two wins from two races put the Spanish TP52 Aurea XXI, helmed by Javier Echarri", True),
        ("The chancellor put tax cuts", True),
        ("The budget put tax cuts on hold", False),
        ("The board put him, reluctantly, in charge", False),
    ],
)
def test_told_with_a_listener_only_or_put_without_where_is_cut_off(headline, cut):
    assert ("cut off" in problems(headline)) is cut
