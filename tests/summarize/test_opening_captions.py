import pytest

from summarize.opening_captions import caption_over_credit, doubled_caption, uncredited_caption

LEDE = (
    "Lumaro, the Austin-based smart lighting startup that once pitched itself as the simple "
    "alternative to the sprawling platforms, is shutting down the cloud service its hubs need."
)
LEDE_AFTER = (
    "A joint campaign by the Interior Ministry, Kuwait Municipality and several government "
    "agencies swept through Jleeb Al-Shuyoukh on Saturday, resulting in the arrest of 211 "
    "residency law violators."
)


@pytest.mark.parametrize(
    "credit",
    [
        "Photo by Marcus Albright / The Verge",
        "(Arkansas Democrat-Gazette/JANELLE CORBIN)",
        "Lionel Fairbanks / The Detroit News",
        "Contributed",
        "Record staff photo",  # a staff photo is a credit, not a byline
    ],
)
def test_a_caption_over_a_credit_at_the_top_goes(credit):
    caption = "The Lumaro Hub 2, released in 2016, will lose nearly all of its features in May."
    top = ["Lumaro is shutting down its cloud", "By Marcus Albright", caption, credit, LEDE]
    kept, removed = caption_over_credit(top)
    assert kept == top[:2] + [LEDE]
    assert [r.reason for r in removed] == ["photo caption", "photo credit"]


def test_a_caption_under_the_byline_goes_over_a_short_first_paragraph():
    caption = (
        "Northview's Marcus Pelham (22) breaks away from Dothan's Corey Bivins on a 41-yard "
        "touchdown run in the third quarter Friday night."
    )
    short = "Danny Ochoa had missed from 32 yards in the first half."
    top = ["Ochoa's kick lifts Northview past Dothan", "By JIM TILLMAN", "Eagle Sports Writer"]
    kept, removed = caption_over_credit([*top, caption, "Eagle photo/Ron Gaskins", short, LEDE])
    assert kept == [*top, short, LEDE]
    assert [r.reason for r in removed] == ["photo caption", "photo credit"]
    # with no byline above, the line over a credit and a short line may be a standfirst
    standfirst = caption.replace(" (22)", "")
    lines = [
        "Ochoa's kick lifts Northview past Dothan",
        standfirst,
        "Eagle photo/Ron Gaskins",
        short,
    ]
    assert caption_over_credit(lines) == (lines, [])
    # unless it gives a player's number (probe-outlets-final62: the headline read nonsense)
    lines[1] = caption
    assert caption_over_credit(lines)[0] == [lines[0], short]


@pytest.mark.parametrize(
    "lines",
    [
        # the article has begun (short paragraphs): the line over the credit may be its own
        ["The fire broke out in a warehouse on the edge of town late on Sunday night.",
         "Crews from three stations spent more than four hours bringing it under control.",
         "Nobody was inside the building at the time, the fire service said on Monday.",
         "Police said the cause of the fire was not yet known.", "Photo: Supplied", LEDE],
        # a lede that credits a speaker, or opens with a dateline, is no caption
        ["Police said the cause of the fire at the warehouse was not yet known.",
         "Photo: Supplied", LEDE],
        ["KUWAIT: A joint campaign swept through Jleeb Al-Shuyoukh on Saturday morning.",
         "Photo: Supplied", LEDE],
        # a byline without its "By", and a section's label, are no credits
        ["The vote ends months of wrangling over how to pay for art and music classes.",
         "Jane Doe | Staff Writer", LEDE],
        ["The vote ends months of wrangling over how to pay for art and music classes.",
         "UK | England", LEDE],
        # a standfirst over a byline's credit, a menu under it
        ["Pryor's late free throws seal 58-55 win at Breslin", "Gordie Walsh / The Detroit News",
         "Related", LEDE],
        # a byline is no credit
        ["Legislators from both parties said the plan would hit coastal communities hard.",
         "By Lin Shu-hui / STAFF REPORTER", LEDE],
        # a line with no full stop is no caption
        ["Another Arm laptop, another eye-watering battery claim", "(Image credit: Veyra)", LEDE],
    ],
)  # fmt: skip
def test_lines_over_a_credit_that_stay(lines):
    assert caption_over_credit(lines) == (lines, [])


