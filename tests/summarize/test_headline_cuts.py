"""Where a headline may be cut (``summarize.headline_cuts.may_cut``), through the
candidates ``summarize.headline`` makes."""

import pytest

from summarize.budget import PRESETS
from summarize.headline import candidates
from summarize.object_cuts import list_subject_cut


@pytest.mark.parametrize(
    "sentence, never",
    [
        (  # "as much as" opens a quantity, not a clause
            "Air travellers on Nigeria's domestic routes are paying as much as 70 percent more "
            "for tickets.",
            "Air travellers on Nigeria's domestic routes are paying",
        ),
        (  # the verb's own "for"
            "The startup, which develops optical interconnects for data centers, will use the "
            "money to expand its R&D center and prepare for volume production.",
            "The startup, which develops optical interconnects for data centers, will use the "
            "money to expand its R&D center and prepare",
        ),
        (  # a list of figures (probe-outlets-final38: "lost the first two sets 20-25" read false)
            "In an emotional final, the lakeside club lost the first two sets 20-25, 23-25 before "
            "winning the next three.",
            "The lakeside club lost the first two sets 20-25",
        ),
        (  # a verb of posture needs where
            "U Aung Kyaw Soe leans over a bamboo railing and lowers a puppet onto a bare stage.",
            "U Aung Kyaw Soe leans",
        ),
        (  # a pointing phrase left without what it points to (probe-outlets-final37)
            "The Kolkhida summer cinema in Kutaisi will open its doors again on Friday after "
            "more than two decades of neglect, this time as a year-round venue.",
            "The Kolkhida summer cinema in Kutaisi will open its doors again after more than two "
            "decades of neglect, this time",
        ),
        (  # a passive's preposition with no object (probe-outlets-final41, read nonsense)
            'The remaining 8,000 bags, worth K256 million, would be paid for "within the next two '
            'weeks" once the agency received the second release of funds from the Treasury.',
            "The remaining 8,000 bags, worth K256 million, would be paid",
        ),
        (  # a claim held back by its "but" clause (probe-outlets-final41, read misleading)
            "The Western Cape High Court has granted a property company an order to evict 43 "
            "families from its land in Philippi, but has ruled that nobody may be removed until "
            "the City of Cape Town shows the court where the families will be housed.",
            "The Western Cape High Court granted a property company an order to evict 43 families",
        ),
        (  # "but only when": the claim's condition (probe-outlets-final42, read misleading)
            "Small fixed-wing drones can count dugongs more accurately than trained observers in "
            "light aircraft, but only when the weather co-operates, a James Cook University study "
            "has found.",
            "Small fixed-wing drones can count dugongs more accurately than trained observers in "
            "light aircraft, James Cook University study finds",
        ),
        (  # "a long way" from what (probe-outlets-final42, read nonsense)
            "Down a set and trailing 19-14 in the second, the Holy Cross Crusaders looked a long "
            "way from a city championship Wednesday night.",
            "Down a set and trailing 19-14 in the second, the Holy Cross Crusaders looked a long "
            "way",
        ),
        (  # a kicker before a colon, the claim after it (probe-outlets-final42, read nonsense)
            "Tiny tags, big river: Scientists tracking shad in the Delaware say a low-oxygen "
            "stretch near Philadelphia may be killing fish on the way back to sea",
            "Tiny tags, big river",
        ),
        (  # an obligation's place (probe-outlets-final41, read misleading)
            "The cocheros, as the drivers are known, will have to leave and pick up their "
            "passengers at a new terminal built on a former parking lot on Avenida de los "
            "Libertadores, about six blocks from the park.",
            "The cocheros, as the drivers are known, will have to leave and pick up their "
            "passengers",
        ),
        (  # whose new home (probe-outlets-final41, read misleading: housing, not a depot)
            "PEORIA — The city will buy a shuttered bakery on the South Side and turn it into a "
            "new home for its public works department, after a divided City Council voted 6-4 "
            "Tuesday night to approve the $3.1 million purchase.",
            "The city will buy a shuttered bakery on the South Side and turn it into a new home",
        ),
        (  # a subject and its relative clause, the sentence's verb cut away (final41, nonsense)
            "Heavy rains that have pounded Northern Bahr el Ghazal State for more than a week have "
            "flooded at least 14 villages in Aweil East County, displacing an estimated 2,870 "
            "households, local officials said on Monday.",
            "Heavy rains that have pounded Northern Bahr el Ghazal State, say local officials",
        ),
        (  # a passive's second participle (probe-outlets-final44, read misleading)
            "PARENTS at two small rural primary schools near Cookstown have vowed to fight "
            "proposals which would see both closed and replaced by a single amalgamated school.",
            "PARENTS at two small rural primary schools near Cookstown vowed to fight proposals "
            "which would see both closed",
        ),
        (  # a price's "for" (probe-outlets-final44, read nonsense)
            "A 50-kilogramme bag of shea nuts now sells for between GH¢32 and GH¢38 in markets in "
            "Tamale, Savelugu and Walewale, up from GH¢20 at the same time last year, according to "
            "processors.",
            "A 50-kilogramme bag of shea nuts now sells, according to processors",
        ),
        (  # one amount of a sum (probe-outlets-final44, read misleading)
            "Judge Fatuma Masoud ordered Pangani Valley Sisal Estates Limited to pay Coastal "
            "Commercial Bank Limited 913m/- as the outstanding principal amount and 357m/- as "
            "accrued interest within 60 days of the judgment.",
            "Judge Fatuma Masoud ordered Pangani Valley Sisal Estates Limited to pay Coastal "
            "Commercial Bank Limited 913m/-",
        ),
        (  # a "between" without its second term (probe-outlets-final44, read nonsense)
            "A network of 42 underwater receivers tracked the fish as they moved between the "
            "river, the harbor and the Gulf of Mexico.",
            "A network of 42 underwater receivers tracked the fish as they moved between the river",
        ),
        (  # a past habit without its duration (probe-outlets-final44, read misleading)
            "For 22 years, the lights at Sekolah Kebangsaan Kampung Tual Hulu went off at 1am, "
            "when the diesel generator behind the staff quarters was switched off to save fuel.",
            "The lights at Sekolah Kebangsaan Kampung Tual Hulu went off",
        ),
        (  # a distance without its direction (probe-outlets-final41, read nonsense)
            "The remains of a giant rhinoceros were found in the Turgai depression 18 kilometers "
            "to the south-east of the remote village of Karatobe in the Amangeldy district.",
            "The remains of a giant rhinoceros were found in the Turgai depression 18 kilometers",
        ),
        (  # a subject and its aside, the verb after the aside's comma (final43, nonsense)
            "A late try from replacement scrum-half Colm Hegarty, five minutes after coming off "
            "the bench, earned Munster a hard-fought 23-16 win over Glasgow Warriors at Musgrave "
            "Park on Saturday evening.",
            "A late try from replacement scrum-half Colm Hegarty, five minutes after coming off "
            "the bench",
        ),
        (  # a relative clause whose sentence's verb is 90 characters on (final43, nonsense)
            "A CARLISLE man who stole quad bikes from 14 farms across north Cumbria and sold them "
            "through a contact over the border has been jailed for three years and four months.",
            "A CARLISLE man who stole quad bikes",
        ),
    ],
)
def test_no_cut_that_leaves_the_claim_wanting(sentence, never):
    assert never not in candidates(sentence, PRESETS["headline"])


@pytest.mark.parametrize(
    "sentence, never",
    [
        (  # two adjectives of one noun (BBC dev: "victory in a dour" read nonsense)
            "Six Chris Paterson penalties gave Scotland victory in a dour but clinical encounter "
            "against Italy at Murrayfield.",
            "Six Chris Paterson penalties gave Scotland victory in a dour",
        ),
        (  # a ban keeps what it bans (BBC dev: "casinos will be banned" read false)
            "Controversial new UK casinos will be banned from using American tricks of the trade "
            "to ensure they are socially responsible.",
            "Controversial new UK casinos will be banned",
        ),
        (
            "Culture Secretary Tessa Jowell said proposed super-casinos will be different from "
            "their US counterparts in the way they treat gamblers and the hours they keep.",
            "Culture Secretary Tessa Jowell says proposed super-casinos will be different",
        ),
    ],
)
def test_a_pair_or_a_complement_is_not_cut_away(sentence, never):
    assert never not in candidates(sentence, PRESETS["headline"])


