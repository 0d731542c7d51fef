from dataclasses import replace

import pytest

from summarize import PRESETS
from summarize.budget import resolve
from summarize.headline import candidates, compress, cut_at_words

# The cuts under test need sentences longer than the budget: a 14-word headline (the preset,
# longer, is tested through the chooser in test_headline_check.py).
HEADLINE = replace(PRESETS["headline"], max_words=14)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Kazakhstan's leader met with Russian President Vladimir Putin on Monday, a week "
            "after winning a new seven-year term by a landslide in a snap election.",
            "Kazakhstan's leader met with Russian President Vladimir Putin",
        ),
        (
            "Mittal Steel, one of the world's largest steel producers, could cut up to 45,000 "
            "jobs over the next five years, its chief executive has said.",
            "Mittal Steel could cut up to 45,000 jobs, says chief executive",
        ),
        ("Police said that three men were arrested in Leeds.", "Three men were arrested in Leeds"),
        (
            "The firm will close 20 stores, the company told reporters on Monday.",
            "The firm will close 20 stores",
        ),
        (
            "However, the bank (founded in 1850) raised rates to 5%, according to a statement.",
            "The bank raised rates to 5%, according to a statement",
        ),
    ],
)
def test_compress_drops_removable_parts(sentence, expected):
    assert compress(sentence, HEADLINE) == expected


def test_compressed_headline_is_within_budget_and_one_line():
    sentence = (
        "After talks in Brussels that lasted well into the night, European ministers agreed "
        "on a new package of measures to support farmers hit by the drought, which has "
        "lasted for more than two years."
    )
    headline = compress(sentence, HEADLINE)
    assert headline is not None
    assert HEADLINE.fits(headline) and "\n" not in headline
    assert not headline.endswith((".", ",", ";"))
    assert headline.startswith("European ministers agreed")


def test_no_clean_cut_returns_none_and_word_cut_is_marked():
    run_on = " ".join(f"word{i}" for i in range(40))
    assert compress(run_on, HEADLINE) is None
    cut = cut_at_words(run_on, HEADLINE)
    assert cut.endswith("…") and len(cut.split()) <= 14


@pytest.mark.parametrize(
    "sentence, not_expected",
    [
        (  # a time frame is part of the claim
            "More than 674 million mobiles were sold last year in a record for the industry.",
            "More than 674 million mobiles were sold in a record for the industry",
        ),
        (  # a phrasal verb keeps its particle
            "The Brazilian government has played down claims that it could step in to save "
            "the airline Varig from collapse in the coming months.",
            "The Brazilian government played down claims that it could step",
        ),
        (  # no cut inside a quotation
            "The mentality of the French is 'scrum, scrum and scrum and nothing but scrum' "
            "before the match, the coach said.",
            "The mentality of the French is 'scrum, says coach",
        ),
        (  # no cut inside a denial
            "Tottenham sporting director Frank Arnesen has denied that coach Jacques Santini "
            "resigned because of a clash of personalities.",
            "Tottenham sporting director Frank Arnesen denied that coach Jacques Santini resigned",
        ),
        (  # a condition stays
            "Householders who injure or even kill intruders are unlikely to be prosecuted - "
            "providing they were acting honestly and instinctively.",
            "Householders who injure or even kill intruders are unlikely to be prosecuted",
        ),
        (  # "in" opens the verb's complement
            "Tory leader Michael Howard said the party would focus on cutting taxes in the "
            "run-up to the general election in May.",
            "Michael Howard says the party would focus on cutting taxes",
        ),
        (  # "as much as" is one phrase
            "Delta Air Lines is cutting domestic fares by as much as 40% in a bid to win "
            "back customers from its low-cost rivals.",
            "Delta Air Lines is cutting domestic fares by as much",
        ),
        (  # "described X as Y" needs its "as"
            "Carlos Moya described Spain's Davis Cup victory as the highlight of his career "
            "after he beat Andy Roddick in the deciding rubber.",
            "Carlos Moya described Spain's Davis Cup victory",
        ),
        (  # a hedge stays
            "For many, Yahoo remains synonymous with the internet - a veteran that managed to "
            "ride the dot-com wave.",
            "Yahoo remains synonymous with the internet",
        ),
        (  # no cut inside "and, ..."
            "Yahoo has reached the grand old age of 10 and, in internet years, that makes it "
            "a veteran of the web.",
            "Yahoo has reached the grand old age of 10 and, in internet years",
        ),
        (  # no cut between two names joined by "and"
            "The dollar regained some lost ground after South Korea and Japan denied they "
            "were planning a sell-off.",
            "The dollar regained some lost ground after South Korea",
        ),
        (  # a dash aside is dropped whole, not cut at its first dash
            "The six unedited reel-to-reel tapes - which were owned by the engineer who "
            "recorded them - are valued at up to $50,000.",
            "The six unedited reel-to-reel tapes",
        ),
        (  # the particle after the aside stays
            "Space lasers are best known for blowing people - and planets - up in science "
            "fiction, and even the odd Bond movie.",
            "Space lasers are best known for blowing people",
        ),
        (  # "and" inside a noun phrase
            "Ms Hewitt was speaking at a gender and productivity seminar organised by the "
            "Equal Opportunities Commission.",
            "Ms Hewitt was speaking at a gender",
        ),
        (  # "and" inside a verb's object (probe-outlets-final55)
            "The Department of Veterinary Services has started an emergency foot and mouth "
            "disease (FMD) vaccination campaign covering about 52 000 cattle in the Shorobe "
            "and Sankoyo areas of Ngamiland following an outbreak confirmed last week.",
            "The Department of Veterinary Services started an emergency foot",
        ),
        (  # the restrictive clause of a predicate noun
            "Cate Blanchett, Leonardo DiCaprio and Richard Gere were just some of the actors "
            "who attended the 2005 Bafta film awards.",
            "Cate Blanchett, Leonardo DiCaprio and Richard Gere were just some of the actors",
        ),
        (  # a list of names is not split
            "Mr Straw, visiting Beijing, noted arms embargoes applied to China, Burma and "
            "Zimbabwe, and said the ban would stay.",
            "Mr Straw, visiting Beijing, noted arms embargoes applied to China",
        ),
        (  # the subject's verb comes after the phrase
            "A predatory convicted paedophile with an obsession with young girls has gone on "
            "the run after vanishing from a psychiatric unit.",
            "A predatory convicted paedophile with an obsession",
        ),
        (  # a subordinate clause is not cut before its verb's complement
            "Graduate Jacob Phillips, 23, plunged down the cliff when he leapt over a fence "
            "in the dark.",
            "Graduate Jacob Phillips plunged down the cliff when he leapt",
        ),
        (  # a participle clause is not left bare
            "Mr Holiff managed Cash's career between 1960 and 1973, quitting when the "
            "singer's drug use got out of hand.",
            "Mr Holiff managed Cash's career between 1960 and 1973, quitting",
        ),
        (  # "when" after a modal is a condition
            "The chief executive will step down from the board when the takeover of the "
            "company is completed.",
            "The chief executive will step down from the board",
        ),
        (  # a number after a date is no date range
            "A bomb exploded in a crowded market in central Baghdad on March 3 and 12 people "
            "died in the blast.",
            "A bomb exploded in a crowded market in central Baghdad people died",
        ),
        (  # a range of figures is no dash aside
            "Prices rose 10 - 15% - the sharpest rise in years - across the region last month.",
            "Prices rose 10 the sharpest rise in years",
        ),
        (  # a relative pronoun's passive keeps "has been"
            "The man who has been charged with the murder of the pensioner appeared in court.",
            "The man who charged with the murder of the pensioner appeared in court",
        ),
        (  # a particle after "to be" keeps its complement
            "A timewarp home which has remained unchanged since the 1930s is up for sale "
            "complete with original features.",
            "A timewarp home which remained unchanged since the 1930s is up",
        ),
        (  # a span that limits the claim stays
            "Hull were the better side against Southampton for the first 45 minutes but "
            "lost the match 2-0.",
            "Hull were the better side against Southampton",
        ),
        (  # "last July" is a time frame, and a "when" clause that holds one stays
            "The full back signed a three-year contract when he moved from the Spanish "
            "champions last July, but has struggled to make the left back position his own.",
            "The full back signed a three-year contract",
        ),
        (  # "when" with a month in it: the figure's time stays
            "Sangle Tsho covered 1.62 sq km when it was surveyed by drone and satellite in "
            "October, up from 1.42 sq km a year earlier.",
            "Sangle Tsho covered 1.62 sq km",
        ),
        (  # a reported clause's subject keeps its verb after its aside
            "Justice Kellaway declared that SunHarvest Hot Water Systems Pty Ltd, of Dandenong "
            "South, contravened sections 52, 53(c) and 53(e) of the Trade Practices Act 1974.",
            "Justice Kellaway declared that SunHarvest Hot Water Systems Pty Ltd, of Dandenong "
            "South",
        ),
        (  # a causative "have" keeps its participle
            "Nathan Hughes had his ban for accidentally knocking out George North "
            "overturned on appeal.",
            "Nathan Hughes had his ban",
        ),
        (  # what is provided follows "with"
            "Jordan Henderson has provided Liverpool with a lift after their FA Cup heartache "
            "by agreeing a new long-term contract.",
            "Jordan Henderson has provided Liverpool",
        ),
        (  # what fills a unit follows "with": probe-outlets-final40
            "Al-Jahra Hospital on Sunday opened a new kidney dialysis unit equipped with 32 "
            "machines, raising the number of dialysis stations serving the governorate to 58, a "
            "senior health official said.",
            "Al-Jahra Hospital opened a new kidney dialysis unit equipped, says senior health "
            "official",
        ),
        (  # a pronoun's passive keeps "has been"
            "A US airline attendant suspended over images on her blog says she has been fired.",
            "A US airline attendant suspended over images on her blog says she fired",
        ),
        (  # a degree keeps its comparison (probe-outlets-final56)
            "Nearly a month after they began handing over their harvest, paddy farmers in "
            "Kuttanad have received only a little over a third of the money due to them.",
            "Paddy farmers in Kuttanad have received only a little",
        ),
        (  # the last of two noun phrases stays: both domains are not for mobile services
            "The internet could soon have two new domain names, aimed at mobile services and "
            "the jobs market.",
            "The internet could soon have two new domain names, aimed at mobile services",
        ),
        (  # the comma that closes a subject's aside is no cut before the verb
            "Distinguished lawyer Lord Scarman, who conducted the inquiry into the 1981 Brixton "
            "riots, has died aged 93.",
            "Distinguished lawyer Lord Scarman, who conducted the inquiry into the 1981 Brixton "
            "riots",
        ),
    ],
)
def test_no_cut_changes_the_claim(sentence, not_expected):
    from summarize.headline import candidates

    assert not_expected not in candidates(sentence, HEADLINE)


