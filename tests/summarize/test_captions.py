import pytest

from summarize.captions import captions

BEFORE = "The council voted on Tuesday to close the library at the end of the year."
AFTER = "It opened in 1962 and lends about 40,000 books a year."


@pytest.mark.parametrize(
    "caption",
    [
        "Ron Ellis has run the lanes since 1971. ANNA ROSS • Star Tribune",
        "A file photo of a flooded community in Kogi State.",  # probe-outlets-final57
        "Diners eat at the picnic tables at the food cart pod. Mira Cole | The Oregonian",
        "Workers load an abandoned car onto a tow truck in Jeddah. (AN photo)",
        "The rescue helicopter crew winched the man out of the bush. Photo / Supplied",
        "The accused is said to have had a contact at a ticket agency. PHOTO: ST FILE",
        "Handcart pushers ferry goods along a street in the city centre. PHOTO | FILE | NMG",
        "The Commission wants a reserve of wheat and barley for a crisis. | Ana Voicu/AFP via "
        "Getty Images",
        "A student sets an emergence trap on a burned watershed at the station. | Download this "
        "photo.",
        "[1/2] Electric bicycles are seen at the assembly plant in Zwolle. REUTERS/Jo Verbeek",
        "Mr Arcuri leaves the federal building in 2022. | Ashlee Ruiz / Sun-Times file",
        "A hedgehog fitted with a GPS tag during the study. Image credit: University of Eastleigh",
        "Work on the rail overbridge at Koodal Nagar on Sunday. Photo: G. Thirunavukkarasu",
        "Glen Martyniuk stands on the vacant Dakota Street lot where a developer wants to build. "
        "(BRENT MARTEL / WINNIPEG FREE PRESS)",
        "The sea spider was collected by the Terra Nova expedition in 1911. © The Trustees of the "
        "Natural History Museum, London",
        "Water flows across a road in Wilayat of Saham on Tuesday afternoon. — Photo by the author",
        # a caption's own label
        "Pictured: The orthopaedic waiting list at the General Hospital has grown by more than "
        "half in a year. Photo: Bailiwick Express archive.",
        "Pictured (left to right): the mayor, the chief executive and the contractor at the site.",
        "Photo: Clonbonny captain Declan Galvin lifts the Fr Dowling Cup at Cusack Park on Sunday.",
        "Image: Residents of Kyzyl-Suu clear mud from the main street after the flood.",
        "Caption: Yeoh (third from left) being briefed on the drainage upgrade at Jalan Kulim.",
        # where a person stands in the picture, and what they do
        "Vumba Stars midfielder Tendai Chirimuta (right) tussles for the ball with Sakubva "
        "Pirates' Shingi Mavhunga during their match at Sakubva Stadium on Saturday",
        "Mayor Jane Doe (centre) cuts the ribbon at the new library on Friday.",
        # two people in the picture (probe-outlets-final67: the caption opened a paragraph)
        "Associate Professor Fiona Calder (left) and PhD candidate Tomás Reyes examine a basalt "
        "outcrop near Harington Point on Otago Peninsula.",
        # a title's full stop is no second sentence (probe-outlets-final69, read nonsense)
        "Zamorano bean breeder Dr. Ernesto Villatoro Pineda (left) examines Paraíso 09 plants "
        "with producers during the field day in Jacaleapa, El Paraíso.",
        # a picture's file number after its full stop
        "Empty tank stands outside homes in Vaipae this week. Forty-one tanks paid for by the "
        "council have yet to arrive. 09031113",
        # a credit in brackets ending a caption with no full stop, and a caption in brackets
        "Mussel farming platforms in the Alfacs bay, in the Ebro Delta (by ACN)",
        "The angel Gabriel's face, uncovered during the first phase of restoration (photo "
        "courtesy of the Amici degli Oratori d'Oltrarno)",
        "[Image: Mahalapye Eagles players during a training session earlier this season.]",
        "Aedes aegypti mosquito (Photo courtesy of MRCU)",  # a few words the credit names a photo
    ],
)
def test_a_caption_known_by_its_credit_goes(caption):
    kept, removed = captions([BEFORE, caption, AFTER])
    assert kept == [BEFORE, AFTER]
    assert [(r.text, r.reason) for r in removed] == [(caption, "photo caption")]


