from summarize.clean import clean
from summarize.comments import reader_comments

STORY = [
    "Tens of thousands of commuters were stranded after a signal failure on the Jubilee line.",
    "Services were running normally this evening.",
]
THREAD = [
    "Here's what readers have had to say so far. Why not add your thoughts below?",
    "Same old story. Pay us compensation properly and maybe they'll bother to fix it.",
    "- Terry, Wembley Park, 21/10/2008 17:58",
    "Click to rate Rating 14",
    "Walked from Bond Street to Canary Wharf. Best exercise I've had all year.",
    "- Pete, London, 21/10/2008 17:33",
    "Click to rate Rating 6",
    "The views expressed in the contents above are those of our users.",
]


def test_a_thread_of_signed_comments_goes_with_its_opening_line_and_buttons():
    kept, removed = reader_comments([*STORY, *THREAD, "Most read"])
    assert kept == [*STORY, "Most read"]
    assert [r.text for r in removed] == THREAD
    assert {r.reason for r in removed} == {"reader comments"}


def test_one_signed_line_is_no_thread():
    letter = [*STORY, "I waited an hour.", "- Pete, London, 21/10/2008 17:33", "More news."]
    assert reader_comments(letter) == (letter, [])


def test_a_summary_never_quotes_a_reader():
    cleaned = clean("\n".join([*STORY, *THREAD]))
    assert cleaned.body == "\n".join(STORY)