@pytest.mark.parametrize(
    "sentence, not_expected",
    [
        (  # one and the other (probe-outlets-final55)
            "DONALD Kennedy's hail four minutes from time settled a Badenoch derby that swung "
            "one way and then the other at The Dell on Saturday, and kept Kingussie's 100 per "
            "cent league record intact.",
            "DONALD Kennedy's hail four minutes from time settled a Badenoch derby that swung one "
            "way",
        ),
        (  # a list is not left without its last item
            "The High Court has ordered a knitwear factory in Hlotse to pay M1.6 million in unpaid "
            "wages, notice pay and leave pay to 312 former employees.",
            "The High Court ordered a knitwear factory in Hlotse to pay M1.6 million in unpaid "
            "wages, notice pay",
        ),
        (  # "suffering" needs what from
            "The man who allegedly killed his neighbour was believed to be suffering from "
            "dementia and alcohol abuse at the time of the murder in 2012, a jury has heard.",
            "The man who allegedly killed his neighbour was believed to be suffering, jury hears",
        ),
        (  # a leading phrase alone is no clause
            "Trailing by 12 points with a little more than seven minutes left, the Carthage team "
            "looked like it was headed for another near miss.",
            "Trailing by 12 points with a little more than seven minutes left",
        ),
        (  # a reported clause is not cut before its verb
            "A network of inexpensive satellite receivers shows that parts of Grenada, St. Lucia, "
            "and St. Vincent are subsiding faster than the sea is rising, a finding with "
            "implications for coastal planning.",
            "A network of inexpensive satellite receivers shows that parts of Grenada, St. Lucia",
        ),
        (  # a subject's participle aside is followed by its verb in -s
            "The survey of 2,915 district and community nurses, carried out in August and "
            "September this year, paints a picture of a service struggling to keep up.",
            "The survey of 2,915 district and community nurses",
        ),
        (  # where a verb drives its object is part of the claim
            "Seventeen-year-old substitute Dwayne Lake came off the bench to fire Freetown "
            "Rangers to a 2-1 win over Empire Rovers in the final of the Knockout Cup on Sunday.",
            "Seventeen-year-old substitute Dwayne Lake came off the bench to fire Freetown Rangers",
        ),
        (  # what qualifies the figure stays
            "High Court Judge Themba Nxumalo sentenced Sipho Bheki Matsebula of Fairview to "
            "eight years' imprisonment, two of which were suspended, for the robbery.",
            "High Court Judge Themba Nxumalo sentenced Sipho Bheki Matsebula of Fairview to "
            "eight years' imprisonment",
        ),
        (  # a verb's particle stays
            "The launch turned over within minutes in heavy rain and sank in about 40 feet of "
            "water, said Chandpur Deputy Commissioner Md Kamrul Hasan.",
            "The launch turned, says Chandpur Deputy Commissioner Md Kamrul Hasan",
        ),
        (  # and its "for"
            "LIMASSOL tile maker Marathon Ceramics Public Ltd is to ask shareholders for C£3.1 "
            "million through a one-for-four rights issue to help finance a new production line.",
            "LIMASSOL tile maker Marathon Ceramics Public Ltd is to ask shareholders",
        ),
        (  # "ask" takes its "to"
            "LIMASSOL tile maker Marathon Ceramics Public Ltd is to ask shareholders to approve "
            "a rights issue of up to CY£4.2 million to fund a new kiln line at its Ypsonas plant.",
            "LIMASSOL tile maker Marathon Ceramics Public Ltd is to ask shareholders",
        ),
    ],
)
def test_no_cut_at_the_full_headline_length_changes_the_claim(sentence, not_expected):
    from summarize.headline import candidates

    assert not_expected not in candidates(sentence, PRESETS["headline"])


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Space lasers are best known for blowing people - and planets - up in science "
            "fiction, and even the odd Bond movie.",
            "Space lasers are best known for blowing people up in science fiction",
        ),
        (  # a past event's "when" clause can go
            "Graduate Jacob Phillips, 23, plunged down the cliff when he leapt over a fence "
            "in the dark.",
            "Graduate Jacob Phillips plunged down the cliff",
        ),
        (  # a phrase holding a "how" clause keeps the verb before it its own
            "The BBC News website takes a look at how games on mobile phones are maturing.",
            "The BBC News website takes a look",
        ),
        (  # a date range goes whole
            "The six-time Olympic gold medallist will compete at the relay championship on "
            "May 2 and 3 as part of the Jamaican team.",
            "The six-time Olympic gold medallist will compete at the relay championship",
        ),
        (  # "to" before the cut is no modal: "when" stays a boundary
            "Thousands of fans flocked to Wembley when the new stadium finally opened its "
            "doors to the public.",
            "Thousands of fans flocked to Wembley",
        ),
        (  # a pronoun after the cut opens a clause of its own
            "Police in Kent last night arrested a man for a crime he was accused of "
            "committing in 1999.",
            "Police in Kent last night arrested a man",
        ),
        (  # a place after "to" is no infinitive: the cut after it stands
            "Hollywood stars brought a touch of glamour to London on Saturday for the biggest "
            "night in the British film calendar.",
            "Hollywood stars brought a touch of glamour to London",
        ),
        (  # "and" opening a verb phrase is still a boundary
            "Chelsea winger Arjen Robben has broken two metatarsal bones in his foot and will "
            "be out for at least six weeks.",
            "Chelsea winger Arjen Robben has broken two metatarsal bones in his foot",
        ),
    ],
)
def test_clean_cuts_are_offered(sentence, expected):
    from summarize.headline import candidates

    assert expected in candidates(sentence, HEADLINE)


def test_short_sentence_is_kept_whole():
    assert compress("Storm hits coast.", resolve("headline")) == "Storm hits coast"


@pytest.mark.parametrize("plans", ["plans unveiled by the Conservatives", "Labour's plans"])
def test_a_proposal_is_never_cut_away(plans):
    from summarize.headline import candidates

    sentence = f"Non-EU citizens will have to undergo tests for TB and HIV, under {plans}."
    found = candidates(sentence, PRESETS["headline"])
    assert "Non-EU citizens will have to undergo tests for TB and HIV" not in found
    assert "Non-EU citizens will have to undergo tests" not in found


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "WASHINGTON (AP) — The Senate on Tuesday passed a $1.2 trillion spending bill "
            "that averts a government shutdown.",
            "The Senate passed a $1.2 trillion spending bill that averts a government shutdown",
        ),
        (
            "NEW YORK, March 3 (Reuters) - Shares of Apple rose 5 percent after the company "
            "reported record sales.",
            "Shares of Apple rose 5 percent after the company reported record sales",
        ),
        (
            "SPRINGFIELD, Ill. (AP) — Illinois lawmakers approved a budget that raises the "
            "income tax.",
            "Illinois lawmakers approved a budget that raises the income tax",
        ),
        ("(CNN)The Senate passed a spending bill.", "The Senate passed a spending bill"),
        ("(Bloomberg) -- Tesla shares fell 12 percent.", "Tesla shares fell 12 percent"),
        (
            "AUSTIN, Texas, June 4, 2019 /PRNewswire/ -- Brightwater Solar Inc. agreed to "
            "acquire GridPoint Storage.",
            "Brightwater Solar Inc. agreed to acquire GridPoint Storage",
        ),
        (
            "SAN FRANCISCO--(BUSINESS WIRE)--Acme Corp. reported record revenue.",
            "Acme Corp. reported record revenue",
        ),
        (  # a press release's place and full date
            "Lausanne (SUI), 9 October 2014 – The FEI Tribunal has suspended two athletes.",
            "The FEI Tribunal suspended two athletes",
        ),
        (
            "LONDON, 3 March 2019 – Acme Ltd has cut 300 jobs.",
            "Acme Ltd cut 300 jobs",
        ),
        (  # a Spanish press release's ".-" (probe-outlets-final61: "... 2006.- Two wins")
            "Palma de Mallorca, 2 August 2006.- Two wins put Aurea XXI top of her class.",
            "Two wins put Aurea XXI top of her class",
        ),
        # not datelines: a short capital word, a hyphenated pair, a dash before lower case
        ("NATO-Russia talks collapsed in Brussels.", "NATO-Russia talks collapsed in Brussels"),
        ("US - China trade talks resumed in Beijing.", "US - China trade talks resumed in Beijing"),
        (
            "NASA - the space agency - launched a new probe.",
            "NASA launched a new probe",
        ),
    ],
)
def test_a_wire_dateline_is_no_part_of_the_headline(sentence, expected):
    from summarize.headline import candidates

    assert expected in candidates(sentence, PRESETS["headline"])
    assert compress(sentence, PRESETS["headline"]).split()[0] == expected.split()[0]