@pytest.mark.parametrize(
    "sentence, never",
    [
        (  # final54: "... in Dar es Salaam charged" read nonsense
            "Two clearing agents and a pharmacist appeared before the Kisutu Resident "
            "Magistrate's Court in Dar es Salaam on Monday charged with importing counterfeit "
            "anti-malaria tablets worth over 86 million/- through the port.",
            "Two clearing agents and a pharmacist appeared before the Kisutu Resident "
            "Magistrate's Court in Dar es Salaam charged",
        ),
        (  # final54: "an ordinance barring commercial fishing vessels" read as a blanket ban
            "The council approved an ordinance barring commercial fishing vessels from the "
            "outer portion of the municipal waters during the spawning season.",
            "The council approved an ordinance barring commercial fishing vessels",
        ),
        (  # two ordinals of one noun
            "The City Council on Tuesday approved on third and final reading an ordinance "
            "barring commercial fishing vessels from the outer portion of the city's waters.",
            "The City Council approved on third",
        ),
        (  # final54: the age aside took "of Maes" and left "y Dderwen" as a name
            "Keith Alun Hughes, 58, of Maes y Dderwen, Rhostyllen, made 71 transfers from the "
            "hall's account into his own, Mold Crown Court heard.",
            "Keith Alun Hughes y Dderwen, Rhostyllen, made 71 transfers, Mold Crown Court hears",
        ),
        (  # its age alone goes
            "Keith Alun Hughes, 58, of Maes y Dderwen, Rhostyllen, made 71 transfers from the "
            "hall's account into his own, Mold Crown Court heard.",
            "Keith Alun Hughes, 58, of Maes y Dderwen, Rhostyllen, made 71 transfers, Mold Crown "
            "Court hears",
        ),
        (  # a leading phrase's other name is no clause's start
            "Under the Philippine Fisheries Code of 1998, or Republic Act 8550, municipal waters "
            "within 15 kilometers of the shore are reserved for municipal fisherfolk.",
            "Or Republic Act 8550, municipal waters within 15 kilometers of the shore are reserved "
            "for municipal fisherfolk",
        ),
    ],
)
def test_final54s_cuts_stay_whole(sentence, never):
    assert never not in candidates(sentence, PRESETS["headline"])


def test_a_superlative_keeps_its_time_span():
    """probe-outlets-final43: "have hit their highest level" was read as the highest ever."""
    monkfish = (
        "Monkfish prices at Peterhead have hit their highest level for more than two years as a "
        "fortnight of gales and tight effort limits cut landings into the Blue Toon to a trickle."
    )
    found = candidates(monkfish, PRESETS["headline"])
    assert found and not [c for c in found if c.endswith("highest level")]
    assert "Monkfish prices at Peterhead hit their highest level for more than two years" in found


def test_first_and_last_keep_their_time_span():
    """probe-outlets-final52: "clinched their first league title" was read false: the club
    had won one 18 years before."""
    found = candidates(
        "A 16-YEAR-OLD schoolboy took a hat-trick as Harpsden clinched their first league title "
        "for 18 years on the final day of the season.",
        PRESETS["headline"],
    )
    assert found and not [c for c in found if c.endswith("first league title")]


def test_a_list_keeps_its_items_and_no_cut_ends_on_a_conjunction():
    """probe-outlets-final52: "is made up of a paramedic, a police officer" was read false."""
    found = candidates(
        "The quick response team is made up of a paramedic, a police officer, a peer recovery "
        "coach and, when one is available, a member of the clergy.",
        PRESETS["headline"],
    )
    assert not [c for c in found if c.endswith(("paramedic", "officer", "and"))]
    kept = candidates(
        "The event included a full marathon, a half marathon, a 10 km run and a 3 km family run.",
        PRESETS["headline"],
    )
    assert not [c for c in kept if c.endswith("a full marathon")]
    verbs = candidates(  # a verb's list is no noun list: its first part may stand
        "The driver was fined £200, ordered to pay costs of £85 and banned from driving for a "
        "year after the crash on the A41 near Bicester.",
        PRESETS["headline"],
    )
    assert "The driver was fined £200" in verbs


def test_the_reviews_list_but_and_accusation_cuts_stay_as_they_were():
    """The review's: a cut inside a list's second item, a "but" clause read as two
    adjectives, "acquitted" and "convicted" read as accusations."""
    found = candidates(
        "The club signed a striker from Benfica on a four-year deal worth 40 million euros, a "
        "winger from Porto and a defender from Sporting on Thursday.",
        PRESETS["headline"],
    )
    assert not [c for c in found if c.endswith(("a winger", "from Porto"))]
    truce = candidates(
        "Ethiopia's government declared a truce but regional forces in Tigray continued to shell "
        "towns along the border with Eritrea throughout the night, aid workers said.",
        PRESETS["headline"],
    )
    assert "Ethiopia's government declared a truce, say aid workers" in truce
    assert not [c for c in truce if "regional forces" in c]
    assert "An acquitted police officer returned to work at the same station in Croydon" in (
        candidates(
            "An acquitted police officer has returned to work at the same station in Croydon, "
            "angering the family of the man who died after being restrained by a group of "
            "officers in 2019.",
            PRESETS["headline"],
        )
    )
    assert "The Kampong Chhnang Provincial Court convicted six villagers" in candidates(
        "The Kampong Chhnang Provincial Court on Tuesday convicted six villagers from Rolea "
        "B'ier district of violence and damaging property during a January confrontation with "
        "workers and guards of an agricultural company, in a land dispute that has dragged on "
        "for more than a decade.",
        PRESETS["headline"],
    )


def test_a_credited_claim_keeps_its_verb():
    """probe-outlets-final53: the credit's words had made "Fish prices" long enough."""
    found = candidates(
        "Fish prices at the Goderich and Tombo wharves have risen sharply this week following a "
        "shortage of premix fuel, traders and fishermen have said.",
        PRESETS["headline"],
    )
    assert not [c for c in found if c.startswith("Fish prices, ")]
    bread = candidates(
        "Prices of bread, rice and cooking oil have doubled in the market since January, "
        "shoppers and shopkeepers said.",
        PRESETS["headline"],
    )
    assert not [c for c in bread if c.startswith("Prices of bread, say")]
    assert "Tony Blair lied, say Tories" in candidates(
        "Tony Blair lied, the Tories have said.", PRESETS["headline"]
    )


def test_where_a_noun_is_goes_when_no_other_cut_fits():
    """probe-outlets-final43: with no cut of the lead that fits, a side sentence about a
    loan's "facility" was read as a warehouse; the lead's place is the last resort."""
    frostline = (
        "Dubai-based cold-chain logistics company Frostline has secured AED185 million ($50.4 "
        "million) in financing to build a temperature-controlled warehouse in Jebel Ali Free "
        "Zone, a move that will more than triple its storage capacity."
    )
    assert candidates(frostline, PRESETS["headline"])[0] == (
        "Dubai-based cold-chain logistics company Frostline secured AED185 million in "
        "financing to build a temperature-controlled warehouse"
    )


@pytest.mark.parametrize(
    "sentence",
    [  # a verb's or a noun's own "in"/"on", a date, a clause left open
        "The Dubai-based cold-chain logistics company controlled by the Al Ketbi family has "
        "decided to invest in Jebel Ali Free Zone after years of talks with the authorities.",
        "Irish publishing group Independent News & Media is buying up a 26% stake in Jagran "
        "Prakashan, the publisher of India's top-selling daily newspaper Dainik Jagran.",
        "A hailstorm that struck parts of Kyustendil Region and the villages near the border "
        "late on Sunday destroyed half the cherry crop.",
        "Checks by BusinessDay on the websites of six domestic carriers showed that the lowest "
        "one-way economy fare on the Lagos-Abuja route had risen to N68,000.",
    ],
)
def test_no_place_cut_that_leaves_the_claim_open(sentence):
    for head in candidates(sentence, PRESETS["headline"]):
        assert not head.endswith(("to invest", "26% stake", "region late", "economy fare"))