@pytest.mark.parametrize(
    "caption",
    [
        "Municipality workers tow an abandoned vehicle in Jleeb Al-Shuyoukh on Saturday.",
        "FED UP: Residents of Never Dirty, Morvant, stand behind burning debris yesterday.",
        "Westhaven's Darnell Pryor, center, celebrates with teammates in the Class A final.",
        "Accra Hearts of Oak players celebrate their winning goal at the stadium yesterday.",
        # a past event's day as the anchor; a name posed with another, no verb
        "Roodepan resident Magdalena Visagie inspects the damage to her kitchen after Sunday's "
        "hailstorm.",
        "Ciara Lennon with her coach Dessie Halpin after her victory at the National Stadium on "
        "Saturday.",
        # probe-outlets-final73: who is pictured where, under a label in capitals
        "CRAFTSMAN: Idris Lewis pictured at the Cilgerran Coracle Regatta in 2005.",
        "Councillor Mary Jones, left, is pictured with the winners of the award.",
        # probe-outlets-final77: a picture's present passive, who does it after "by"
        "A rescued golden mantella frog is checked by a member of the Ambatovy environment team "
        "before release in the Ankerana conservation zone.",
        "A stranded green turtle is tagged by a marine biologist before its release at Sodwana.",
        # probe-outlets-final74: a past month in the present tense
        "Graduate student Cole Matheson downloads temperature data from a logger anchored in a "
        "side channel of the Oldman River, west of Maycroft, in July 2021.",
    ],
)
def test_a_caption_with_no_credit_is_known_by_how_it_is_written(caption):
    kept, removed = uncredited_caption(["By Jane Doe", caption, LEDE_AFTER, LEDE_AFTER])
    assert kept == ["By Jane Doe", LEDE_AFTER, LEDE_AFTER]
    assert [r.reason for r in removed] == ["photo caption"]


def test_a_caption_with_its_source_in_brackets_goes_at_the_top():
    """probe-outlets-final37: a broadcaster's caption, "(Source: WTOC)" after its full stop."""
    caption = (
        "Investigators say these outboard motors were recovered from a property near Guyton. "
        "(Source: WTOC)"
    )
    kept, removed = uncredited_caption(["By Brittany Kessler", "Connect", caption, LEDE_AFTER])
    assert kept == ["By Brittany Kessler", "Connect", LEDE_AFTER]
    # a sentence that names its source in its words stays, and so does a data lede with its
    # source in brackets that points at no picture (the code review's)
    lede = "Unemployment rose to 5.1 percent in March, the statistics office said on Tuesday."
    assert uncredited_caption([lede, LEDE_AFTER])[1] == []
    oil = (
        "Oil prices rose more than 3 per cent on Monday after Saudi Arabia announced a surprise "
        "cut in output. (Source: Reuters)"
    )
    assert uncredited_caption(["By Staff", oil, LEDE_AFTER])[1] == []


def test_a_lede_over_a_credit_stays_when_the_paragraph_under_it_points_back():
    """probe-outlets-final37: Ukrinform's lede over "Photo: ..." was taken for a caption."""
    lede = (
        "Archaeologists have discovered a hoard of more than 300 silver coins minted in the "
        "Arab Caliphate during excavations in Chernihiv region."
    )
    credit = "Photo: Chernihiv Regional State Administration"
    after = "This was reported by the press service of the regional administration, Ukrinform says."
    lines = ["18.08.2020 15:24", lede, credit, after, LEDE_AFTER]
    assert caption_over_credit(lines)[1] == []
    # a story that opens on a pronoun does not keep the caption above its credit (the review's)
    caption = "A combine harvester cuts winter wheat near Royston on Tuesday."
    story = "It has been a difficult season for growers across the eastern counties this year."
    kept = caption_over_credit(["By Staff", caption, "Photo: Jane Doe", story, LEDE_AFTER])[0]
    assert kept == ["By Staff", story, LEDE_AFTER]
    # a lede that depicts nothing, over a credit and a paragraph that points back, stays
    named = "Police have named the woman who died in a crash on the A30 near Bodmin on Sunday."
    she = "She was 34 and lived in the town with her two children, her family said yesterday."
    lines = ["By Staff", named, "Photo: Jane Doe", she, LEDE_AFTER]
    assert caption_over_credit(lines)[1] == []
    # a caption's present passive has "is", as a lede's news does not (the fourth review's)
    bridge = "The new bridge over the River Wear is pictured on its opening day."
    built = "It was built at a cost of £117m and took three years to finish, the council said."
    kept = caption_over_credit(["By Staff", bridge, "Photo: Sunderland City Council", built])[0]
    assert kept == ["By Staff", built]