def test_a_pronoun_after_a_dropped_date_stays_lower_case():
    sentence = (
        "Britain's biggest supermarket group Tesco said on Wednesday it would cut 2,000 jobs "
        "at its head office, as it battles to restore profits after a slump in sales."
    )
    assert compress(sentence, PRESETS["headline"]) == (
        "Tesco says it would cut 2,000 jobs at its head office"
    )


@pytest.mark.parametrize(
    "sentence, expected, kept",
    [
        (  # "in four years" is a whole time frame: the "after" clause may go
            "Tesla shares slumped the most in four years after the electric-car maker "
            "warned that sales growth will be notably lower this year.",
            "Tesla shares slumped the most in four years",
            True,
        ),
        (  # "less than 24 hours after" is one phrase
            "Harry Potter topped Amazon's book chart less than 24 hours after its release "
            "date, the company said on its website today.",
            "Harry Potter topped Amazon's book chart less than 24 hours",
            False,
        ),
        (  # "four years | and three months" is one sentence length (read false when cut)
            "Dana Holt was sentenced on Friday to four years and three months in prison for "
            "stealing from the charity she worked for over a decade.",
            "Dana Holt was sentenced to four years",
            False,
        ),
        (  # the "as" clause's subject is plural nouns, its verb after the "and"
            "Kayakers paddled down flooded stretches of Brickell Bay Drive on Monday as a "
            "combination of seasonal king tides and a slow-moving band of heavy rain pushed water "
            "over seawalls.",
            "Kayakers paddled down flooded stretches of Brickell Bay Drive as a combination of "
            "seasonal king tides",
            False,
        ),
        (  # "the ninth | and last seat" is one phrase
            "Independent candidate Brendan Kinsella took the ninth and last seat by a margin of "
            "just 14 votes over Aoife Dunne, after a lengthy examination of disputed ballots.",
            "Independent candidate Brendan Kinsella took the ninth",
            False,
        ),
        (  # "said Tuesday": the day is no part of the claim
            "The company said Tuesday it would cut 340 jobs as part of a broader restructuring.",
            "Tuesday it would cut 340 jobs as part of a broader restructuring",
            False,
        ),
    ],
)
def test_which_cuts_are_offered(sentence, expected, kept):
    from summarize.headline import candidates

    assert (expected in candidates(sentence, PRESETS["headline"])) is kept


@pytest.mark.parametrize(
    "sentence, expected, kept",
    [
        (  # a clause's subject before the cut, its verb after: no cut there
            "Copper posted its biggest gain in three months after workers at one of Chile's "
            "largest mines extended a strike into a second week, stoking concern.",
            "Copper posted its biggest gain in three months after workers",
            False,
        ),
        (
            "Copper posted its biggest gain in three months after workers at one of Chile's "
            "largest mines extended a strike into a second week, stoking concern.",
            "Copper posted its biggest gain in three months",
            True,
        ),
        (  # a habit's day is no event date to drop
            "Every Tuesday at 7 a.m., Doris Amsel backs her 2009 Buick out of the gravel "
            "driveway and checks that the cooler is full.",
            "Every Tuesday at 7 a.m., Doris Amsel backs her 2009 Buick out of the gravel driveway",
            True,
        ),
        (  # a Reuters ticker goes as a parenthetical does
            "Harrow Foods Inc <HRWF.N> agreed to buy privately held snack maker Pinecrest Brands "
            "for about $2.1 billion in cash, the companies said on Monday.",
            "Harrow Foods Inc agreed to buy privately held snack maker Pinecrest Brands, say "
            "companies",
            True,
        ),
        (  # a list's comma is not the aside's end: nothing is cut out of the middle
            "Meridian Pacific Telecom Inc. (Nasdaq: MPTC), a provider of data, private-line and "
            "long-distance services to businesses in the Pacific Northwest, today announced "
            "that it has completed a 640-mile fiber-optic backbone.",
            "Meridian Pacific Telecom Inc. private-line and long-distance services",
            False,
        ),
    ],
)
def test_other_outlets_sentences(sentence, expected, kept):
    from summarize.headline import candidates

    found = candidates(sentence, PRESETS["headline"])
    if kept:
        assert expected in found
    else:
        assert not [c for c in found if c.startswith(expected)]


def test_an_aside_goes_when_a_verb_follows_it():
    sentence = (
        "Germany's economy, the biggest among the 12 countries sharing the euro, grew at its "
        "fastest rate in four years during 2004, driven by strong exports."
    )
    assert compress(sentence, PRESETS["headline"]).startswith("Germany's economy grew")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (  # "on 37 inmate deaths" is no date
            "An Oklahoma County judge on Thursday ordered the state Department of Corrections to "
            "release records on 37 inmate deaths, ruling that the agency withheld documents.",
            "An Oklahoma County judge ordered the state Department of Corrections to release "
            "records on 37 inmate deaths",
        ),
        (  # what was spent is no date to drop
            "A survey team from the weather service's Wichita office spent Wednesday afternoon "
            "walking the damage path, which stretched 6.3 miles from the fairgrounds.",
            "A survey team from the weather service's Wichita office spent Wednesday afternoon "
            "walking the damage path",
        ),
    ],
)
def test_words_that_look_like_dates_stay(sentence, expected):
    from summarize.headline import candidates

    assert candidates(sentence, PRESETS["headline"])[0] == expected


@pytest.mark.parametrize(
    "sentence, not_expected",
    [
        (  # the order's content is its "to": no cut before it
            "An Oklahoma County judge on Thursday ordered the state Department of Corrections to "
            "release records on 37 inmate deaths, ruling that the agency withheld documents.",
            "An Oklahoma County judge ordered the state Department of Corrections",
        ),
        (  # "as the jury | at Southwark Crown Court returned ...": a clause split
            "Geoffrey Stanmore, 54, looked straight ahead as the jury at Southwark Crown Court "
            "returned unanimous guilty verdicts on eight counts of theft and false accounting.",
            "Geoffrey Stanmore, 54, looked straight ahead as the jury",
        ),
        (  # a time clause is no headline
            "The first time Jordan tried to book a counseling appointment at Hadley Health "
            "Center, the earliest available slot was three weeks away.",
            "The first time Jordan tried to book a counseling appointment at Hadley Health Center",
        ),
    ],
)
def test_other_outlets_cuts_that_leave_a_claim_open(sentence, not_expected):
    from summarize.headline import candidates

    assert not_expected not in candidates(sentence, PRESETS["headline"])


@pytest.mark.parametrize(
    "sentence, not_expected",
    [
        (  # a time's colon is no clause boundary
            "The bus, carrying 44 passengers and a driver, ran off the eastbound lanes about "
            "4:30 a.m. and rolled down an embankment, state police said.",
            "about 4,",
        ),
        (  # an open comparison owes its "as"
            "The underwater meadows store on average around 2.4 times as much carbon in their "
            "sediments as had been assumed in earlier calculations, the team reported.",
            "2.4 times",
        ),
        (  # "as oil | and gas customers cut": the clause's verb is after the "and"
            "British engineering group Brackwell Plc reported an 18 percent fall in annual "
            "profit on Tuesday, as oil and gas customers cut spending on new equipment.",
            "as oil",
        ),
        (  # an allegation keeps its credit
            "Golden Crust Bakeries stiffed hundreds of its bakers and delivery drivers out of "
            "overtime and forced them to work through meal breaks, workers claim in a class "
            "action in Superior Court.",
            "Golden Crust Bakeries stiffed hundreds of its bakers and delivery drivers out of "
            "overtime and forced them to work through meal breaks",
        ),
        (
            "The protest, known as a ruidazo, was called by a coalition of small and "
            "medium-sized business owners who say they cannot pay their bills.",
            "a coalition of small",
        ),
        (  # an indirect question's verb is after the cut
            "The court asked the government to explain within four weeks why its failure to stop "
            "pollution of the river should not be declared illegal.",
            "why its failure to stop pollution",
        ),
    ],
)
def test_cuts_seen_in_the_final_probe_are_refused(sentence, not_expected):
    from summarize.headline import candidates

    found = candidates(sentence, PRESETS["headline"])
    assert not [c for c in found if c.endswith(not_expected) or c == not_expected]


