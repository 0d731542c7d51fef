import re

from summarize.abstractive.context import restored, restored_checks, source_of, standalone
from summarize.budget import PRESETS
from summarize.document import Document
from summarize.faithfulness import SentenceCheck

ARTICLE = Document.from_clean_text(
    "Nasdaq plans to sell shares to the public and list on its own market. "
    "Analysts had suggested Nasdaq could float within the year. "
    "However Nasdaq recently poured cold water on those suggestions. "
    "The Nasdaq index is made up of technology firms. "
    "But trading volumes have fallen since 2000."
)


def test_a_copied_sentence_is_found_in_the_article():
    assert source_of("Nasdaq recently poured cold water on those suggestions.", ARTICLE) == 2
    assert source_of("Something else entirely happened in Paris.", ARTICLE) is None


def test_a_sentence_referring_back_to_a_left_out_one_is_dropped():
    first = ARTICLE.sentences[0].text
    leaning = ARTICLE.sentences[2].text
    assert standalone([first, leaning], ARTICLE) == [first, None]


def test_it_stays_when_the_sentence_before_it_is_there():
    sentences = [s.text for s in ARTICLE.sentences[:3]]
    assert standalone(sentences, ARTICLE) == sentences


def test_a_dangling_connective_is_dropped_and_the_sentence_kept():
    first, last = ARTICLE.sentences[0].text, ARTICLE.sentences[4].text
    assert standalone([first, last], ARTICLE) == [first, "Trading volumes have fallen since 2000."]


def test_a_fragment_and_the_middle_of_a_quotation_are_dropped():
    doc = Document.from_clean_text(
        "Manchester United raised ticket prices for next season. "
        'Fans group chairman Duncan Drasdo said: "The club has lost touch. '
        'Supporters cannot afford this any more." '
        "Ticket prices ? "
        "The club said prices rose by 3%."
    )
    first, middle, fragment_, last = (s.text for s in doc.sentences[0:1] + doc.sentences[2:])
    assert standalone([first, middle, fragment_, last], doc) == [first, None, None, last]


def test_a_fragment_first_is_dropped_and_a_first_connective_goes():
    first = ARTICLE.sentences[0].text
    assert standalone(["Ticket prices?", first], ARTICLE) == [None, first]
    assert standalone(["However, trading volumes have fallen since 2000."], ARTICLE) == [
        "Trading volumes have fallen since 2000."
    ]


def test_the_model_reads_the_article_without_its_lines_that_are_no_sentence():
    from summarize.abstractive.extract import story

    doc = Document.from_clean_text(
        "Rebecca Lindahl, Business reporter\n"
        "The company will cut 400 jobs in Houston, it said on Tuesday.\n"
        "The cuts come in three waves. Workers were told on Monday."
    )
    indices, text = story(doc)
    assert indices == [1, 2, 3]
    assert text == (
        "The company will cut 400 jobs in Houston, it said on Tuesday.\n"
        "The cuts come in three waves. Workers were told on Monday."
    )
    plain = Document.from_clean_text("One sentence here. And another one there.")
    assert story(plain) == ([0, 1], plain.text)


def test_the_model_reads_a_lists_heading_and_its_numbered_items():
    from summarize.abstractive.extract import story

    doc = Document.from_clean_text(
        "The council agreed a budget on Tuesday.\nThe measures include:\n"
        "1. Free bus travel for pupils\n2. A new library in the town centre"
    )
    indices, text = story(doc)
    assert "The measures include:" in text
    assert "Free bus travel for pupils" in text and "A new library" in text


BASEBALL = Document.from_clean_text(
    "Tsai Ming-jen lined a single to give the La New Bears a 6-5 win over the Sinon Bulls. "
    "The win moved them to within half a game of the Uni-President Lions in the second-half "
    "standings of the league."
)
SLIPPED = (
    "The win moved them to within half a game of the Uni-President Lions in the second-hand "
    "league of the league."
)


def _check(text, source):
    return SentenceCheck(text, 0.9, True, source, BASEBALL.sentences[source].text, ())


def test_a_copy_with_a_word_the_article_never_uses_gets_the_articles_sentence_back():
    """probe-outlets-final43: "the second-hand league" for "the second-half standings",
    read false."""
    source = BASEBALL.sentences[1].text
    words = {w.lower() for w in re.findall(r"[\w'’-]+", BASEBALL.text)}
    assert restored(SLIPPED, source, words) == source
    reworded = "The Bears are half a game behind the Lions after the win."  # no copy: kept
    assert restored(reworded, source, words) == reworded
    assert restored(source, source, words) == source