@pytest.mark.parametrize(
    "sentence, kept",
    [  # the review's: an aside after a verb ends its clause; a figure's comma is no aside's
        (
            "Smith opened the scoring in the 12th minute, two minutes after the restart, hit the "
            "post before half-time and was sent off in the second half.",
            "Smith opened the scoring in the 12th minute, two minutes after the restart",
        ),
        (
            "More than 2,000 homes remain without power, cut off since Saturday when the storm "
            "brought down lines across the valley.",
            "More than 2,000 homes remain without power",
        ),
        (  # a short relative clause stays and says what the man did
            "A man who married a woman in Leicester and claimed benefits under two false names "
            "for eleven years was jailed for three years at Leicester Crown Court yesterday.",
            "A man who married a woman in Leicester and claimed benefits under two false names "
            "for eleven years was jailed",
        ),
    ],
)
def test_the_reviews_cuts_stay(sentence, kept):
    found = candidates(sentence, PRESETS["headline"])
    assert kept in found
    assert not [c for c in found if "minute hit" in c or c.startswith("A man was")]


@pytest.mark.parametrize(
    "sentence, never",
    [  # probe-outlets-final46, each read nonsense or misleading
        (  # a subject, its aside still open, the sentence's verb after it
            "Sixty-two works by Elena Karastoyanova, a Bulgarian painter who left for Argentina "
            "in 1938 and was all but erased from the country's art history during the communist "
            "era, will go on show at Sofia's National Gallery on September 24.",
            ("Sixty-two works by Elena Karastoyanova", "a Bulgarian painter who left"),
        ),
        (  # an amount taken, without what it was taken from
            "A run of four frosts in the last week of September has stripped an estimated 28 per "
            "cent from canola yields across the southern Riverina, just as growers between "
            "Lockhart and Urana were starting to believe they had escaped the worst.",
            ("stripped an estimated 28 per cent",),
        ),
        (  # "everywhere" without its place
            "Current and former heavy smokers aged 55 to 74 will be able to take part in lung "
            "cancer screening everywhere in Estonia from 1 September 2024, after the government on "
            "Thursday approved an amendment to the regulation.",
            ("screening everywhere",),
        ),
        (  # a noun's participle without its place
            "Police detained five people suspected of stealing more than 38,000 litres of diesel "
            "from lorries parked at rest areas on the M1 and M15 motorways over eight months.",
            ("from lorries parked",),
        ),
        (  # the review's: a place that bounds a superlative or a "first"
            "Britain now has the highest inflation rate in the G7 after figures showed prices "
            "rising at their fastest pace for four decades in the year to October.",
            ("the highest inflation rate",),
        ),
        (  # probe-outlets-final45: a list without its last item, a participle's source
            "The side-by-side comparison was conducted on the farm of Wendell Pruitt, who grows "
            "rice, soybeans and corn on about 2,400 acres east of Harrisburg.",
            ("soybeans",),
        ),
        (
            "The hellbenders, all between 3 and 5 years old, were hatched from eggs collected "
            "from the river in 2015, 2016 and 2017 and raised at the Zoo's conservation centre.",
            ("eggs collected",),
        ),
        (
            "Construction of the mill building is scheduled to start in May, with commissioning "
            "planned for the first quarter of next year, the company said in a statement.",
            ("planned",),
        ),
        (  # probe-outlets-final47: "all but" is "almost"
            "Sunflower sea stars that once carpeted the bottom of Saanich Inlet have all but "
            "vanished, and a University of Victoria team says warm water is to blame.",
            ("have all",),
        ),
        (  # a clause of where without its verb; a quotation's speaker without his
            "The 118-kilometer line runs through karst terrain where tunnels and bridges account "
            "for 86 percent of the total length, according to the local railway authority.",
            ("where tunnels", "where tunnels, according to the local railway authority"),
        ),
        (
            '"Everything is going digital," Kirsten Pfeifer from the Consumer Electronics '
            "Association, told the BBC News website on the first day of the show in Las Vegas.",
            ("Pfeifer", "Association"),
        ),
        (  # a frequency whose clause is cut away
            "Nearly one in four patients is readmitted within a month of discharge, often "
            "because of fluid build-up, medication side effects or confusion over new pills.",
            ("often",),
        ),
        (  # final49 and final50: an irregular participle's purpose, "treated | as"
            "Growers in Hakupu, Liku and Mutalau are counting their losses this week after about "
            "14 tonnes of taro meant for the Auckland market was left sitting on Alofi wharf.",
            ("taro meant",),
        ),
        (
            'Raasay residents say they have been treated as "second-class passengers" after a '
            "breakdown on the island's ferry left the community relying on a small boat.",
            ("have been treated",),
        ),
        (  # a subject's aside that ends on a comparison; a subject and the list it includes
            "The road into Shamattawa, about 275 kilometres east of Thompson as the crow flies, "
            "opened on Feb. 9, nearly three weeks later than usual.",
            ("as the crow flies",),
        ),
        (
            "Total cargo handled at Kuryk, including bulk grain, rail wagons carried on ferries "
            "and trucks on roll-on/roll-off vessels, reached 3.1 million tonnes in January-June, "
            "up from 2.2 million tonnes a year earlier, the company said.",
            ("roll-on/roll-off vessels",),
        ),
    ],
)
def test_no_cut_that_leaves_the_claim_open(sentence, never):
    for head in candidates(sentence, PRESETS["headline"]):
        assert not head.endswith(never), head


def test_a_long_aside_goes_when_the_verb_follows_it():
    works = (
        "Sixty-two works by Elena Karastoyanova, a Bulgarian painter who left for Argentina in "
        "1938 and was all but erased from the country's art history during the communist era, "
        "will go on show at Sofia's National Gallery on September 24."
    )
    assert candidates(works, PRESETS["headline"])[0] == (
        "Sixty-two works by Elena Karastoyanova will go on show at Sofia's National Gallery"
    )


def test_a_halts_span_may_end_the_headline_before_after():
    road = (
        "The B3157 coast road between Burton Bradstock and West Bexington will remain closed for "
        "at least three weeks after a section of cliff next to the carriageway gave way."
    )
    assert candidates(road, PRESETS["headline"])[0] == (
        "The B3157 coast road between Burton Bradstock and West Bexington will remain closed for "
        "at least three weeks"
    )
    jail = (
        "High Court Judge Themba Nxumalo yesterday sentenced Sipho Bheki Matsebula (47) of "
        "Fairview to eight years' imprisonment, two of which were suspended for three years on "
        "condition that he is not convicted of an offence involving dishonesty."
    )  # "of which were suspended" is no noun's participle
    assert candidates(jail, PRESETS["headline"])[0].endswith("two of which were suspended")


def test_the_reviews_participle_asides():
    # after a verb the participle's aside stays and the next aside may still go; a short
    # subject keeps its aside, which says who it is
    prices = (
        "Prices rose, fuelled by demand from China, and the company, which operates 40 mines in "
        "Australia and Chile, raised its forecast."
    )
    assert candidates(prices, PRESETS["headline"])[0] == (
        "Prices rose, fuelled by demand from China, and the company raised its forecast"
    )
    named = (
        "A 19-year-old, stabbed to death in Croydon on Saturday night, has been named by police "
        "as Jordan Phillips, a promising footballer from south London."
    )
    assert all(
        c.startswith("A 19-year-old, stabbed to death")
        for c in candidates(named, PRESETS["headline"])
    )
    leeds = (
        "A man who lived in Leeds stole fuel from lorries parked at motorway services on the M1 "
        "and M62 over a period of eighteen months."
    )
    assert candidates(leeds, PRESETS["headline"]) == ["A man who lived in Leeds stole fuel"]
    title = (
        'Meridian+ has handed a straight-to-series order to "The Salt Road," a drama from writer '
        "Mira Castellanos, Variety learned exclusively."
    )  # a quoted title is no quotation without its speaker's verb
    assert 'to "The Salt Road," a drama from writer Mira Castellanos' in "|".join(
        candidates(title, PRESETS["headline"])
    )