def test_the_rules_behind_those_refusals():
    from summarize.headline import _CLAUSE_BOUNDARY
    from summarize.headline_cuts import may_cut
    from summarize.verb_after_cut import clause_split

    assert not _CLAUSE_BOUNDARY.search("about 4:30 a.m.")  # a time's colon
    assert clause_split(  # an indirect question's subject before the cut, its verb after
        "to explain within four weeks why its failure to stop pollution",
        "in the river should not be declared illegal",
    )
    text = "The meadows store around 2.4 times as much carbon as had been assumed in studies."
    at = text.index(" as much")
    assert not may_cut(text, _CLAUSE_BOUNDARY.search(text, at))  # "2.4 times | as much"


def test_a_page_label_is_dropped_but_a_speaker_is_kept():
    assert compress(
        "Why it matters: Peanut butter is a cheap source of protein for families.",
        PRESETS["headline"],
    ).startswith("Peanut butter is a cheap source of protein")
    assert compress("Ferguson said: The team is in control.", PRESETS["headline"]) != (
        "The team is in control"
    )


def test_a_subordinate_clause_after_its_boundary_is_its_own():
    from summarize.headline import candidates

    sentence = (
        "Carlos Moya described Spain's Davis Cup victory as the highlight of his career after "
        "he beat Andy Roddick to end the USA's challenge in Seville."
    )
    assert (
        "Carlos Moya described Spain's Davis Cup victory as the highlight of his career"
        in candidates(sentence, PRESETS["headline"])
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Iran - Opec's second-biggest oil producer - has been pursuing a series of deals.",
        "Star Trek: Enterprise began in 2001 following other Star Trek series.",
        "U.S.–China trade talks resumed on Monday after a two-month pause.",
        'Johnson: "We will leave the EU on 31 October."',
    ],
)
def test_a_name_before_a_dash_or_colon_is_no_dateline(sentence):
    first = sentence.split()[0].strip(":")
    assert compress(sentence, PRESETS["headline"]).startswith(first)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Police said Tuesday night's shooting left three people dead.", "Tuesday night's"),
        ("Officials said Friday prayers at the mosque had been cancelled.", "Friday prayers"),
        (
            "First time buyers, who make up a third of the market, now face deposits of more "
            "than 40,000 pounds across the south east.",
            "First time buyers now face",
        ),
        (
            "Theresa Villiers has said May, the prime minister who has led the party since the "
            "summer of 2016, may stand down as leader within weeks if the deal fails.",
            "says May may stand down",
        ),
    ],
)
def test_review_cases_keep_their_words(sentence, expected):
    assert expected in compress(sentence, PRESETS["headline"])


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (  # a list's comma inside a "who" aside is not the aside's end
            "Smith, who played for Leeds, Everton and Chelsea, will join the coaching staff at "
            "Arsenal next season, the club said on Monday.",
            "Smith Everton",
        ),
        (
            "The group, whose members include Shell, BP and Exxon, will invest $5bn in carbon "
            "capture projects.",
            "The group BP",
        ),
    ],
)
def test_an_aside_holding_a_list_is_not_cut_inside(sentence, expected):
    from summarize.headline import candidates

    assert not [c for c in candidates(sentence, PRESETS["headline"]) if c.startswith(expected)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Police said Tuesday two men had been arrested.", "Two men had been arrested"),
        ("The company said Tuesday Apple would buy the firm for $3bn.", "Apple would buy"),
        ("First time buyers face record deposits in London.", "First time buyers face"),
        ("Every time zone in Russia will shift by an hour.", "Every time zone"),
        ("The moment arrived for the vote in the Commons.", "The moment arrived"),
        ("U.S.—China trade talks resumed on Monday in Beijing.", "U.S.—China trade talks"),
        ("WASHINGTON—The Senate passed a spending bill.", "The Senate passed"),
    ],
)
def test_second_review_cases(sentence, expected):
    assert compress(sentence, PRESETS["headline"]).startswith(expected)


def test_no_leading_clause_is_dropped_at_a_comma_inside_it():
    sentence = (
        "When the lights came up at the end of Thursday afternoon's performance of Last Stop, "
        "Naledi in a cramped Methodist church hall in Grahamstown, nobody moved."
    )
    assert not any(c.startswith("Naledi") for c in candidates(sentence, PRESETS["headline"]))
    shorter = (
        "When the storm hit the coast early on Wednesday morning, Smith, 45, was asleep in his "
        "home near the harbour with his wife and children."
    )
    main = "Smith was asleep in his home near the harbour with his wife and children"
    assert any(c.endswith(main) for c in candidates(shorter, PRESETS["headline"]))


def test_a_verb_is_not_cut_from_its_from():
    sentence = (
        "The extension, which includes incentives that could push its value past $52 million, "
        "keeps Oakes from becoming a restricted free agent next summer."
    )
    assert not any(c.endswith("keeps Oakes") for c in candidates(sentence, PRESETS["headline"]))


def test_a_ban_keeps_its_from_however_long_its_object():
    sentence = (  # probe-outlets-final66: "The ordinance prohibits vehicles" read misleading
        "The ordinance prohibits vehicles with more than 20 seats from entering an area of about "
        "60 blocks inside the old Inca and colonial core of the city between 7 a.m. and 9 p.m."
    )
    found = candidates(sentence, PRESETS["headline"])
    assert not any(c.endswith(("prohibits vehicles", "more than 20 seats")) for c in found)


def test_a_leading_clauses_own_aside_goes_with_it():
    sentence = (  # probe-outlets-final66: "As it does for at least six hours every day"
        "When the electricity goes off in Jdeideh, as it does for at least six hours every day, "
        "the hum of a diesel engine starts up within seconds in the car park."
    )
    assert candidates(sentence, PRESETS["headline"]) == [
        "The hum of a diesel engine starts up within seconds in the car park"
    ]


def test_final68s_cuts():
    found = candidates(  # a time clause whose subject is a noun phrase (read nonsense)
        "The last time the congregation of Cedar Creek Baptist Church gathered in its own "
        "sanctuary, the thermometer outside read 4 degrees.",
        PRESETS["headline"],
    )
    assert not any(c.startswith("The last time") for c in found)
    found = candidates(  # a subject, its participle and its place, the verb after (nonsense)
        "A group of stalagmites collected in a cave on the Asiago plateau, in the Vicenza "
        "Pre-Alps, has allowed researchers at the University of Padova to reconstruct how "
        "quickly the glaciers retreated.",
        PRESETS["headline"],
    )
    assert not any(c.endswith(("Pre-Alps", "allowed researchers")) for c in found)
    found = candidates(  # "Sunday School" is no date
        "By the time firefighters could get trucks up the road, the sanctuary, fellowship hall "
        "and six Sunday School rooms were gone.",
        PRESETS["headline"],
    )
    assert "The sanctuary, fellowship hall and six Sunday School rooms were gone" in found


def test_a_subject_and_its_participles_asides_are_verbless():
    from summarize.extractive.headline_check import problems

    for headline in (  # probe-outlets-final68 and final66
        "The study, coordinated by Elena Tognon, associate professor in the Department of "
        "Geosciences, and carried out",
        "The ordinance, approved by a vote of 9 to 4 after a session that lasted five hours",
    ):
        assert problems(headline) == ["verbless"]
    for headline in ("The council, led by Smith, voted for the plan", "The man, 45, was jailed"):
        assert problems(headline) == []


def test_final70s_headlines():
    from summarize.extractive.headline_check import problems

    found = candidates(  # a described subject keeps "has been named" (read nonsense without)
        "The small tree-dwelling frog has been named Hyperolius bakingiliensis, after the "
        "village of Bakingili in Fako Division, near where the first specimens were found.",
        PRESETS["headline"],
    )
    assert "The small tree-dwelling frog has been named Hyperolius bakingiliensis" in found
    assert not any(c.startswith("The small tree-dwelling frog named") for c in found)
    found = candidates(  # a headline's passive stays short
        "Russian drama The Return has been named winner of the BBC Four World Cinema Award.",
        PRESETS["headline"],
    )
    assert "Russian drama The Return named winner of the BBC Four World Cinema Award" in found
    # the third review's: naming in the active is a verb
    assert problems("The Atlanta Hawks named Quin Snyder head coach") == []
    found = candidates(  # when a change starts keeps its day (read nonsense without it)
        "Drivers on Fort Morgan Road should plan for overnight lane closures beginning "
        "Sunday, March 10, as the second phase of the widening project moves into paving.",
        PRESETS["headline"],
    )
    assert not any(c.endswith("beginning") for c in found)
    assert any(c.endswith("beginning Sunday") for c in found)