def test_a_share_button_between_a_caption_and_the_article_is_passed():
    caption = "Ciara Lennon with her coach Dessie Halpin after her victory on Saturday."
    kept, removed = uncredited_caption([caption, "Share", LEDE_AFTER])
    assert kept == ["Share", LEDE_AFTER]
    # a lede posed the same way has a verb, and stays
    lede = "Ciara Lennon and her coach won the title at the National Stadium on Saturday."
    assert uncredited_caption([lede, "Share", LEDE_AFTER])[1] == []
    talks = "Prime Minister Mark Carney and US President Donald Trump in talks on Monday."
    assert uncredited_caption([talks, LEDE_AFTER])[1] == []  # a lede in headline style


def test_a_caption_over_its_credit_goes_past_a_bar_of_buttons():
    # probe-outlets-final48: a player and a share bar stood between the credit and the story
    caption = (
        "Cold air trapped beneath a layer of warmer air holds smoke and exhaust close to the "
        "ground along the Monongahela River on a winter morning."
    )
    lede = (
        "Children in Allegheny County are more likely to end up in the emergency room with "
        "asthma attacks on the days after a strong temperature inversion, a study says."
    )
    lines = [caption, "Credit Lena Marchetti / 90.5 WESA", "Listen • 3:52", lede]
    assert caption_over_credit(lines)[0] == ["Listen • 3:52", lede]
    # a caption longer than the paragraph under it goes when it shows one person now
    farmer = (
        "Puna farmer Rodney Ferreira stands among toppled papaya trees Thursday on his 18-acre "
        "farm off Pohoiki Road. Ferreira estimates he lost about two-thirds of his trees."
    )
    short = (
        "Nearly three weeks after gusty kona winds swept across lower Puna, papaya farmer Rodney "
        "Ferreira is still hauling broken trees out of his fields."
    )
    bar = "E-mail this story | Print this story | Comments (3)"
    lines = [farmer, "KRISTEN AKANA/Tribune-Herald", bar, short]
    assert caption_over_credit(lines)[0] == [bar, short]
    lede_first = [LEDE_AFTER, "KRISTEN AKANA/Tribune-Herald", bar, short]  # not a depiction
    assert caption_over_credit(lede_first)[1] == []


def test_a_standfirst_over_a_bylines_bar_stays():
    standfirst = "Villagers say the new fence has kept wild pigs out of their fields this year."
    byline = "By Jane Doe | Staff Writer"
    lines = [standfirst, "Photo: John Smith / Daily Echo", byline, LEDE_AFTER]
    assert caption_over_credit(lines)[1] == []


def test_a_caption_under_a_stamp_naming_its_photographer_goes_with_its_second_sentence():
    stamp = "24 October 2019 | Story Lindiwe Mabaso. Photo Karl Pieterse. Read time 5 min."
    caption = (
        "A male Cape sugarbird feeds on a sugarbush protea in the Kogelberg. The birds time "
        "their winter breeding to the flowering of proteas."
    )
    assert uncredited_caption([stamp, caption, LEDE_AFTER])[0] == [stamp, LEDE_AFTER]
    assert uncredited_caption(["24 October 2019", caption, LEDE_AFTER])[1] == []
    # a byline naming the photographer sits over a feature's lede as often (the review)
    byline = "Story Mandla Khumalo. Photo Ashraf Hendricks"
    assert uncredited_caption([byline, caption, LEDE_AFTER])[1] == []
    # a lede opened by "A" and ending on a day, no stamp over it, stays
    choir = "A Hamilton school choir sings for the King at Windsor Castle on Tuesday."
    assert uncredited_caption([choir, LEDE_AFTER])[1] == []


def test_a_caption_under_a_credit_line_needs_no_time():
    caption = "Nicolás Echeverri lifts his first ATP Challenger Tour trophy in Santa Cruz."
    lines = ["Photo Credit: Santa Cruz Challenger", caption, LEDE_AFTER]
    assert uncredited_caption(lines)[0] == ["Photo Credit: Santa Cruz Challenger", LEDE_AFTER]
    assert uncredited_caption([caption, LEDE_AFTER]) == ([caption, LEDE_AFTER], [])