def test_the_second_reviews_cuts():
    # a participle that says who made the thing goes after a short subject too
    study = (
        "The study, published in the journal Nature Medicine, found that walking 7,000 steps "
        "a day halved the risk of dying over the following decade among adults over 60."
    )
    assert candidates(study, PRESETS["headline"])[0].startswith("The study found that walking")
    # a time frame before "after" is its preposition and up to two words, or a span's bound
    shot = (
        "Van Gogh was shot and stabbed to death in November 2004 several months after "
        "receiving death threats over a film he made about the treatment of women in Islam."
    )
    assert not any(c.endswith("months") for c in candidates(shot, PRESETS["headline"]))
    # a speaker without a verb, whoever it is; a quoted title is no quotation
    quote = (
        '"People were refreshing Slack and watching names disappear," one employee, who asked '
        "not to be named because the matter is private, said on Tuesday night."
    )
    assert not any(c.endswith("one employee") for c in candidates(quote, PRESETS["headline"]))
    # a passive's "at" and its figure: "was estimated | at more than £38,000"
    cost = (
        "The total cost of the repairs and lost use of the vehicles was estimated at more than "
        "£38,000 by the council's fleet manager in a report to councillors last week."
    )
    assert not any(c.endswith("was estimated") for c in candidates(cost, PRESETS["headline"]))


def test_an_objects_list_is_no_subjects():
    police = (
        "Police in Odesa Oblast have detained four people, including two doctors, suspected of "
        "selling forged medical certificates to men seeking to avoid mobilization, the "
        "regional police said on Jan. 22."
    )
    assert candidates(police, PRESETS["headline"])[0] == (
        "Police in Odesa Oblast detained four people, including two doctors, say regional police"
    )


def test_the_third_reviews_cuts():
    found = (
        "Police arrested four people, including two teenagers, found hiding in a barn outside "
        "the village near the border late at night."
    )  # a participle on the list is no sentence's verb after it
    assert candidates(found, PRESETS["headline"])[0] == (
        "Police arrested four people, including two teenagers"
    )
    documents = (
        "The agency classified hundreds of documents as the inquiry began its hearings into the "
        "intelligence failures that preceded the attack on the embassy compound."
    )  # a clause after "as" is no label
    assert "The agency classified hundreds of documents" in candidates(
        documents, PRESETS["headline"]
    )


def test_a_halt_keeps_its_span_and_a_date_parts_two_verbs():
    # probe-outlets-final48: "will shut down its hot mill" read as for good
    mill = (
        "Valley Seamless Tube Corp. will shut down its hot mill here for at least eight weeks "
        "starting Nov. 19 and lay off 215 of its 390 hourly workers, the company said Tuesday."
    )
    assert candidates(mill, PRESETS["headline"]) == [
        "Valley Seamless Tube Corp. will shut down its hot mill here for at least eight weeks "
        "starting Nov. 19"
    ]


def test_a_participle_aside_on_the_subject_goes():
    tram = (
        "The opening of the tram extension to the Cloche d'Or business district, originally "
        "scheduled for December 2022, has been pushed back to June 2023 after inspectors "
        "discovered defective welds along a stretch of track near the Howald roundabout."
    )
    assert candidates(tram, PRESETS["headline"])[0] == (
        "The opening of the tram extension to the Cloche d'Or business district pushed back to "
        "June 2023"
    )
    cases = (
        "Eleven cases have been confirmed since July 29, compared with an average of about six "
        "cases in a typical full year in Hamilton, said Dr. Meera Castellano, the city's "
        "associate medical officer of health."
    )  # after the verb, the participle is the verb's: no "since July 29 said Dr. ..."
    assert not any("said" in c for c in candidates(cases, PRESETS["headline"]))


@pytest.mark.parametrize(
    "sentence, kept",
    [  # the third review's: a long aside after a common noun holds the claim; a place after a
        # noun whose verb is in the present; "rally" is no adverb; "hatred" no participle
        (
            "The Dubai-based logistics giant DP World opens a new temperature-controlled warehouse "
            "in Jebel Ali Free Zone that will more than double its cold storage in the emirate.",
            "The Dubai-based logistics giant DP World opens a new temperature-controlled warehouse",
        ),
        (
            "Thousands of supporters of the military government in Niger held a huge rally in "
            "Niamey on Sunday to demand the departure of French troops from the country.",
            "Thousands of supporters of the military government in Niger held a huge rally",
        ),
    ],
)
def test_the_third_reviews_cuts_stay(sentence, kept):
    assert kept in candidates(sentence, PRESETS["headline"])


def test_a_long_aside_after_a_common_noun_stays():
    """The third review's: without it, "The vote took place" says nothing."""
    vote = (
        "The vote, which means that Scotland will become the first country in the UK to allow "
        "terminally ill adults to end their own lives, took place on Tuesday evening."
    )
    assert "The vote took place" not in candidates(vote, PRESETS["headline"])


def test_a_sentence_that_fits_keeps_its_place():
    """The second review's: a place cut only where nothing else fits."""
    found = candidates(
        "Nintendo's DS handheld game console has officially gone on sale in Europe.",
        PRESETS["headline"],
    )
    assert "Nintendo's DS handheld game console has officially gone on sale" not in found


def test_a_time_aside_goes_and_the_claim_keeps_its_verb():
    """probe-outlets-final43: with the aside of when out, the try and what it earned fit."""
    try_ = (
        "A late try from replacement scrum-half Colm Hegarty, five minutes after coming off the "
        "bench, earned Munster a hard-fought 23-16 win over Glasgow Warriors at Musgrave Park on "
        "Saturday evening."
    )
    assert candidates(try_, PRESETS["headline"])[0] == (
        "A late try from replacement scrum-half Colm Hegarty earned Munster a hard-fought 23-16 "
        "win over Glasgow Warriors at Musgrave Park"
    )


def test_a_relative_clause_with_two_verbs_goes_before_the_sentences_own():
    """probe-outlets-final43: "stole ... and sold them ..." is the clause's; "has been
    jailed" the sentence's."""
    thief = (
        "A CARLISLE man who stole quad bikes from 14 farms across north Cumbria and sold them "
        "through a contact over the border has been jailed for three years and four months."
    )
    assert "A CARLISLE man has been jailed for three years and four months" in candidates(
        thief, PRESETS["headline"]
    )


def test_a_leading_clause_goes_at_a_list_of_names_inside_the_subject():
    """probe-outlets-final38: the comma after the leading clause sits before "Tuvalu,
    Kiribati and Fiji", a list inside the subject, not inside a phrase the clause left."""
    trouble = (
        "Two years after it was launched to great fanfare, the joint shipping service linking "
        "Tuvalu, Kiribati and Fiji is in trouble."
    )
    assert candidates(trouble, PRESETS["headline"]) == [
        "The joint shipping service linking Tuvalu, Kiribati and Fiji is in trouble"
    ]