def test_final72s_headlines():
    from summarize.extractive.headline_check import problems
    from summarize.sentences import split_sentences

    assert problems("Five public toilets in the Borders") == ["verbless"]  # a count's phrase
    for sentence, never, kept in (
        (  # a subject and its relative clause, the sentence's verb a sale's
            "A Lodi family that has crushed grapes for other people's wine labels for more "
            "than three decades has sold its winery to a Sonoma County company.",
            "A Lodi family that has crushed grapes for other people's wine labels",
            None,
        ),
        (  # a count's subject whose relative clause was cut: its verb follows
            "Five public toilets in the Borders which were earmarked for closure are to stay "
            "open after local groups agreed to take them over.",
            "Five public toilets in the Borders which were earmarked",
            "Five public toilets in the Borders which were earmarked for closure are to stay open",
        ),
        (  # two modifiers of one noun ("informed that" reports)
            "The Directorate of Agriculture has informed that certified seeds of high yielding "
            "and hybrid paddy varieties will be made available to farmers at a subsidy.",
            "The Directorate of Agriculture informed that certified seeds of high yielding",
            None,
        ),
        (  # a leading participle's phrase goes ("Giving details, Director of Agriculture")
            "Giving details, Director of Agriculture, Shri Anant Naik Gaonkar informed that the "
            "Department has procured 410 tonnes of certified seed this year.",
            "Giving details, Director of Agriculture",
            None,
        ),
    ):
        found = candidates(sentence, PRESETS["headline"])
        assert never not in found
        assert kept is None or kept in found
    # "Fr." before a priest's name ends no sentence (the paragraph was cut there)
    text = "A Mass was celebrated by Fr. John Baptiste at the church. Police reported no incidents."
    assert len(split_sentences(text)) == 2


def test_the_second_reviews_cuts_stay():
    for sentence, kept in (
        (  # a time clause and its main clause without a comma
            "The last time the two clubs met in a cup final the match ended in a goalless "
            "draw, and the replay at Wembley was abandoned because of fog.",
            "The last time the two clubs met in a cup final the match ended in a goalless draw",
        ),
        (  # a subject's own verb before its place
            "The family settled in Bradford, West Yorkshire, in 1962, opened the first halal "
            "butcher in the city and went on to build a chain of 40 supermarkets.",
            "The family settled in Bradford, West Yorkshire, in 1962",
        ),
        (  # "even if": the claim holds
            "The airline will resume direct flights between Manchester and New York in June, "
            "even if demand remains weak, its chief executive said on Monday.",
            "The airline will resume direct flights between Manchester and New York in June, "
            "says chief executive",
        ),
        (  # "Post Office" after a day is no paper
            "On Monday Post Office bosses apologised to the sub-postmasters who were convicted.",
            "Post Office bosses apologised to the sub-postmasters who were convicted",
        ),
    ):
        assert kept in candidates(sentence, PRESETS["headline"])
    from summarize.extractive.headline_check import problems

    assert problems("The union, led by Sharon Graham, calls for more strikes") == []


def test_a_month_that_is_a_name_may_be_the_pronouns():
    from summarize.extractive.headline_check import problems

    assert problems("When April arrived at the clinic, she was told to wait") == []


def test_an_aside_whose_comma_is_a_lists_is_not_dropped_to_it():
    """The review's: "as it promised regulators in Brussels, | Lisbon and Madrid, ..."."""
    for sentence in (
        "After the takeover, as it promised regulators in Brussels, Lisbon and Madrid, the "
        "airline kept all of its routes to Portugal and Spain.",
        "Since the strike began, as they told reporters in Leeds, West Yorkshire, bin crews "
        "have left rubbish uncollected on more than 200 streets.",
    ):
        found = candidates(sentence, PRESETS["headline"])
        assert not any(c.startswith(("Lisbon", "West Yorkshire")) for c in found)
        assert "Since the strike began" not in found


def test_a_ban_without_a_from_clause_may_end_on_its_object():
    sentence = (
        "The treaty forbids the use of cluster munitions in all circumstances and requires "
        "signatories to clear contaminated land within ten years from ratification."
    )
    found = candidates(sentence, PRESETS["headline"])
    assert "The treaty forbids the use of cluster munitions in all circumstances" in found


def test_a_leading_clause_may_open_with_how_long_after():
    sentence = (
        "Less than a year after crews removed the Lower Mill Dam from the Mattawick River, river "
        "herring have returned to spawn above the site for the first time in more than a century."
    )
    assert candidates(sentence, PRESETS["headline"])[0] == (
        "River herring returned to spawn above the site for the first time in more than a century"
    )
    region = (
        "Nearly four months after the May 27 earthquake flattened her house in Pundong, Bantul "
        "regency, Ngatini, 47, still lives with her husband under a sheet of blue tarpaulin."
    )  # the place's comma is not the clause's
    assert not any(c.startswith("Bantul") for c in candidates(region, PRESETS["headline"]))
    summit = (  # a list after the place, not its region; a name, not a region
        "After a summit in Paris, France, Germany and Poland agreed to set up a joint fund to "
        "buy artillery shells for Ukraine over the next two years, officials said."
    )
    assert candidates(summit, PRESETS["headline"])[0].startswith("France, Germany and Poland")
    nearly = (
        "Nearly three weeks after gusty kona winds swept across lower Puna, papaya farmer Rodney "
        "Ferreira is still hauling broken trees out of his fields."
    )
    assert candidates(nearly, PRESETS["headline"]) == [
        "Papaya farmer Rodney Ferreira is still hauling broken trees out of his fields"
    ]


@pytest.mark.parametrize(
    ("sentence", "ends"),
    [
        # tokenized text: the next quotation's opening mark is left on the sentence
        (
            "The Manchester City shot stopper revealed his delight at receiving his 50th cap "
            "at the Juventus Stadium . '",
            "at the Juventus Stadium",
        ),
        ("The minister said the plan had failed.'", "the plan had failed"),
        # a quotation opened in the headline keeps its closing mark, a possessive its own
        ("Mr Brown told MPs: 'We will not raise taxes.'", "'We will not raise taxes.'"),
        ("Fans cheered the return of Mr Jones'", "the return of Mr Jones'"),
        ("United's youngsters saw off City 1-0 in the 'mini-derby '", "the 'mini-derby '"),
    ],
)
def test_headline_ends_without_a_lone_quote_mark(sentence, ends):
    out = candidates(sentence, PRESETS["headline"])
    assert any(c.endswith(ends) for c in out), out
    if not ends.endswith("'"):
        assert not any(c.endswith("'") for c in out), out


def test_a_date_after_to_be_is_what_is_said():
    sentence = (
        "The academy told families its final day of classes would be Friday, citing an "
        "unsustainable financial position after enrolment fell short for a second year."
    )
    assert all("would be," not in c for c in candidates(sentence, PRESETS["headline"]))
    assert "would be Friday" in compress(sentence, PRESETS["headline"])


@pytest.mark.parametrize(
    "sentence, never",
    [
        (  # the cut would part the subject of "had missed" from it
            "The protesters, members of the flat buyers' association, said the developer, "
            "Arvanta Infratech Private Limited, had missed four possession deadlines since 2014.",
            "said the developer",
        ),
        (  # ... and of "announced"
            "More than 200 workers will lose their jobs after the operator of a zinc mine at "
            "Broken Hill, in far-west New South Wales, announced it will suspend underground "
            "mining at the end of next month.",
            "Broken Hill",
        ),
    ],
)
def test_no_cut_parts_a_subject_from_its_verb_after_an_aside(sentence, never):
    assert all(not c.endswith(never) for c in candidates(sentence, PRESETS["headline"]))


def test_a_list_after_an_aside_is_no_verb():
    sentence = (
        "ISIS released more than 200 Yazidis, a minority group whose members were killed, "
        "captured and displaced when the group overtook their towns last summer, officials said."
    )
    assert compress(sentence, PRESETS["headline"]).startswith("ISIS released more than 200 Yazidis")


def test_a_participle_after_an_aside_is_no_verb():
    sentence = (
        "The 3.3% fall in car sales had been expected, coming after a 4% rise in December, "
        "fuelled by generous discounts on new models."
    )
    assert "The 3.3% fall in car sales had been expected" in candidates(
        sentence, PRESETS["headline"]
    )


@pytest.mark.parametrize(
    "sentence, not_expected",
    [
        (  # one verb of a series that shares its complement
            "For three quarters Saturday, Westhaven looked like a team that had finally run into "
            "a problem it couldn't press, trap or run its way out of: a center who would not miss.",
            "couldn't press",
        ),
        (  # an adjective whose noun follows the comma
            "A 412-meter sediment core from a remote Mongolian lake may hold an unbroken, "
            "1.2-million-year record of climate in the heart of Asia, researchers say.",
            "may hold an unbroken",
        ),
        (  # a list of companies, each a name with its particles and its country
            "The companies fined are Vestral Polymers AG of Germany, Aurelia Compounds S.p.A. of "
            "Italy, Société Chimique de Lisreux S.A. of France and Koninklijke Drevelaar N.V. of "
            "the Netherlands.",
            "of Italy",
        ),
    ],
)
def test_a_series_or_a_noun_phrase_is_not_cut_inside(sentence, not_expected):
    assert _refused_after(sentence, not_expected)