@pytest.mark.parametrize(
    "line",
    [
        "Nadal holds his nerve and the crowd goes wild as Spain go 2-0 up in the tie.",  # two
        "Search sites want to get to know you better.",  # not a visible action
        "The win lifts the Warriors to second on the NRL ladder after 11 rounds.",  # no people
        "Two high-speed lifts at the world's tallest building have been recognised.",  # a noun
        "As European leaders gather in Rome on Friday, companies look closer to home.",
        "Older adults with glaucoma who walk briskly for half an hour lose sight more slowly.",
        "Police officers search the clinic, the ministry said on Monday.",  # a credited lede
        # ledes in the present that the code review wrote (none carries a picture's anchor)
        "Junior doctors walk out for five days in England from Monday.",
        "Commuters wait for hours at Waterloo, as engineers work to repair a signal fault.",
        "Nadal holds his nerve, and the crowd goes wild as Spain go 2-0 up in the tie.",
        "Rescuers search through rubble for survivors of the earthquake in southern Turkey.",
        "Biden arrives in Kyiv on an unannounced visit.",
        "Alcaraz celebrates his first Wimbledon title after beating Djokovic in five sets.",
        # a later review's: a plan's day, a habit, a position word in passing
        "Residents gather outside the town hall on Monday to protest the closure.",
        "World leaders gather in Glasgow on Sunday for the COP26 climate summit.",
        "Volunteers serve hot meals at the church hall on Sundays.",
        "Protesters gather in front of parliament to demand new elections.",
        "Residents clear debris left by Storm Babet across the Midlands.",
        "Farmers protest against the fuel tax announced last year.",
        # "pictured" in a lede with a verb of its own
        "Idris Lewis, pictured at the regatta in 2005, has died at the age of 84.",
        "Police have released an image of a man pictured at the scene of the robbery.",
        "A man pictured at the scene of the robbery is wanted by police in Cardigan.",
        "The council approved plans for a new leisure centre in Rosetown in July 2021.",
        "Graduate student Cole Matheson downloaded temperature data from the logger in July 2021.",
        # a plan's lede in the present with its month (the review's)
        "Ottawa plans to reopen the Chaudière Bridge to traffic in July 2025.",
        "Union leader Mick Lynch warns of more walkouts on the railways in December 2024.",
        "Residents protest the closure of the library outside the town hall in January 2025.",
        # a lede's present passive (the second review's)
        "The country's entire fishing fleet is inspected by a single fisheries officer, a report "
        "released by the Auditor-General on Tuesday has found.",
    ],
)
def test_a_lede_in_the_present_is_no_caption(line):
    lines = [line, LEDE_AFTER, LEDE_AFTER]
    assert uncredited_caption(lines) == (lines, [])


def test_a_line_under_the_first_paragraph_is_the_articles():
    line = "Municipality workers tow an abandoned vehicle in Jleeb Al-Shuyoukh on Saturday."
    lines = [LEDE_AFTER, line, LEDE_AFTER]
    assert uncredited_caption(lines) == (lines, [])


def test_a_byline_above_is_no_photo_credit():
    lede = "Rescuers search through rubble for survivors of the earthquake in southern Turkey."
    lines = ["Jane Doe | The Guardian", lede, LEDE_AFTER]
    assert uncredited_caption(lines) == (lines, [])


def test_a_caption_written_twice_goes_and_a_repeated_lede_stays():
    caption = "The house in Westbourne Villas, Hove, where fire officers found a padlocked door"
    kept, removed = doubled_caption(["By Ruth Collier", caption, caption, LEDE_AFTER])
    assert kept == ["By Ruth Collier", LEDE_AFTER]
    assert [r.reason for r in removed] == ["photo caption", "photo caption"]
    for lede in (
        "Parents have vowed to fight plans to close a tiny rural first school in Coquetdale.",
        "A man from Leeds, who stabbed his neighbour eleven times, has been jailed for life.",
        "Boris Johnson, the former prime minister, has admitted misleading Parliament.",
    ):
        lines = [lede, lede, LEDE_AFTER]
        assert doubled_caption(lines) == (lines, [])
    assert doubled_caption([caption, LEDE_AFTER, caption]) == ([caption, LEDE_AFTER, caption], [])