@pytest.mark.parametrize(
    "sentence, cut",
    [
        (  # a relative clause's verb whose object came before it ends the claim
            "Portland's food cart owners are pushing back against a proposal that would nearly "
            "double the annual fees they pay for a license to operate in the city.",
            "Portland's food cart owners are pushing back against a proposal that would nearly "
            "double the annual fees they pay",
        ),
        (  # "as well as" adds to a list the claim holds without it
            "Liam Colclough carried out a spree of break-ins over five months, targeting new "
            "housing developments as well as tradesmen's vans parked outside their homes.",
            "Liam Colclough carried out a spree of break-ins over five months, targeting new "
            "housing developments",
        ),
        (  # a "but" clause's "until" that is a duration, not a condition: it may go
            "FortisBC says power has been restored to roughly half of the customers who lost it "
            "this afternoon, but some homes may be without electricity until Thursday morning.",
            "FortisBC says power restored to roughly half of the customers who lost it this "
            "afternoon",
        ),
        (  # an obligation's place stays, and "at a loss" with it (probe-outlets-final15)
            "Farmers in Ayeyarwady Region say they are being forced to sell their monsoon paddy "
            "at a loss because traders have cut their buying prices by a third since October.",
            "Farmers in Ayeyarwady Region say they are being forced to sell their monsoon paddy "
            "at a loss",
        ),
        (  # a "but" clause with a claim of its own, not a condition on the first: it may go
            "The storm battered the coast of Florida with winds of 120mph on Monday, but power was "
            "not restored to most homes until Friday, officials said.",
            "The storm battered the coast of Florida with winds of 120mph",
        ),
        (  # an obligation's "at" that says how much, not where: it may go
            "Teachers in England must now register with a new professional body at a cost of 45 "
            "pounds a year under rules announced by the education secretary on Monday.",
            "Teachers in England must now register with a new professional body",
        ),
        (  # a colon after a clause, not a kicker: the claim before it may stand
            "Nigeria's inflation hits record high: consumer prices rose 28.9 percent in December "
            "from a year earlier, the national bureau of statistics said on Monday.",
            "Nigeria's inflation hits record high, says national bureau of statistics",
        ),
        (  # a relative clause on a bare verb, the main verb after it: the claim is whole
            "Russian companies that rely on imports from China are struggling to obtain yuan as "
            "several mid-sized banks have begun limiting large currency transfers, pushing up "
            "borrowing costs, business groups and analysts said this week.",
            "Russian companies that rely on imports from China are struggling to obtain yuan, say "
            "business groups and analysts",
        ),
        (  # a duration before a perfect: the clause says as much without it (final6)
            "For 41 years, the Blue Lantern has been the kind of place where a tenor player could "
            "walk in off Grant Avenue at 1 a.m., borrow a chair and sit in with whoever was on the "
            "bandstand.",
            "The Blue Lantern has been the kind of place where a tenor player could walk in off "
            "Grant Avenue",
        ),
        (  # the head holds the sentence's own verb after its relative clause (second review)
            "Guns that were handed in during the amnesty will be destroyed, police said, after "
            "more than 400 weapons were surrendered at stations across the county.",
            "Guns that were handed in during the amnesty will be destroyed",
        ),
        (  # a "between" whose term has its verb after it is closed (second review)
            "Fighting between rival militias has killed at least 40 people in the past week, and "
            "aid agencies say thousands have fled their homes in the north of the country.",
            "Fighting between rival militias killed at least 40 people in the past week",
        ),
        (  # a first step that is true alone: "stopped | and searched" (second review)
            "Young black men are seven times more likely to be stopped and searched by police than "
            "their white peers, according to figures published by the Home Office on Thursday.",
            "Young black men are seven times more likely to be stopped, according to the Home "
            "Office",
        ),
        (  # a passive's preposition with its own object: what follows may go
            "The workers were paid for their overtime in cash after the strike ended last month "
            "in the capital and three other cities of the north.",
            "The workers were paid for their overtime in cash",
        ),
    ],
)
def test_a_cut_that_keeps_the_claim_whole_stays(sentence, cut):
    assert cut in candidates(sentence, PRESETS["headline"])


def test_compress_takes_no_cut_off_head_at_the_budgets_edge():
    from summarize.headline import compress

    sentence = (
        "Kolonia, Pohnpei — The Pohnpei State Department of Health Services (DHS) has formally "
        "declared a dengue fever outbreak after 187 confirmed and suspected cases were recorded "
        "in just under six weeks."
    )
    headline = compress(sentence, PRESETS["headline"])
    assert headline and not headline.endswith("187 confirmed")


def test_this_year_is_a_time_frame_the_headline_may_end_on_before_after():
    """ "a week | after winning" is one phrase; "late this year | after the coldest March"
    is not (probe-outlets-final58: no cut was offered, and a later sentence's phrase was the
    headline)."""
    harvest = (
        "PEMBROKESHIRE'S early potato harvest is running up to four weeks late this year after "
        "the coldest March in half a century left soil temperatures too low for crops to grow, "
        "growers have warned."
    )
    assert candidates(harvest, PRESETS["headline"]) == [
        "PEMBROKESHIRE'S early potato harvest is running up to four weeks late this year, "
        "growers warn"
    ]


def test_a_period_may_end_the_headline_before_after_but_not_before_before():
    """ "... a record profit last year | before auditors forced it to restate" says the
    opposite without its end (the review's)."""
    profit = (
        "Greenfield Foods reported a record profit last year before auditors forced the "
        "company to restate its results."
    )
    assert "Greenfield Foods reported a record profit last year" not in candidates(
        profit, PRESETS["headline"]
    )


def test_a_with_phrase_left_after_the_main_clause_is_no_headline():
    """The comma before "with" closed the main clause, not a leading phrase: "With the bulk
    of the harvest sold to supermarkets ..." has no verb of its own (probe-outlets-final58)."""
    normal_year = (
        "In a normal year the first new potatoes are lifted from the county's south-facing "
        "coastal fields in the last week of May, with the bulk of the harvest sold to "
        "supermarkets and greengrocers through June and early July."
    )
    assert not any(c.startswith("With") for c in candidates(normal_year, PRESETS["headline"]))


def test_a_cut_keeps_the_part_of_the_game_a_claim_held_for():
    """probe-outlets-final59: "... looked like the best player on the field" without "for
    three quarters" was read misleading (his team lost)."""
    reyna = "Brady's Javier Reyna looked like the best player on the field for three quarters."
    assert candidates(reyna, PRESETS["headline"]) == [reyna.rstrip(".")]
    leading = (  # as the article wrote it (final59): the part of the game leads
        "For three quarters Friday night, Brady's Javier Reyna looked like the best player on "
        "the field at Shotwell Stadium."
    )
    assert all(c.startswith("For three quarters") for c in candidates(leading, PRESETS["headline"]))
    led = "Smith led for most of the race on Sunday before fading in the last two laps."
    assert "Smith led" not in candidates(led, PRESETS["headline"])
    assert "Smith led for most of the race" in candidates(led, PRESETS["headline"])


def test_a_list_of_names_and_ages_and_a_score_setting():
    """probe-outlets-final62: "The suspects are Kwaku Sarfo alias 'Papa Action'" was read
    misleading (four were arrested); "to beat Services 38-31 | in the men's final" may go."""
    found = candidates(
        "The suspects are Kwaku Sarfo alias 'Papa Action', 28; Abdul-Rashid Issah, 24; "
        "Emmanuel Owusu-Ansah, 31; and Yussif Alhassan, 22.",
        PRESETS["headline"],
    )
    assert not [c for c in found if c.endswith("'Papa Action'")]
    found = candidates(
        "Railways came back from a five-point deficit to beat Services 38-31 in the men's final "
        "of the Senior National Kabaddi Championship at the Tau Devi Lal Sports Complex on Sunday.",
        PRESETS["headline"],
    )
    assert "Railways came back from a five-point deficit to beat Services 38-31" in found


def test_an_and_after_a_bare_prepositions_word_joins_a_noun_phrase():
    """probe-outlets-final62: "approved a one-year moratorium on new" was read nonsense."""
    found = candidates(
        "Otter Tail County commissioners on Tuesday approved a one-year moratorium on new and "
        "expanding large feedlots, after a four-hour public hearing that drew farmers, lake "
        "residents and a proposed 5,000-cow dairy into the same crowded room.",
        PRESETS["headline"],
    )
    assert found and not [c for c in found if c.endswith(" on new")]
    found = candidates(  # a verb after "and": two clauses, the first may stand
        "Mongolia's worst winter in more than two decades has killed at least 480,000 head of "
        "livestock and left thousands of nomadic families without their main source of food and "
        "income, officials said Wednesday.",
        PRESETS["headline"],
    )
    assert [c for c in found if c.endswith("head of livestock")]