def _refused_after(sentence: str, head_end: str) -> bool:
    """Whether ``may_cut`` refuses the boundary right after ``head_end`` (which must be one:
    a rule that made no candidates at all would pass a test of the candidates alone)."""
    from summarize.headline import _CLAUSE_BOUNDARY, _PHRASE_BOUNDARY
    from summarize.headline_cuts import may_cut

    at = sentence.index(head_end) + len(head_end)
    for boundary in (_CLAUSE_BOUNDARY, _PHRASE_BOUNDARY):
        for match in boundary.finditer(sentence):
            if match.start() == at:
                return not may_cut(sentence, match)
    raise AssertionError(f"no boundary after {head_end!r}")


def test_only_an_adjective_before_the_comma_is_left_open():
    from summarize.headline_cuts import _ADJECTIVE_LEFT

    assert not _ADJECTIVE_LEFT.search("Regulators fined the company")
    assert not _ADJECTIVE_LEFT.search("are both deep in the red")
    assert _ADJECTIVE_LEFT.search("may hold an unbroken")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The agreement, announced on Tuesday, is the company's largest since it began "
            "commercial production at a unit in Khalifa Economic Zones Abu Dhabi in September.",
            "The agreement is the company's largest since it began commercial production",
        ),
        (
            "Vessington's proposal, unveiled on Monday, would inject 240 million pounds of new "
            "equity into Halbrook at 38 pence a share, the company said.",
            "Vessington's proposal would inject 240 million pounds of new equity into Halbrook "
            "at 38 pence a share",
        ),
    ],
)
def test_a_participle_aside_goes_with_its_date(sentence, expected):
    found = candidates(sentence, PRESETS["headline"])
    assert expected in found
    assert not [c for c in found if ", announced," in c or ", unveiled," in c]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Loretta Faye Simmons, 57, of Forrest City was found guilty on 11 counts of wire fraud "
            "and two counts of theft from a program receiving federal funds.",
            "Loretta Faye Simmons was found guilty on 11 counts of wire fraud and two counts of "
            "theft",
        ),
        (
            "Carl Meehan, 41, targeted 11 victims across Stockport and Tameside over 14 months, "
            "the court heard.",
            "Carl Meehan targeted 11 victims across Stockport and Tameside over 14 months, "
            "court hears",
        ),
    ],
)
def test_a_persons_age_and_town_are_no_part_of_the_headline(sentence, expected):
    assert compress(sentence, PRESETS["headline"]) == expected


def test_a_name_in_apposition_is_not_parted_from_the_verb_after_it():
    sentence = (
        "Lim Boon Keat, 46, took $280,450 from 14 home owners between February and September "
        "2020, before his firm, Prestige Haus Interior, stopped operating and he stopped "
        "answering their calls."
    )
    found = candidates(sentence, PRESETS["headline"])
    assert found and not [c for c in found if c.endswith("Prestige Haus Interior")]


@pytest.mark.parametrize(
    "sentence, not_expected",
    [
        (  # a sale's price is its complement
            "Dragon fruit farmers in Binh Thuan Province are selling at a fraction of last "
            "month's prices as hundreds of trucks wait to cross the northern border into China.",
            "are selling",
        ),
        (  # the subject's relative clause, the main verb after the cut
            "Wellesley residents who have always dropped off their trash and recycling at the "
            "Recycling and Disposal Facility for free could soon be paying $75 a year.",
            "Disposal Facility",
        ),
        (  # a sponsor named in apposition, its verb after the closing comma
            "The German Continental team Nordbräu-Hansa has stopped racing with immediate effect "
            "after its title sponsor, the Rostock brewery Nordbräu, withdrew its funding, leaving "
            "14 riders looking for work.",
            "the Rostock brewery Nordbräu",
        ),
    ],
)
def test_cuts_seen_in_the_sixteenth_sessions_probes_are_refused(sentence, not_expected):
    assert _refused_after(sentence, not_expected)
    assert not [c for c in candidates(sentence, PRESETS["headline"]) if c.endswith(not_expected)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (  # the sentence's own verb after an aside is no participle aside of a date
            "The regional airline, Skyway, collapsed on Tuesday, leaving more than 500 employees "
            "and thousands of stranded passengers across Europe without any clear way home.",
            "The regional airline, Skyway, collapsed",
        ),
        (  # "said it would cut" is the verb and its clause, not a credit
            "The German chipmaker, which employs thousands of people at its sprawling plants in "
            "Dresden and Munich, said it would cut 500 jobs.",
            "The German chipmaker said it would cut 500 jobs",
        ),
        (  # an age before a "who" aside keeps the comma the aside needs
            "John Smith, 45, who was arrested on Monday after a long police search of the "
            "estate, appeared in court charged with murder.",
            "John Smith, 45, who was arrested after a long police search of the estate, appeared "
            "in court charged with murder",
        ),
        (  # a home town after "of the"
            "John Smith, 45, of the Bronx, was charged with murder after a shooting at a bodega "
            "in the early hours of the morning.",
            "John Smith was charged with murder after a shooting at a bodega in the early hours "
            "of the morning",
        ),
    ],
)
def test_the_code_reviews_cases(sentence, expected):
    assert compress(sentence, PRESETS["headline"]) == expected


def test_figures_of_a_list_are_no_ages():
    from summarize.headline import _without_age

    sentence = "Kabul, 12, and Kandahar, 8, had the most cases of the disease last month."
    assert _without_age(sentence) == sentence
    assert _without_age("Anelka, 25, is in talks.") == "Anelka is in talks."


def test_a_leading_time_clause_is_no_headline_and_its_main_clause_is():
    sentence = (
        "Seven months after cruise ships began calling at Ocho Rios again, craft vendors in the "
        "resort town say the return of the vessels has done little for their businesses."
    )
    found = candidates(sentence, PRESETS["headline"])
    main = (
        "Craft vendors in the resort town say the return of the vessels has done little for "
        "their businesses"
    )
    assert main in found
    assert not [c for c in found if c.endswith("calling at Ocho Rios again")]


def test_a_relative_clause_before_a_credit_is_no_subject_before_its_verb():
    sentence = (
        "The company has hired Whitcombe & Partners LLC to advise on a potential sale of the "
        "unit, which could fetch $600 million to $800 million, said the people, who asked not "
        "to be identified."
    )
    found = candidates(sentence, PRESETS["headline"])
    assert (
        "The company has hired Whitcombe & Partners LLC to advise on a potential sale of the "
        "unit" in found
    )
    assert not [c for c in found if "unit said" in c]  # the aside dropped, its credit run on


def test_a_place_in_apposition_goes_when_the_sentence_is_too_long():
    sentence = (
        "Inspectors found Glenmore House Nursing Home, near Castlepollard, was short of staff "
        "on 11 of the 14 days they reviewed in May."
    )
    assert compress(sentence, PRESETS["headline"]) == (
        "Inspectors found Glenmore House Nursing Home was short of staff on 11 of the 14 days "
        "they reviewed in May"
    )


FOOT_CLINIC = (
    "A specialist foot care clinic at the Eunice Gibson Polyclinic is being credited with a "
    "sharp fall in the number of diabetic patients in its catchment area who have lost a leg "
    "or foot, health officials said on Thursday."
)
VETERAN = (
    "Ravensheugh Lad may be 12 years old and running off a mark of 97, but there was no more "
    "popular winner anywhere in Britain on Wednesday than the Northumberland-trained veteran, "
    "who landed the Tyne Valley Vets Handicap Chase at Hexham for the third year in succession."
)