def test_a_caption_run_into_its_alternative_text_goes_and_a_doubled_lede_stays():
    caption = "Waves crash over the breakwater at Porporela"
    line = f"{caption} {caption} The Dubrovnik Times"
    kept, removed = doubled_caption(["Written by The Dubrovnik Times", line, LEDE_AFTER])
    assert kept == ["Written by The Dubrovnik Times", LEDE_AFTER]
    assert [r.text for r in removed] == [line]
    for lede in (
        "Boris Johnson, the former prime minister, has admitted misleading Parliament.",
        f"{caption} as the storm hits",  # words not written twice
        f"{caption} {caption} and the harbour was closed to the public",  # no credit after
    ):
        twice = lede if "Porporela" in lede else f"{lede} {lede}"
        assert doubled_caption([twice, LEDE_AFTER]) == ([twice, LEDE_AFTER], [])


def test_a_caption_over_a_credit_with_a_web_address_goes():
    caption = "A little tern returns to its chick with a sand eel at the Winterton colony."
    credit = "Credit: Hannah Morley (rspb-images.com)"
    assert caption_over_credit([caption, credit, LEDE_AFTER])[0] == [LEDE_AFTER]
    # a page's label in square brackets is no credit: the lede above it stays
    lede = "Seoul's subway fares will rise by 150 won next month, the first increase in years."
    assert caption_over_credit([lede, "[WATCH]", LEDE_AFTER])[0][0] == lede


def test_a_caption_under_a_photos_credit_goes_under_a_standfirsts_paragraph():
    standfirst = (
        "Field trials show that sowing a mixture of fodder radish and winter rye into maize can "
        "reduce nitrate leaching by up to 35 per cent. The results come as rules tighten."
    )
    caption = (
        "Senior researcher Mette Thomsen inspects a plot of fodder radish and winter rye at "
        "Foulum two weeks after the maize harvest."
    )
    lines = ["Mixed catch crops cut nitrate leaching", standfirst, "Photo: Lise Holm", caption]
    kept, removed = uncredited_caption([*lines, LEDE_AFTER])
    assert kept == [*lines[:3], LEDE_AFTER]
    assert [r.text for r in removed] == [caption]
    # past the first paragraph, a line with no credit above it is the article's
    assert uncredited_caption([lines[0], standfirst, caption, LEDE_AFTER])[1] == []
    # and under a credit, a lede in the present whose subject is people, not one name
    lede = "Junior doctors walk out for five days from Monday in a row over pay."
    assert uncredited_caption([*lines[:3], lede, LEDE_AFTER])[1] == []


def test_a_staff_photographers_byline_is_no_photo_credit():
    standfirst = "A beloved roadside diner closes its doors after 30 years of serving the town."
    for byline in ("Jane Doe | Staff Photographer", "Jane Doe / Staff Photojournalist"):
        lines = ["Diner closes", standfirst, byline, LEDE_AFTER]
        assert caption_over_credit(lines) == (lines, [])


def test_an_irish_papers_age_is_no_shirt_number():
    """The review's: "Aoife Murphy (17) becomes ..." over a credit is the article's lede."""
    lede = "Aoife Murphy (17) becomes the youngest woman to swim the North Channel."
    lines = [lede, "Photo: Sportsfile", "She completed the 35km crossing in 14 hours on Tuesday."]
    assert caption_over_credit(lines) == (lines, [])


def test_a_game_pictures_caption_over_the_storys_dateline_goes():
    # probe-outlets-final76: the caption was read as both systems' first sentence (nonsense)
    caption = (
        "Dutch goaltender Joost Kerkhof stops Estonia's Kristjan Tamm in the decisive shootout."
    )
    lede = (
        "TALLINN – The Netherlands won the 2013 IIHF Ice Hockey U18 World Championship Division "
        "II Group A on Saturday after a dramatic 3-2 shootout victory over hosts Estonia."
    )
    kept, removed = uncredited_caption([caption, lede, LEDE_AFTER])
    assert kept == [lede, LEDE_AFTER]
    # a lede in the present over a dateline names no one person's action
    lines = ["Junior doctors walk out for five days in England from Monday.", lede, LEDE_AFTER]
    assert uncredited_caption(lines) == (lines, [])


def test_a_standfirst_over_the_dateline_stays():
    # the second review's: a present-tense summary over the dateline is no picture of play
    line = "Prime Minister Christopher Luxon blocks a move to lift the pension age to 67."
    lede = "WELLINGTON – The prime minister on Tuesday ruled out raising the pension age, saying "
    lede += "the change would hit manual workers hardest."
    lines = [line, lede, LEDE_AFTER]
    assert uncredited_caption(lines) == (lines, [])