def test_funding_may_lose_what_it_is_for():
    """probe-outlets-final63: the council's vote had no headline under 20 words."""
    found = candidates(
        "Moree Plains Shire Council has voted to accept $7.4 million in state and federal funding "
        "to seal the final 19.6 kilometres of Gurley Creek Road, one of the shire's busiest grain "
        "haulage routes.",
        PRESETS["headline"],
    )
    assert [c for c in found if c.endswith("in state and federal funding")]
    found = candidates(  # not whom the money goes to (the review's)
        "Wrexham Council's executive board has approved a £1.2 million loan to Wrexham AFC, owned "
        "by Hollywood stars Ryan Reynolds and Rob McElhenney, to help rebuild the Kop stand.",
        PRESETS["headline"],
    )
    assert found and not [c for c in found if c.endswith("million loan")]
    found = candidates(  # money's "to" may be where it went
        "Judge Mojca Kovacic found that Vogrinec transferred the money to an account he "
        "controlled in Austria over the following three years, the court heard.",
        PRESETS["headline"],
    )
    assert not [c for c in found if c.endswith("transferred the money")]


@pytest.mark.parametrize(
    "sentence, kept",
    [  # the review's: a clause after "and" may go; a score's shoot-out or vote stays
        (
            "A 34-year-old man from Newport was remanded into custody and police officers "
            "searching his home in the town found a large quantity of cannabis and cash.",
            "A 34-year-old man from Newport was remanded into custody",
        ),
        (
            "The Lions beat the Tigers 3-2 in a penalty shootout after the semi-final finished "
            "goalless following extra time at the Olympic Park on Saturday afternoon.",
            None,
        ),
        (
            "Councillors in Bury voted 7-2 in favour of the plan to build 400 homes on green belt "
            "land near the town centre on Tuesday night after a long debate.",
            None,
        ),
    ],
)
def test_the_reviews_cuts(sentence, kept):
    found = candidates(sentence, PRESETS["headline"])
    if kept:
        assert kept in found
    else:
        assert not [c for c in found if c.endswith(("3-2", "7-2"))]


def test_as_little_keeps_its_second_as():
    """probe-outlets-final64: "cutting visibility to as little" was read nonsense."""
    found = candidates(
        "A severe dust storm swept across Kuwait on Tuesday, cutting visibility to as little as "
        "200 metres at Kuwait International Airport, forcing the diversion of 14 incoming flights.",
        PRESETS["headline"],
    )
    assert found and not [c for c in found if c.endswith("as little")]


@pytest.mark.parametrize(
    "sentence, never",
    [
        (  # two verbs of one object (probe-outlets-final74: "... uprooted" read nonsense)
            "Three men are in police custody in Labasa after officers from the Northern Division "
            "uprooted and destroyed more than 6,000 marijuana plants during a week-long operation "
            "in the hills behind Wainikoro and Dreketi.",
            "Three men are in police custody in Labasa after officers from the Northern Division "
            "uprooted",
        ),
        (  # a subject before a long aside, its verb after it ("Coral reefs around Koro Island")
            "Coral reefs around Koro Island, one of the places hardest hit when Tropical Cyclone "
            "Winston swept through Fiji in February last year, are showing early signs of "
            "recovery, a survey by researchers from The University of the South Pacific has found.",
            "Coral reefs around Koro Island",
        ),
    ],
)
def test_final74s_cuts_stay_whole(sentence, never):
    assert never not in candidates(sentence, PRESETS["headline"])


def test_a_passives_second_verb_may_go():
    sentence = (
        "A man from Bolton was arrested and charged the next day with the murder of his "
        "neighbour in a quiet street near the town centre."
    )
    assert "A man from Bolton was arrested" in candidates(sentence, PRESETS["headline"])


def test_a_leading_phrases_list_stays_with_it():
    # probe-outlets-final74: "Wiring, roofing and finishing, students ... handed" was read
    # nonsense; the list's comma is not the leading phrase's end
    sentence = (
        "After eight months of framing, wiring, roofing and finishing, students in the Building "
        "Trades program at Rosetown Central High School handed over the keys to their home."
    )
    assert not [c for c in candidates(sentence, PRESETS["headline"]) if c.startswith("Wiring")]


@pytest.mark.parametrize(
    "sentence, never",
    [
        (  # a reported clause's subject after its opening phrase ("... reported that sometime
            # overnight"; the review of final74's rules)
            "The owner reported that sometime overnight, the building had been forced open and "
            "a pump had been taken from the shed behind the sugar shack on Charleston Road.",
            "The owner reported that sometime overnight",
        ),
        (  # two region adjectives of one noun
            "Combs is one of several hundred members of rural electric cooperatives in eastern "
            "and central Kentucky who have signed petitions opposing the plan.",
            "Combs is one of several hundred members of rural electric cooperatives in eastern",
        ),
        (  # a list of longer items, its verb after the last
            "The building had been forced open overnight and a reverse osmosis unit, a "
            "gas-powered vacuum pump, a 500-gallon stainless steel holding tank and approximately "
            "3,000 metres of tubing had been taken from the farm.",
            "The building had been forced open overnight and a reverse osmosis unit",
        ),
    ],
)
def test_final74s_rules_keep_a_clause_whole(sentence, never):
    assert never not in candidates(sentence, PRESETS["headline"])


def test_as_many_as_opens_no_leading_clause():
    sentence = (
        "As many as 40 people died in the fire at the market in the centre of the city on Monday "
        "night, police in the region said on Tuesday."
    )
    assert [c for c in candidates(sentence, PRESETS["headline"]) if c.startswith("As many as 40")]


def test_a_long_time_clause_alone_is_no_headline():
    sentence = (
        "When temperatures across southern Alberta soared past 40 degrees Celsius during the "
        "record-breaking heat wave at the end of June, a research team was already in the water."
    )
    assert not [c for c in candidates(sentence, PRESETS["headline"]) if c.startswith("When")]


def test_a_described_persons_age_goes_and_the_descriptions_comma_stays():
    sentence = (
        "The court sentenced Aivars Briedis, 58, former board chairman of SIA Talsi, to one year "
        "in prison."
    )
    offered = candidates(sentence, PRESETS["headline"])
    assert (
        "The court sentenced Aivars Briedis, former board chairman of SIA Talsi, to one year in "
        "prison" in offered
    )


@pytest.mark.parametrize(
    "sentence, never",
    [
        (  # a count of two kinds of thing (probe-outlets-final75: "1,214 active galaxies",
            # which the article counts with the quasar candidates, was read misleading)
            "Astronomers of the Byurakan Astrophysical Observatory have compiled a new catalogue "
            "of 1,214 active galaxies and quasar candidates found on the plates of the survey.",
            "Astronomers of the Byurakan Astrophysical Observatory compiled a new catalogue of "
            "1,214 active galaxies",
        ),
        (  # a verb that needs what it braces for (final75: "are bracing" read nonsense)
            "Commercial fishermen on the North Channel are bracing for a cut of as much as "
            "one-third in their lake whitefish quotas next year after the ministry's survey.",
            "Commercial fishermen on the North Channel are bracing",
        ),
    ],
)
def test_final75s_cuts_stay_whole(sentence, never):
    assert never not in candidates(sentence, PRESETS["headline"])


def test_a_counts_second_verb_may_go():
    sentence = (
        "Mongolia's worst winter in more than two decades has killed at least 480,000 head of "
        "livestock and left thousands of nomadic families without their main source of food."
    )
    offered = candidates(sentence, PRESETS["headline"])
    assert (
        "Mongolia's worst winter in more than two decades killed at least 480,000 head of livestock"
        in offered
    )


def _offered(sentence: str) -> list[str]:
    return candidates(sentence, PRESETS["headline"])