@pytest.mark.parametrize(
    "sentence, not_expected",
    [
        (FOOT_CLINIC, "is being credited"),  # a passive's "with" is its complement
        (VETERAN, "12 years old"),  # a concession: the claim comes after its "but"
        (VETERAN, "a mark of 97"),
    ],
)
def test_no_cut_parts_a_passive_from_its_with_or_a_concession_from_its_but(sentence, not_expected):
    preset = PRESETS["headline"]
    assert not [c for c in candidates(sentence, preset) if not_expected in c.split(",")[0]]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (  # a subject's relative clause goes: the indefinite subject stays true without it
            "A MAN who arranged for more than two kilos of cannabis to be posted to addresses "
            "across the island has been jailed for five years.",
            "A MAN has been jailed for five years",
        ),
        (  # a cut before "whose"
            "THE State has been ordered to pay K1.8 million to a Baiyer clan whose land was "
            "occupied by a government agriculture station for more than 20 years without any "
            "lease or rent being paid.",
            "THE State has been ordered to pay K1.8 million to a Baiyer clan",
        ),
        (  # a list of names, then "and" and a verb: the second verb's phrase goes
            "Hallbrook Mutual Insurance Co. said it will stop writing new homeowners policies in "
            "Kansas, Nebraska and Oklahoma and will begin non-renewing its existing book in "
            "those states next year, after two consecutive seasons of severe hail and wind "
            "losses pushed its property results deep into the red.",
            "Hallbrook Mutual Insurance Co says it will stop writing new homeowners policies in "
            "Kansas, Nebraska and Oklahoma",
        ),
        (  # a "that" clause with its verb: the relative aside may go
            "The study shows that the drug reduces deaths by a third, which surprised researchers "
            "at the University of Oxford and elsewhere.",
            "The study shows that the drug reduces deaths by a third",
        ),
        (  # "at" and a house number is a place, not a level
            "Officers raided an address in north London and seized cannabis plants worth more "
            "than £100,000 at 45 High Street, police said.",
            "Officers raided an address in north London and seized cannabis plants worth more "
            "than £100,000",
        ),
    ],
)
def test_a_long_first_sentence_yields_a_clause(sentence, expected):
    assert expected in candidates(sentence, PRESETS["headline"])


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (  # an "-ing" subject with its verb is no leading phrase
            "Lending to small businesses fell by 12 percent last year, the lowest level since "
            "records began in 2011, according to figures from the Bank of England.",
            "Lending to small businesses fell by 12 percent last year, according to figures from "
            "the Bank of England",
        ),
        (  # nor is a clause after a preposition with no comma
            "In Germany inflation fell to 2.2 percent in August, the lowest level since March "
            "2021, as energy prices continued to ease across the eurozone.",
            "In Germany inflation fell to 2.2 percent in August",
        ),
        (  # "and" opens a clause whose verb the rules cannot see: the cut stays
            "Three men have been charged with murder and police say further arrests remain likely "
            "as detectives continue to question witnesses in the town.",
            "Three men have been charged with murder",
        ),
        (
            "Tesco reported annual profits of £2.3 billion, up 12 percent and analysts expect "
            "further growth in the coming year as inflation eases.",
            "Tesco reported annual profits of £2.3 billion, up 12 percent",
        ),
        (  # after a comma, "when" opens an aside: a month in it is not the claim's time
            "Shares in the company have fallen by more than 60 percent since their peak in 2021, "
            "when the firm floated on the stock market in June at a valuation of £7 billion.",
            "Shares in the company have fallen by more than 60 percent since their peak in 2021",
        ),
        (  # a reported clause's bare present verb: asked about only before "and"
            "Figures published on Thursday show that women earn about 15 per cent less than men "
            "on average, a gap that has barely changed in a decade, according to the ONS.",
            "Figures published show that women earn about 15 per cent less than men on average, "
            "according to the ONS",
        ),
        (  # ", two of them with ...": a detail, the claim stands
            "Seven people were taken to hospital after a coach carrying schoolchildren overturned "
            "on the M6 near Stafford on Tuesday morning, two of them with serious injuries.",
            "Seven people were taken to hospital after a coach carrying schoolchildren overturned "
            "on the M6 near Stafford",
        ),
        (  # "for" after an infinitive is no "ask for"
            "Police asked residents to stay indoors for the rest of the day after a chemical leak "
            "at the plant sent a cloud of toxic smoke drifting over the town on Monday afternoon.",
            "Police asked residents to stay indoors",
        ),
        (  # "over when ..." has its object
            "Talks between the two main parties on forming a coalition government stalled over "
            "when to hold a referendum on independence, officials close to the negotiations said "
            "on Friday.",
            "Talks between the two main parties on forming a coalition government stalled, say "
            "officials close to the negotiations",
        ),
        (  # "orders that ...": a noun's relative clause, not a report
            "The factory has won new orders that keep its 300 workers busy until the end of next "
            "year, in a boost for the town after months of uncertainty over its future.",
            "The factory won new orders that keep its 300 workers busy until the end of next year",
        ),
        (  # "as" after a participle's aside is no verb
            "Airlines cancelled more than 2,000 flights across the United States on Monday, caused "
            "by freezing rain and heavy snow, as millions of people tried to get home.",
            "Airlines cancelled more than 2,000 flights across the United States",
        ),
    ],
)
def test_cuts_the_rules_of_pairs_lists_and_leading_phrases_leave_alone(sentence, expected):
    assert expected in candidates(sentence, PRESETS["headline"])


def test_a_home_town_with_particles_goes_whole_with_the_age():
    sentence = (
        "Jordan Le Cheminant, 27, of Rue des Landes, St Peter Port, had admitted importing the "
        "class B drug and possessing it with intent to supply when he appeared before the Royal "
        "Court yesterday."
    )
    heads = candidates(sentence, PRESETS["headline"])
    assert heads and all(h.startswith("Jordan Le Cheminant had admitted") for h in heads)


@pytest.mark.parametrize(
    "sentence, expected, not_expected",
    [
        (  # "and" then another auxiliary: the update is the news, the head is stale
            "Royal Cornwall Hospital was rated inadequate by inspectors in 2021 and has now been "
            "rated good after a follow-up visit in March, the Care Quality Commission said.",
            None,
            "in 2021",
        ),
        (  # "as" after a passive is a time here, not the passive's complement
            "Two men were injured as a fire ripped through a block of flats in Salford in the "
            "early hours of Sunday morning, police said.",
            "Two men were injured",
            None,
        ),
        (  # a passive after "may be" is a claim, not a concession
            "Thousands of jobs may be lost as the carmaker closes its plant in Sunderland, union "
            "leaders warned on Monday, but the company said talks were continuing.",
            "Thousands of jobs may be lost",
            None,
        ),
        (  # "the officer | whose evidence ...": the claim is in the clause
            "Detective Sergeant Ian Marsh was the officer whose evidence led to the collapse of "
            "the trial of six men accused of fraud in 2019.",
            None,
            "was the officer",
        ),
        (  # "on Friday" after an age is no home town's particle
            "Lee Carter, 40, on Friday admitted stealing more than £20,000 from the church where "
            "he worked as a caretaker.",
            "Lee Carter admitted stealing more than £20,000",
            "40",
        ),
    ],
)
def test_the_code_reviews_cases_of_the_long_sentence_rules(sentence, expected, not_expected):
    heads = candidates(sentence, PRESETS["headline"])
    assert expected is None or expected in heads
    assert not_expected is None or not [h for h in heads if not_expected in h]


@pytest.mark.parametrize(
    "sentence, expected, not_expected",
    [
        (  # an adjective's noun is after "and": no cut there
            "After more than three hours of public comment that stretched past 11 p.m., the "
            "Fayette County Board of Education on Monday approved new elementary and middle school "
            "attendance boundaries that will move roughly 1,900 students to different schools.",
            None,
            "approved new elementary",
        ),
        (  # a verb after "and": the adjective was a noun
            "Joe Biden held talks at the White House with the former president and urged him to "
            "back the bill before the vote next week.",
            "Joe Biden held talks at the White House with the former president",
            "with the former",
        ),
        (  # an "-ing" noun, and an "-ing" after an adverb, take no phrase of their own
            "Rescue teams in Turkey are still searching for survivors of the earthquake three days "
            "after it struck the south of the country.",
            "Rescue teams in Turkey are still searching",
            "survivors of the",
        ),
        (  # a participle after its noun takes its phrase
            "Mark Kearley has been chasing a Tely 10 title since he was a teenager watching from "
            "the sidewalk on Topsail Road.",
            None,
            "teenager watching",
        ),
        (  # an aside with a figure's comma, then the verb: the relative clause goes whole
            "A scrap metal thief who stripped lead from the roofs of five village churches, "
            "causing more than £90,000 of damage, has been jailed for three and a half years.",
            "A scrap metal thief has been jailed for three and a half years",
            "churches",
        ),
        (  # a defining clause stays with its noun: not all bags, those sold online
            "Health officials are urging parents to stop buying baby sleeping bags that have been "
            "sold online by a small number of unregistered overseas sellers.",
            None,
            "baby sleeping bags",
        ),
    ],
)
def test_cuts_at_an_adjective_a_participle_and_a_figures_comma(sentence, expected, not_expected):
    heads = candidates(sentence, PRESETS["headline"])
    assert expected is None or expected in heads
    assert not [h for h in heads if h.endswith(not_expected)]


@pytest.mark.parametrize(
    "sentence, not_expected",
    [
        (  # "at" and a figure: the verb's level, not a place
            "For 15 years, the banner on the wall of the Waimea High School gym ended at 1992.",
            "gym ended",
        ),
        (  # a "that" clause's subject, its verb after a relative aside
            "The court heard that the cost of repairs came to €212,000, and that the hall, which "
            "is used by the local drama group, a playschool and two dancing classes, was closed.",
            "that the hall",
        ),
        (  # an aside that the next clause points into ("of which") stays
            "The figures were released yesterday by the council's department of urban planning, "
            "which said its inspectors have opened 148 disciplinary files since January, of which "
            "61 have already ended in fines.",
            "ended in fines",  # within 20 words only with the aside dropped
        ),
    ],
)
def test_cuts_at_a_level_a_that_clauses_subject_and_an_aside_pointed_into_are_refused(
    sentence, not_expected
):
    heads = candidates(sentence, PRESETS["headline"])
    assert not [h for h in heads if h.endswith(not_expected)]