@pytest.mark.parametrize(
    "line",
    [
        "The talks resume on Monday in Geneva, officials said. — AFP",  # a wire's sign-off
        "The case is Dominguez v. Harvest Lane Inc., N.D. Ill., No. 1:19-cv-02291, 10/7/19.",
        "By Devin Marsh | The Oregonian/OregonLive",  # a byline
        "NFL | MLB | NBA | NHL | Golf | Tennis | More",  # a menu
        "Image 1 of 4",  # not a caption, nor is the line after it (AFTER): it may be the article's
        "She said the decision was final. Reporting by Jane Doe/Editing by John Smith",
        "Tickets for the reunion tour go on sale at the arena next week. AC/DC",
        "Unemployment in the region fell to 5.1% in March. (Source: ONS)",  # a figure's source
        # a place in parentheses with no verb after it, or someone quoted: the article's
        "Smith (left) and Jones met on Monday to sign the deal.",
        "Smith (left) said the plan would save the club.",
        "The chart (right) shows how the rate has risen since 2010.",
        # a number after an abbreviation's full stop, or not eight digits: the article's
        "Apple says the Masimo watch infringes one of its patents, U.S. Patent No. 10610157",
        "Residents needing help can call the 24-hour control room. Helpline No. 1800425101",
        "For bookings for the festival call the box office. 0161234567",
        # a credit under a label is a credit: the caption above it is known by it
        "Photo: Yle News",
        "Photo: Andrew Sablan/PDN",
        # a credit run into the lede, and a story's lines under a label, are the story's
        "Image: Reuters. The Bank of England raised interest rates by half a point to 1.75% on "
        "Thursday, the biggest rise in 27 years, and warned the UK would fall into recession.",
        "Photo: Getty Images The Bank of England raised interest rates by half a point to 1.75%.",
        "Pic: It was a day none of the players will forget, the captain said after the final "
        "whistle at the ground.",
        "Image: the town's reputation has suffered for years, and the council leader said the "
        "plan would change how visitors see it.",
        # a paragraph run into its "Pictured:" caption
        "Pictured: The fields at the edge of Norton Fitzwarren where the homes will be built The "
        "council's planning committee approved the scheme by seven votes to four on Tuesday "
        "evening, despite more than 900 objections from residents of the village and nearby.",
        # a bracket that is no credit, or a sentence's own: an author, not an agency's letters
        "Prophet Song, a dystopian novel set in a near-future Ireland (by Paul Lynch)",
        "The bill was approved by a large majority of members (by 300 votes to 12)",
        "The ruling was welcomed by campaigners who fought the closure (by the Save Our School "
        "group).",
        # a paragraph, however it ends
        " ".join(["The council said the library would close."] * 12) + " Photo / Supplied",
        "By Jane Smith (courtesy of Reuters)",  # a few words under a credit that is no photo's
        "A photo of the suspect was released by police on Tuesday.",  # no file photo
        "A file photo of the missing girl was released by police on Tuesday.",  # a sentence
    ],
)
def test_other_lines_stay(line):
    lines = [BEFORE, line, AFTER]
    assert captions(lines) == (lines, [])


def test_a_caption_above_its_credit_and_button_goes():
    caption = "Volunteer Hector Salas wheels an air conditioner out to a borrower's truck."
    lines = [BEFORE, caption, "Lourdes Ybarra/Arizona Public Media", "hide caption", AFTER]
    kept, removed = captions(lines)
    assert kept == [BEFORE, "Lourdes Ybarra/Arizona Public Media", AFTER]
    assert [r.text for r in removed] == [caption, "hide caption"]