def test_the_reviews_cases_of_final74s_rules():
    # "As early as" opens a leading phrase still; "as much as" before a figure opens none
    offered = _offered(
        "As early as 2015, engineers warned the regional authority that the dam's spillway was "
        "unsafe and needed urgent repairs before the next flood season, documents show."
    )
    assert offered and "As early as 2015" not in offered
    # an object's age goes with no comma left: "gave Daniel Price a 12-month order"
    assert "Magistrates gave Daniel Price" not in _offered(
        "Magistrates gave Daniel Price, 32, a 12-month community order and 150 hours of unpaid "
        "work after he admitted assault."
    )
    # a first verb that needs no object keeps its cut
    assert (
        "A pedestrian bridge under construction at Florida International University collapsed"
        in _offered(
            "A pedestrian bridge under construction at Florida International University "
            "collapsed and crushed eight vehicles on the road below on Thursday afternoon."
        )
    )
    # a two-item list after a leading phrase may be the main clause's subject
    assert [
        c
        for c in _offered(
            "Because of flooding, roads and bridges, including the main route into the town, "
            "were closed for most of Tuesday."
        )
        if c.startswith(("Roads and bridges", "Because of flooding, roads and bridges"))
    ]
    # a leading phrase's list goes with it
    assert [
        c
        for c in _offered(
            "After eight months of framing, wiring, roofing and finishing, students at Riverside "
            "Technical College handed over the keys to a new family home."
        )
        if c.startswith("Students at Riverside Technical College handed over the keys")
    ]
    # "According to X" with its clause and no comma is a headline
    assert "According to police the driver lost control of the lorry on the icy bend" in _offered(
        "According to police the driver lost control of the lorry on the icy bend."
    )


def test_a_particles_object_stays_and_a_subjects_age_keeps_its_description():
    # the review of final74's rules: "Students ... handed" was offered after the list's rule
    assert "Students at Riverside Technical College handed" not in _offered(
        "Students at Riverside Technical College handed over the keys to their ready-to-move "
        "home last week, and the 1,056-square-foot house is now headed for its new owners."
    )
    assert (
        "John Smith, a father of two from Leeds, was jailed for six years at Leeds Crown Court"
        in _offered(
            "John Smith, 45, a father of two from Leeds, was jailed for six years at Leeds Crown "
            "Court on Friday for fraud."
        )
    )


def test_a_claim_keeps_the_extent_it_holds_to():
    # probe-outlets-final76's rules: "declared the lease ... null" for "null and void to the
    # extent that it covers the 410 hectares"
    sentence = (
        "The court declared the provisional lease issued in 2005 to Lanjak Sebatu Plantation "
        "Sdn Bhd null and void to the extent that it covers the 410 hectares."
    )
    assert not [c for c in _offered(sentence) if c.endswith(("null", "null and void"))]


@pytest.mark.parametrize(
    "sentence, never",
    [
        (  # a second description cut before who it is (final77: "... and a man", nonsense)
            "Gore has lost one of its best-known anglers and a man whose name is still tied, "
            "quite literally, to the Mataura River.",
            "Gore lost one of its best-known anglers and a man",
        ),
        (  # a count's list of longer items (final77: "87 nests of banded dotterels, black-fronted
            # terns" without the wrybills, read nonsense)
            "Researchers used infrared video cameras to monitor 87 nests of banded dotterels, "
            "black-fronted terns and wrybills on the upper Rakaia and Ashley rivers in 2003.",
            "Researchers used infrared video cameras to monitor 87 nests of banded dotterels, "
            "black-fronted terns",
        ),
        (  # a warning keeps its condition (final77: read misleading without "unless ...")
            "Ardglass prawn skippers have warned that up to a third of the village's fleet could "
            "be tied up for good before Christmas unless something is done about diesel prices.",
            "Ardglass prawn skippers warned that up to a third of the village's fleet could be "
            "tied up for good",
        ),
    ],
)
def test_final77s_cuts_stay_whole(sentence, never):
    assert never not in candidates(sentence, PRESETS["headline"])


def test_a_man_to_identify_and_an_amount_before_a_list_may_end_a_headline():
    # the rules above, where they must not act: "help identify a man | who ...", "Dh412,000
    # by promising them jobs | and residence visas"
    assert "Police are appealing to the public to help identify a man" in _offered(
        "Police are appealing to the public to help identify a man who robbed a jewellery shop "
        "in central Auckland on Tuesday afternoon."
    )
    assert [
        c
        for c in _offered(
            "A 34-year-old Asian salesman has been jailed for three years for cheating 37 job "
            "seekers out of Dh412,000 by promising them jobs and residence visas at Dubai hotels "
            "that did not exist."
        )
        if c.endswith("by promising them jobs")
    ]


@pytest.mark.parametrize(
    "sentence, never",
    [
        (  # a subject whose name's aside comes before its verb of telling (final78, nonsense)
            "The head of the Kayar fisheries service post, Aliou Sarr, told APS that 1,260 "
            "pirogues are at present registered at Kayar, including about 430 from Guet Ndar.",
            "The head of the Kayar fisheries service post",
        ),
        (  # a subject and its participle's doers, its verb far after (final78, nonsense)
            "A network of low-cost air quality sensors installed by researchers at King Fahd "
            "University of Petroleum & Minerals on rooftops across the Eastern Province recorded "
            "17 dust events between October 2017 and March 2018.",
            "A network of low-cost air quality sensors installed by researchers",
        ),
        (  # "with" and its two doers (final78: "... with producers", nonsense)
            "The coffee harvest campaign in Cuanza Sul province opened on Friday in Gabela, "
            "municipality of Amboim, with producers and the authorities forecasting a bigger "
            "harvest.",
            "The coffee harvest campaign in Cuanza Sul province opened in Gabela, municipality "
            "of Amboim, with producers",
        ),
        (  # two adjectives of one noun (final78: "will bring preventive", nonsense)
            "The tribe unveiled a 40-foot mobile dental clinic that will bring preventive and "
            "restorative dental care to isolated communities on the Olympic Peninsula.",
            "The tribe unveiled a 40-foot mobile dental clinic that will bring preventive",
        ),
        (  # "cut X off" and from where (final78: read misleading without it)
            "A slide that came down across both lanes of the highway at Last Chance Grade early "
            "Monday cut Crescent City off from points south for more than 14 hours.",
            "A slide that came down across both lanes of the highway at Last Chance Grade cut "
            "Crescent City off",
        ),
        (  # a relative clause's verb and its complement (final31, once the name's aside was
            # read: "... said a hundred tubers which sold")
            "Mr Issahaku Mahama Dassana said a hundred tubers which sold for between GH¢45 and "
            "GH¢50 at the same period last year now fetched less than GH¢20 at the farm gate.",
            "Mr Issahaku Mahama Dassana said a hundred tubers which sold",
        ),
        (  # a passive "left" and what with (final78: "... after a man was left", nonsense)
            "Police are appealing for witnesses after a man was left with a fractured skull "
            "following an assault outside a takeaway on Chilwell Road in Beeston.",
            "Police are appealing for witnesses after a man was left",
        ),
    ],
)
def test_final78s_cuts_stay_whole(sentence, never):
    assert never not in candidates(sentence, PRESETS["headline"])


def test_the_second_reviews_cases_keep_their_cuts():
    assert "The All Blacks beat France 27-13 in Paris" in _offered(
        "The All Blacks beat France 27-13 in Paris on Saturday, dominating the second half to "
        "the extent that the home crowd fell silent long before the final whistle."
    )
    assert "Police have arrested a 34-year-old woman and a man" in _offered(
        "Police have arrested a 34-year-old woman and a man who were found with stolen goods in "
        "a car on the M6 near Stafford late on Tuesday night."
    )
    assert [
        c
        for c in _offered(
            "Forecasters warned of gales in Wellington and the Wairarapa on Tuesday night, urging "
            "people to stay home if possible and to tie down loose outdoor furniture."
        )
        if c.startswith("Forecasters warned of gales in Wellington")
    ]


def test_a_list_of_names_is_not_cut_after_its_first_two():
    # probe-outlets-final79: support named for two of thirteen municipalities (misleading)
    sentence = (
        "Support will be paid to registered agricultural holdings in the municipalities of "
        "Pljevlja, Žabljak, Šavnik, Plužine, Kolašin, Mojkovac, Bijelo Polje, Berane, Plav, "
        "Gusinje and Rožaje, as well as in the mountain areas of Nikšić and Danilovgrad."
    )
    assert not [c for c in _offered(sentence) if c.endswith(("Pljevlja", "Žabljak"))]
    # a place and its region: the cut before the region stays
    assert "The storm caused flooding in Leeds" in _offered(
        "The storm caused flooding in Leeds, the biggest city in the county, and closed roads "
        "across the region on Monday night."
    )