def test_no_cut_after_a_participle_that_takes_the_phrase_after_it():
    sentence = (
        "The cases were brought under the Equine Anti-Doping and Controlled Medication "
        "Regulations following positive samples taken from horses competing at Al Wathba."
    )
    assert not [c for c in candidates_of(sentence) if c.endswith("taken")]
    banksy = (
        "A Banksy mural worth an estimated £1m was reportedly stolen from the side of a building "
        "in Bristol overnight by thieves who used a cherry picker, police said."
    )
    assert "A Banksy mural worth an estimated £1m was reportedly stolen" in candidates_of(banksy)


def test_a_habits_day_is_no_date_to_drop():
    sentence = (
        "EVERY other Tuesday for the past six years, Peggy Aldridge has walked the 300 yards "
        "from her cottage to the Old Forge Surgery in Stanton Harcourt to have her blood taken."
    )
    out = candidates_of(sentence)
    assert (
        "EVERY other Tuesday for the past six years, Peggy Aldridge has walked the 300 yards" in out
    )
    assert not [c for c in out if "other for" in c]


def test_no_cut_between_two_nouns_a_count_covers():
    sentence = (
        "Alberta officials say the number of infested fields confirmed in that province passed "
        "420, spread across 13 counties and municipal districts, up from 12 fields in 2003."
    )
    assert not [c for c in candidates_of(sentence) if c.endswith("13 counties")]
    strikes = (
        "Israeli strikes killed 18 people and medical workers at the hospital said many of the "
        "dead were women and children from one family, the health ministry said on Sunday."
    )
    assert "Israeli strikes killed 18 people, says health ministry" in candidates_of(strikes)
    # a verb after "and" opens a second clause: the cut before it stays
    assert compress(
        "The bench directed the district magistrate of Barabanki to take back possession of the "
        "land within four weeks and restore it to the gram sabha.",
        PRESETS["headline"],
    ).endswith("within four weeks")


def test_a_figures_comma_ends_no_aside():
    sentence = (
        "The study, which followed 2,614 adults discharged from 11 hospitals in Ohio and "
        "Florida between 2016 and 2018, found that patients in the program fared better."
    )
    assert not [c for c in candidates_of(sentence) if "614" in c and "2,614" not in c]


def test_a_figure_before_and_covers_what_follows_it():
    sentence = (
        "Taipei, June 19 (CNA) The Council of Agriculture (COA) on Wednesday announced it will "
        "provide an estimated NT$870 million (US$27.7 million) in cash relief and low-interest "
        "loans to farmers in central and southern Taiwan whose crops were damaged by rain."
    )
    heads = candidates_of(sentence)
    assert not [c for c in heads if c.endswith("cash relief")]
    assert not [c for c in heads if c.startswith("Taipei")]


def candidates_of(sentence: str) -> list[str]:
    from summarize.headline import candidates

    return candidates(sentence, PRESETS["headline"])


@pytest.mark.parametrize(
    "sentence, head",
    [  # a verb after "and" opens a second clause: the cut before it stays
        (
            "The economy grew 0.6% in the first quarter and annual growth rose to 1.8%, beating "
            "forecasts from economists polled by Reuters, the statistics office said.",
            "The economy grew 0.6% in the first quarter, says statistics office",
        ),
        (
            "The victim was taken to hospital at about 2am with stab wounds and critical care "
            "staff fought for hours to save his life, but he died later that morning.",
            "The victim was taken to hospital at about 2am with stab wounds",
        ),
    ],
)
def test_a_cut_before_a_second_clause_after_a_figure_stays(sentence, head):
    assert head in candidates_of(sentence)


def test_a_count_of_two_nouns_and_a_list_of_figures_are_not_split():
    schools = (
        "Schools were closed in six counties and special municipalities across Taiwan on "
        "Thursday as Typhoon Gaemi approached the island."
    )
    assert "Schools were closed in six counties" not in candidates_of(schools)
    smith = (
        "Smith, who had 1,200 indecent images on his computer, 300 on his phone and a further "
        "50 on a memory stick, was jailed for two years at Truro Crown Court."
    )
    assert not [c for c in candidates_of(smith) if c.startswith("Smith 300")]
    festival = "The festival, which drew 210,000 people, a record, will return next year."
    assert not [c for c in candidates_of(festival) if c.startswith("The festival a record")]


def test_the_last_boundary_within_the_budget_is_seen():
    # the phrase boundary before "at" lies at the budget's edge: its lookahead reads past it
    sentence = (
        "Central Kingfishers FC came from a goal down to beat Western Sharks 2-1 and claim the "
        "National Club Championship title at a packed Lawson Tama Stadium in Honiara on "
        "Saturday afternoon."
    )
    full = (
        "Central Kingfishers FC came from a goal down to beat Western Sharks 2-1 and claim the "
        "National Club Championship title"
    )
    assert compress(sentence, PRESETS["headline"]) == full
    assert full in candidates(sentence, PRESETS["headline"])


def test_a_passive_after_an_asides_comma_keeps_its_auxiliary():
    # "..., originally scheduled for May, pushed back" would read as the aside going on
    from summarize.headline_tense import headline_tense

    tram = "The opening of the line, originally scheduled for May, has been pushed back to June"
    assert headline_tense(tram) == tram
    people = "Twenty-eight people, including a Briton, have been arrested in a global operation"
    assert headline_tense(people) == people
    assert headline_tense("Five men have been charged with theft") == "Five men charged with theft"


def test_the_perfect_of_a_state_that_goes_on_stays():
    # with a duration up to now the past would say the state ended
    saws = "For 112 years, the Kessler-Rautenberg family has made industrial band saws."
    assert compress(saws, PRESETS["headline"]).startswith(
        "For 112 years, the Kessler-Rautenberg family has made"
    )
    since = "Ron Lindgren has oiled the same 12 lanes nearly every morning since 1971."
    assert "has oiled" in compress(since, PRESETS["headline"])
    # a passive's term is no state that goes on: the headline's past
    jailed = "A man has been jailed for five years for a string of burglaries in Leeds."
    assert compress(jailed, PRESETS["headline"]).startswith("A man jailed for five years")
    # a record's "since", a duration in another clause: the headline's past
    record = "The bank has raised interest rates to their highest level since 2001."
    assert compress(record, PRESETS["headline"]).startswith("The bank raised")
    other = "Rovers have sacked Tom Byrne, who had been in charge for three years."
    assert compress(other, PRESETS["headline"]).startswith("Rovers sacked")
    # each perfect by its own clause: the relative clause's goes on, the sentence's ended
    bakery = "A bakery that has operated in the town since 1890 has closed."
    assert compress(bakery, PRESETS["headline"]) == (
        "A bakery that has operated in the town since 1890 closed"
    )


def test_a_claim_bounded_until_now_keeps_its_bound():
    sentence = (
        "Until now, staff have largely relied on measurements taken from a vehicle driven along "
        "the island's roads beneath the plume, a method which depended on the weather."
    )
    assert all(c.startswith("Until now") for c in candidates(sentence, PRESETS["headline"]))


def test_no_cut_parts_a_relative_clause_from_a_main_verb_in_the_headline_tense():
    sentence = (
        "A Renwick man who siphoned more than 2000 litres of diesel from vineyard tanks over "
        "four months has been ordered to pay back $4850 and complete 250 hours of community "
        "work."
    )
    assert candidates(sentence, PRESETS["headline"]) == [
        "A Renwick man has been ordered to pay back $4850 and complete 250 hours of community work"
    ]


def test_cuts_seen_in_final34_are_refused():
    donkeys = (
        "Nearly two thirds of the donkeys pulling carts in and around the central Ethiopian "
        "towns of Adama and Mojo are working with open wounds, according to a new survey."
    )
    assert not [c for c in candidates(donkeys, PRESETS["headline"]) if "carts in," in c]
    floor = (
        "More than two decades after the first protests against the smelter, the forest floor "
        "on both sides of the border is still far from recovered, a new study shows."
    )
    assert not [c for c in candidates(floor, PRESETS["headline"]) if "still far," in c]
    # a leading phrase's comma that was a list's: the communes did not open the store
    growers = (
        "In late January a group of 46 growers from the Belsk Duży, Błędów and Mogielnica "
        "communes, who formed the Sad-Pol producer group two years ago, opened a "
        "controlled-atmosphere store with room for 6,200 metric tons of apples."
    )
    assert not [c for c in candidates(growers, PRESETS["headline"]) if c.startswith("Błędów")]


def test_the_second_reviews_cuts_are_offered():
    # "Russia and China said": a subject after the leading phrase, no list's end
    talks = (
        "In a joint statement issued after talks in Beijing on Tuesday, Russia and China said "
        "they opposed any new United Nations sanctions on North Korea over its missile tests."
    )
    assert candidates(talks, PRESETS["headline"])[0].startswith("Russia and China said")
    # a particle before "and after", "so far" before "from": the cuts stay
    brought = (
        "The 44-year-old was brought in and after eight hours of questioning he was charged "
        "with the murder of his neighbour in the town."
    )
    assert "The 44-year-old was brought in" in candidates(brought, PRESETS["headline"])
    rescue = (
        "Rescue teams have recovered the bodies of 12 people so far from the rubble of the "
        "collapsed building in the city centre."
    )
    assert "Rescue teams recovered the bodies of 12 people so far" in candidates(
        rescue, PRESETS["headline"]
    )