def test_a_copy_stopped_inside_a_figure_gets_the_articles_sentence_back():
    """probe-outlets-final48: "worth about MOP1." of "MOP1.26 million", read nonsense."""
    source = "Police seized cash and chips worth about MOP1.26 million."
    words = {w.lower() for w in re.findall(r"\w+(?:['’-]\w+)*", source)}
    assert restored("Police seized cash and chips worth about MOP1.", source, words) == source
    drew = "When the vault opened, the two drew .45-caliber pistols, police said."
    assert restored("When the vault opened, the two drew .", drew, words) == drew  # final51
    tokenized = "Ten people were hurt in the crash in Brisbane 's west . Three cars collided ."
    copy = "Ten people were hurt in the crash in Brisbane 's west ."
    tokens = {w.lower() for w in re.findall(r"\w+(?:['’-]\w+)*", tokenized)}
    assert restored(copy, tokenized, tokens) == copy  # a tokenized text's stop stays
    whole = "Police seized cash worth about MOP1.26 million."
    ended = "The phones seized numbered 12."  # a figure that ends its sentence stays
    assert restored(ended, "The phones seized numbered 12. 5 went missing.", words) == ended
    assert restored(whole, source, words) == whole


def test_a_restored_copy_must_still_fit_the_paragraph():
    checks = [_check(BASEBALL.sentences[0].text, 0), _check(SLIPPED, 1)]
    roomy = restored_checks(checks, BASEBALL, PRESETS["paragraph"].fits)
    assert [c.text for c in roomy] == [s.text for s in BASEBALL.sentences]
    as_written = len(" ".join(c.text for c in checks))  # the restored copy is 3 characters longer
    tight = restored_checks(checks, BASEBALL, lambda text: len(text) <= as_written)
    assert [c.text for c in tight] == [checks[0].text, SLIPPED]


def test_a_copy_stopped_inside_a_figure_that_cannot_be_restored_is_left_out():
    """probe-outlets-final51: "the two drew ." ended the model's paragraph, read nonsense;
    the article's sentence ("drew .45-caliber pistols, ...") did not fit."""
    doc = Document.from_clean_text(
        "Three armed men robbed a pawnshop in Mandaue City. When the appraiser opened the "
        "vault, the two drew .45-caliber pistols, disarmed the guard and tied up the staff."
    )
    first = SentenceCheck(doc.sentences[0].text, 0.9, True, 0, doc.sentences[0].text, ())
    cut = SentenceCheck(
        "When the appraiser opened the vault, the two drew .",
        0.9,
        True,
        1,
        doc.sentences[1].text,
        (),
    )
    assert restored_checks([first, cut], doc, lambda text: len(text) < 120) == [first]
    roomy = restored_checks([first, cut], doc, lambda text: True)
    assert [c.text for c in roomy] == [s.text for s in doc.sentences]


def test_a_copy_that_lost_the_opening_with_its_verb_gets_the_articles_sentence_back():
    """probe-outlets-final53: "Warriors, who campaign in ..., the state's ticket to ..." of
    "The win hands Warriors, ...", read nonsense; where the article's sentence does not fit,
    the copy is left out."""
    doc = Document.from_clean_text(
        "Substitute Femi Okunlola scored late as Ogbomoso Warriors beat Saki Crown 2-1. The win "
        "hands Warriors, who campaign in the Nationwide League One, the state's ticket to the "
        "national stage of the Federation Cup."
    )
    source = doc.sentences[1].text
    words = {w.lower() for w in re.findall(r"\w+(?:['’-]\w+)*", doc.text)}
    verbless = source.removeprefix("The win hands ")
    assert restored(verbless, source, words) == source
    shorter = "The winner is Warriors, who campaign in the Nationwide League One."  # its own verb
    assert restored(shorter, source, words) == shorter
    said = "In a statement, the club said it would appeal."
    assert (
        restored("The club said it would appeal.", said, words) == "The club said it would appeal."
    )
    glued = (  # SummEval: page text glued to a sentence the check reads as verbless
        "Scroll down for video A young woman who was subjected to years of abuse by Bega Cheese "
        "boss Maurice Van Ryn ( pictured ) has told a court of the severe impact it had on her "
        "life ."
    )
    copy = glued.removeprefix("Scroll down for video ")
    glued_words = {w.lower() for w in re.findall(r"\w+(?:['’-]\w+)*", glued)}
    assert restored(copy, glued, glued_words) == copy
    survey = (
        "The charity's survey of 2,000 families found that two in five children live in poverty."
    )
    finding = "Two in five children live in poverty."  # the review's: its verb is its own
    survey_words = {w.lower() for w in re.findall(r"\w+(?:['’-]\w+)*", survey)}
    assert restored(finding, survey, survey_words) == finding
    first = SentenceCheck(doc.sentences[0].text, 0.9, True, 0, doc.sentences[0].text, ())
    cut = SentenceCheck(verbless, 0.9, True, 1, source, ())
    assert restored_checks([first, cut], doc, lambda text: len(text) < 150) == [first]