def test_provide_keeps_what_it_provides():
    # probe-outlets-final80's rules: "... to provide them" without "with shelter and food"
    sentence = (
        "Residents of the affected districts called on the Islamic Emirate and aid "
        "organizations to provide them with shelter and food after the floods."
    )
    assert not [c for c in _offered(sentence) if c.endswith("provide them")]


def test_free_keeps_from_what():
    # final80's rules: "Engr." joined its name, and "would free farmers" was offered
    sentence = (
        "Engr. Roldan Cagas, regional irrigation coordinator of DA Central Visayas, said the "
        "project would free farmers from depending on rain for their second crop."
    )
    assert not [c for c in _offered(sentence) if c.endswith("free farmers")]


def test_linking_and_together_keep_their_with():
    # probe-outlets-final81: "... service linking North Queensland", "... Energy together"
    # (both read cut off)
    linking = (
        "Port of Townsville has welcomed the first call of a new weekly direct container "
        "service linking North Queensland with Singapore and Port Klang, cutting transit "
        "times to South-East Asia for regional exporters by up to nine days."
    )
    assert not [c for c in _offered(linking) if c.endswith("North Queensland")]
    together = (
        "The project is implemented by the TPU Engineering School of Energy together with "
        "the regional government and Tomsk Rural Energy Company."
    )
    assert not [c for c in _offered(together) if c.endswith("together")]
    # a "with" after another verb may still go
    assert "Firefighters battled the blaze at the timber yard for six hours" in _offered(
        "Firefighters battled the blaze at the timber yard for six hours with help from "
        "three neighbouring brigades and a water tanker from the airport."
    )


def test_a_second_place_before_the_verb_keeps_the_subject_whole():
    # probe-outlets-final81: "Cornwall Electric reported roughly 2,400 of its customers in
    # the city's north end" (read cut off: "were in the dark" went)
    sentence = (
        "Cornwall Electric reported roughly 2,400 of its customers in the city's north end and "
        "in South Stormont were in the dark."
    )
    assert not [c for c in _offered(sentence) if c.endswith("north end")]
    assert "Crews restored power to homes in the north end" in _offered(
        "Crews restored power to homes in the north end and in South Stormont police "
        "reopened the county road on Tuesday morning after the storm."
    )


def test_a_subjects_list_is_not_cut_before_its_last_item():
    # final81: the caption's removal made this sentence a candidate, and "The wooden runner of
    # a sledge, three arrow shafts" was offered (its "shafts" read as the verb)
    sentence = (
        "The wooden runner of a sledge, three arrow shafts and fragments of a leather quiver "
        "have been found at the edge of a rapidly melting ice patch in the Altai Republic, "
        "with radiocarbon tests showing that the oldest was lost around 2,300 years ago."
    )
    assert not [c for c in _offered(sentence) if c.endswith("arrow shafts")]
    # only a head without a verb of its own: an object's list is another rule's
    assert list_subject_cut("The wooden runner, three arrow shafts", "fragments were found")
    assert not list_subject_cut("Police seized a rifle, two shotguns", "ammunition were found")
    assert not list_subject_cut("The wooden runner", "three arrow shafts were found")
    assert not list_subject_cut("Abuja, Nigeria's capital, hosts the summit", "leaders are due")


def test_a_that_clauses_bare_subject_keeps_its_relative_clause_and_verb():
    # probe-outlets-final82: "..., found that patients" (read nonsense)
    sentence = (
        "The trial, which involved 38 GP practices across Staffordshire and Stoke-on-Trent, "
        "found that patients who took part in the reviews cut their daily opioid dose by an "
        "average of 23 per cent over 12 months."
    )
    assert not [c for c in _offered(sentence) if c.endswith("that patients")]


def test_a_day_after_and_is_no_second_place():
    # the review's: "and on Sunday was said to be ..." has the head's own subject
    assert "The teenager was stabbed in a park in Tottenham on Saturday evening" in _offered(
        "The teenager was stabbed in a park in Tottenham on Saturday evening and on Sunday was "
        "said to be in a critical but stable condition in hospital."
    )


def test_final83s_cuts():
    # "were won by athletes | who had never before taken a national title" (read misleading)
    sentence = (
        "Eight of the 16 senior weight categories at the Jordan National Taekwondo Championships "
        "were won by athletes who had never before taken a national title, as the three-day "
        "competition ended on Saturday."
    )
    assert not [c for c in _offered(sentence) if c.endswith("by athletes")]
    # "in consultation | with" (a candidate read cut off after final83's first rules)
    sentence = (
        "The initiative was developed by the Tobago Court Administration in consultation with "
        "the Tobago Bar Association and the Police Service's Traffic Branch, officials said."
    )
    assert not [c for c in _offered(sentence) if c.endswith("in consultation")]
    # a part of a whole before its comma ("Of the 118 licensed kilka vessels based in Gilan")
    sentence = (
        "Of the 118 licensed kilka vessels based in Gilan, only 41 went out to sea regularly "
        "during the autumn season, according to figures from the department."
    )
    assert not [c for c in _offered(sentence) if c.startswith("Of the 118") and "41" not in c]
    # "in association | with" too (the second review's)
    sentence = (
        "The festival is organised by the Ministry of Tourism in association with the city "
        "council and the regional arts board, the organisers said on Monday."
    )
    assert not [c for c in _offered(sentence) if c.endswith("in association")]
    # "Of the ..." without its comma keeps its cuts (the second review's)
    assert "Of the 30 candidates only three were women, the Electoral Commission said" in _offered(
        "Of the 30 candidates only three were women, the Electoral Commission said on Friday "
        "after the count in the capital ended."
    )
    # a "that" after a noun's own verb is no reported clause: its cut before "which" stays
    assert "Health is the only thing that matters" in _offered(
        "Health is the only thing that matters, which is why we have invested two billion "
        "pounds in new hospitals across the region."
    )


def test_a_possessives_noun_is_not_cut_from_its_pair():
    # probe-outlets-final84: "... in cash from residents' water" (read nonsense)
    sentence = (
        "A former Hudson Falls village deputy clerk admitted Monday that she pocketed more than "
        "$86,000 in cash from residents' water and sewer bills over nearly four years."
    )
    assert not [c for c in _offered(sentence) if c.endswith("residents' water")]
    # a clause after the "and" keeps its cut (the third review's), and the possessive's pair
    # after an article too ("with the victim's family | and more than a dozen members")
    assert "Thieves broke into pensioners' flats, says force" in _offered(
        "Thieves broke into pensioners' flats and police officers are now urging residents to "
        "lock their doors and windows at night, the force said on Tuesday evening."
    )


def test_final87s_cuts():
    # "will build a plywood" without "and veneer plant" (read nonsense)
    sentence = (
        "Arapey Wood Products S.A., a joint venture between Chilean forestry group Maderas "
        "Cordillera and Uruguayan investors, will build a plywood and veneer plant on the "
        "outskirts of the city of Tacuarembó with an investment of US$ 118 million."
    )
    assert not [c for c in _offered(sentence) if c.endswith("a plywood")]
    # a measure's subject cut before its verb: "Exports of fresh and chilled yellowfin tuna"
    sentence = (
        "Exports of fresh and chilled yellowfin tuna from the Maldives rose 17 percent in the "
        "first six months of 2023, as more handline vessels targeted the species and exporters "
        "secured additional air cargo space to Europe and Asia."
    )
    assert not [c for c in _offered(sentence) if c.endswith("yellowfin tuna")]
    # an article and its noun before a second verb keep the cut (a clause, not a compound)
    assert "The council approved a plan" in _offered(
        "The council approved a plan and officers began work on the new car park on Monday, "
        "two years after residents first asked for more spaces near the station."
    )