def test_a_caption_above_its_credit_and_a_buy_now_button_goes():
    caption = (
        "Kevin M. Sposato, 46, of Westerly, leaves Washington County Superior Court in "
        "Wakefield on Wednesday after he was sentenced."
    )
    lines = [BEFORE, caption, "Grace Tomasetti / The Westerly Sun", "Buy Now", AFTER]
    kept, removed = captions(lines)
    assert [r.text for r in removed] == [caption, "Buy Now"]
    assert kept == [BEFORE, "Grace Tomasetti / The Westerly Sun", AFTER]


def test_a_caption_over_its_buy_now_button_at_the_top_goes_with_the_page():
    from summarize.clean import clean

    caption = (
        "Kevin M. Sposato, 46, of Westerly, leaves Washington County Superior Court in "
        "Wakefield on Wednesday after he was sentenced."
    )
    lede = (
        "WAKEFIELD — A Westerly man who admitted taking more than $87,000 from a youth "
        "lacrosse club while he served as its treasurer was sentenced Wednesday to 18 months."
    )
    raw = "\n".join([caption, "Grace Tomasetti, The Westerly Sun", "Buy Now", lede, AFTER])
    cleaned = clean(raw)
    assert cleaned.body.startswith("A Westerly man who admitted")
    assert caption in [r.text for r in cleaned.removed]


def test_a_line_above_a_button_without_a_credit_stays():
    # some pages put the buttons above the caption: the line above is the article's
    lines = [BEFORE, AFTER, "Show Caption", "Hide Caption", AFTER]
    kept, _ = captions(lines)
    assert kept == [BEFORE, AFTER, AFTER]


def test_a_paragraph_above_a_credit_and_button_stays():
    # the page lost the caption: a paragraph is no caption
    paragraph = " ".join([BEFORE] * 5)
    lines = [BEFORE, paragraph, "Lourdes Ybarra/Arizona Public Media", "hide caption", AFTER]
    kept, _ = captions(lines)
    assert paragraph in kept


STORY = (
    "The county council voted on Tuesday to close the central library at the end of the year, "
    "citing falling visitor numbers and a repair bill of $2.4 million."
)


def test_a_caption_with_its_credit_in_brackets_before_the_full_stop_goes():
    caption = (
        "Coffee farmers sort freshly picked cherries in Paksong District, Champasak Province "
        "(photo: Laotian Times)."
    )
    assert captions([STORY, caption, STORY])[0] == [STORY, STORY]
    courtesy = "Fishermen mend nets at Kilwa harbour (photo courtesy of the district council)."
    assert captions([STORY, courtesy, STORY])[0] == [STORY, STORY]
    # a police appeal whose picture's courtesy ends it is a sentence (the third review's)
    appeal = (
        "Police have released an image of a man they want to speak to after a burglary in "
        "Yeovil (courtesy of Avon and Somerset Police)."
    )
    assert captions([STORY, appeal, STORY])[1] == []


def test_a_labelled_caption_may_go_on_after_a_verbless_description():
    caption = (
        "Photo: Coaches waiting to leave Mien Tay Station on a weekend morning. The station now "
        "handles more than 1,200 departures a day."
    )
    assert captions([STORY, caption, STORY])[0] == [STORY, STORY]
    # a credit run into a lede, or a caption whose first sentence has its verb, stays
    for line in (
        "Image: Reuters. The Bank of England raised rates on Thursday.",
        "Photo: Firefighters were battling the blaze on Sunday. The warehouse was destroyed.",
        "Photo: The Beijing skyline at dusk. China's economy grew 5.2 per cent last year.",
    ):
        assert captions([STORY, line, STORY])[1] == []


def test_a_labelled_caption_that_is_the_only_sentence_stays():
    """Under a title alone, the labelled line is all the story there is: nothing is lost."""
    lines = [
        "Warehouse blaze in Leeds",
        "Photo: Firefighters battle a blaze at a warehouse in Leeds on Sunday night.",
    ]
    assert captions(lines) == (lines, [])
