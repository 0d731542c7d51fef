import pytest

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


def _assert_thread_goes(thread: list[str], after: str | None = None) -> None:
    """Under a story of some length (comments follow one), ``thread`` goes whole and the
    line ``after`` it stays."""
    story = STORY * 6
    rest = [after] if after else []
    kept, removed = reader_comments([*story, *thread, *rest])
    assert kept == [*story, *rest]
    assert [r.text for r in removed] == thread


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


def test_article_paragraphs_between_two_quoted_letters_stay():
    lines = [
        "Commuters have flooded the paper with complaints about the new timetable.",
        'One reader wrote: "My train was cancelled three times this week."',
        "- Sarah Jones, Croydon, 14/03/2024",
        "The operator, Southern, said the changes were needed to improve punctuality.",
        "It said passengers would be offered refunds for delays of more than 15 minutes.",
        "The rail minister said she would meet the company's chief executive next week.",
        'Another wrote: "I have given up and started cycling."',
        "- Tom Hill, Brighton, 15/03/2024",
        "Southern said it would review the timetable in June.",
    ]
    assert reader_comments(lines) == (lines, [])


def test_the_storys_last_paragraph_is_no_opening_of_the_thread_and_a_long_comment_goes_whole():
    last = "Our readers have been extraordinarily generous, the hospice's director said."
    thread = [
        "Your comments",
        "This is a waste of money.",
        "They should fix the potholes first.",
        "- Pete, London, 21/10/2008 17:33",
        "Well done to everyone involved.",
        "- Ann, Leeds, 21/10/2008 17:40",
    ]
    kept, removed = reader_comments([STORY[0], last, *thread])
    assert kept == [STORY[0], last]
    assert [r.text for r in removed] == thread


def test_a_blogs_thread_goes_from_its_header_to_the_end():
    thread = [
        '23 thoughts on "Court stops Lilongwe City Council from demolishing market stalls"',
        "Mwana wa Mfumu",
        "March 9, 2011 at 8:14 am",
        "The courts are the only hope for the poor in this country.",
        "Reply",
    ]
    kept, removed = reader_comments([*STORY, *thread])
    assert kept == STORY
    assert [r.text for r in removed] == thread
    quoted = [*STORY, 'Critics had 23 thoughts on "the plan", the minister said.']
    assert reader_comments(quoted) == (quoted, [])  # a sentence, not the header alone
    column = [*STORY, '3 thoughts on "Oppenheimer"', "It is long and loud.", "More next week."]
    assert reader_comments(column) == (column, [])  # a column's subhead: no comment's time


def test_a_thread_whose_authors_head_their_comments_goes_from_its_opening():
    thread = [
        "Comments (3)",
        "Andris, Liepaja | 21.10.2009 13:42",
        "My father worked 35 years in this yard.",
        "Tom | 21.10.2009 15:10",
        "The same story in every Baltic town.",
        "Ieva • 3 hours ago",
        "Tom, the workers did not make the crisis. They just want the money they earned.",
        "14 △ ▽ • Reply • Share ›",
    ]
    _assert_thread_goes(thread, "Latest news")
    # a count of comments under the title, over a short story, opens no thread
    page = ["Riga council backs tram line", "6 Comments", *STORY, *thread[1:]]
    assert reader_comments(page) == (page, [])


def test_a_thread_whose_authors_and_times_share_a_line_goes():
    thread = [
        "Comments (3)",
        "islandgirl340 — October 11, 2013 at 8:02 am",
        "Every time it rains it's the same thing on Veterans Drive. When are they going to fix it?",
        "Reply",
        "T. Lewis — October 11, 2013 at 9:37 am",
        "Power still off in the Tutu Park area as of this morning.",
        "Reply",
    ]
    _assert_thread_goes(thread, "Add comment")
    story = STORY * 6
    listed = [*story, "Events", "Harbour clean-up — October 11, 2013 at 8:00 am", "Bring gloves."]
    assert reader_comments(listed) == (listed, [])  # no thread's opening above
    sessions = [  # events under "Have your say", with no reply button under them
        *story,
        "Have your say",
        "The council will hold two drop-in sessions where residents can view the plans.",
        "Ashby Community Centre — March 9, 2023 at 6:30 pm",
        "Northfield Library — March 11, 2023 at 10:00 am",
        "Written comments must be received by March 31.",
        "Harcourt Land said it had already changed the layout after earlier feedback.",
    ]
    assert reader_comments(sessions) == (sessions, [])


def test_a_counted_thread_of_authors_and_times_without_buttons_goes():
    """probe-outlets-final53: with no reply button under them, a count of comments over the
    authors says they are a thread; a reader's aside ("Pedu Anglican is my former school.")
    had ended a summary."""
    thread = [
        "Comments (3)",
        "Kweku Nyarko  14 April 2016 12:10",
        "Eiii Cape Coast! God help the victims.",
        "Sandra McK – 15 March 2018 at 10:14am",
        "Good to see someone actually measuring it.",
        "Abena K.  14 April 2016 13:02",
        "Pedu Anglican is my former school. Old students let us come together and help",
    ]
    _assert_thread_goes(thread, "Leave a comment")
    story = STORY * 6
    sessions = [*story, "Have your say", *thread[1:]]  # no count of comments over them
    assert reader_comments(sessions) == (sessions, [])


def test_a_byline_and_its_stamp_under_a_count_of_comments_are_no_thread():
    """The review's: a byline and an "Updated" line under "Comments (12)" had taken the
    story's first paragraphs with them; places and times listed under a heading, and a
    live page's entries under a count that is not theirs, stay."""
    menu = ["Home News Sport Business Weather Jobs Property Announcements Advertise " * 3] * 4
    story = [
        "Hundreds of homes in the Calder Valley were flooded overnight, the Environment Agency "
        "said.",
        "Residents in Hebden Bridge and Mytholmroyd were moved to a leisure centre.",
        "The river peaked at 4.3 metres shortly after midnight.",
        "Clean-up crews are expected to start work on Saturday.",
    ]
    byline = ["Floods hit Calder Valley homes", "Comments (12)", "Jane Smith 14 April 2016 12:10"]
    for stamp in ("Updated 14 April 2016 15:30", "Last updated 14 April 2016 at 3:30pm"):
        page = [*menu, *byline, stamp, *story]
        assert reader_comments(page) == (page, [])
    venues = [
        *STORY * 6,
        "Comments (3)",
        "Market Hall 14 April 2016 19:00",
        "Town Library 15 April 2016 18:30",
        "Civic Centre 16 April 2016 19:00",
        "The council will publish a summary of the views it receives before the final vote.",
    ]
    assert reader_comments(venues) == (venues, [])
    live = [
        *STORY * 6,
        "12 Comments",
        "Police update 9 Feb 2020 08:15",
        "The M62 is closed eastbound between junctions 22 and 24.",
        "Rail update 9 Feb 2020 08:40",
        "Network Rail said all trains between Leeds and Manchester had been cancelled.",
    ]
    assert reader_comments(live) == (live, [])


def test_a_thread_with_short_month_stamps_goes():
    """probe-outlets-final52: "Nov 13, 2022 at 9:41 pm" under its author was not read as a
    comment's time."""
    thread = [
        "2 Comments",
        "Tavita S.",
        "Nov 13, 2022 at 9:41 pm",
        "Proud of our girls. Sapolu unstoppable",
        "Reply",
        "Anne Faleolo",
        "Nov 14, 2022 at 7:12 am",
        "Congratulations to both teams. Hope the selectors give the young ones a chance.",
        "Reply",
    ]
    _assert_thread_goes(thread, "Leave a Reply")


def test_a_thread_with_authors_over_their_times_goes():
    thread = [
        "Comments (2)",
        "Concerned Resident",
        "September 18, 2019 at 7:42 am",
        "The drain on our road has been full of water since Irma. Nobody came.",
        "Reply",
        "J. Arrindell",
        "September 18, 2019 at 9:15 am",
        "Good that they are fogging. My son's school had larvae in the yard last year too.",
        "Reply",
    ]
    _assert_thread_goes(thread, "Most Read")
    story = STORY * 6
    # without the thread's opening, a name over a date is the story's own lines
    lines = [*story, *thread[1:]]
    assert reader_comments(lines) == (lines, [])


def test_a_counted_thread_of_comments_over_their_times_goes():
    """probe-outlets-final43: a reader's "Someone is confident." was a summary's last line."""
    thread = [
        "Comments (3)",
        "Khalid M, Dubai",
        "Good news for the sector. Cold storage rates have gone up nearly 30% in two years.",
        "16 March 2014 12:05 PM",
        "Jason",
        "Solar on a cold store roof makes sense in this climate.",
        "16 March 2014 01:31 PM",
        "Ahmed",
        "60% pre-let before the foundations are even dug. Someone is confident.",
        "16 March 2014 04:48 PM",
    ]
    _assert_thread_goes(thread, "Add a comment")


def test_a_counted_thread_of_times_under_authors_goes_with_its_last_comment_and_buttons():
    thread = [
        "Comments (14)",
        "Anonymous says:",
        "28/08/2019 at 3:12 pm",
        "Every year they tell us to dump the buckets. Start with the landlords.",
        "Like 41 Dislike 2",
        "Reply",
        "Anonymous says:",
        "28/08/2019 at 5:17 pm",
        "MRCU do a great job with what they have. The rest is on us.",
        "Like 27 Dislike 4",
        "Reply",
        "Load more comments",
    ]
    _assert_thread_goes(thread, "Leave a Reply")


def test_a_thread_of_handles_and_times_with_their_buttons_goes():
    """probe-outlets-final46: "Ralph_Wiggum says…" ended a paragraph."""
    thread = [
        "Comments",
        "kansasredlegs (anonymous) says…",
        "So we can find $186,000 to repave 23rd Street but can't keep a bus running. Priorities.",
        "April 8, 2009 at 6:12 a.m. ( permalink | suggest removal )",
        "Ralph_Wiggum says…",
        "I drive past the Route 10 bus every morning and never see more than three people on it.",
        "April 8, 2009 at 6:47 a.m. ( permalink | suggest removal )",
    ]
    _assert_thread_goes(thread)


def test_a_timeline_under_a_count_of_comments_stays():
    """The review's: times with only the story's events between them are no thread."""
    timeline = [
        "Comments (3)",
        "16 March 2014 09:12 AM",
        "Armed police surrounded the house in Elm Road.",
        "16 March 2014 11:40 AM",
        "A negotiator spoke to the man through a window.",
        "16 March 2014 02:05 PM",
        "The man walked out and was arrested.",
    ]
    lines = [*STORY * 6, *timeline]
    assert reader_comments(lines) == (lines, [])


def test_events_under_have_your_say_with_no_reply_buttons_stay():
    events = [
        "Have your say",
        "Public Meeting",
        "September 18, 2019 at 7:00 pm",
        "A drop-in session will be held at the town hall with planners on hand.",
        "Second Session",
        "September 25, 2019 at 2:30 pm",
        "A second session will be held at the library.",
    ]
    lines = [*STORY * 6, *events]
    assert reader_comments(lines) == (lines, [])


def test_authors_and_times_with_no_opening_are_a_live_pages_entries():
    live = [
        "Storm Eunice: live updates",
        "12 Comments",
        "Jane Doe | 21.10.2009 13:42",
        "The minister has arrived at the summit.",
        "John Roe | 21.10.2009 13:55",
        "Talks have begun behind closed doors.",
    ]
    assert reader_comments(live) == (live, [])


@pytest.mark.parametrize(
    "opening, heads",
    [  # probe-outlets-final38, final37: each comment under its author and time; readers'
        # lines ("Will try and get to the open day.") had ended paragraphs
        (
            "Comments (3)",
            (
                "Posted by BeefMan, 1:22pm Thursday 8th March 2012",
                "Posted by Sperrin Lass, 3:05pm Thursday 8th March 2012",
            ),
        ),
        (
            "Comments",
            (
                "Submitted by krakowexpat (not verified) on Thu, 24/02/2011 - 16:32",
                "Submitted by Piotrek (not verified) on Thu, 24/02/2011 - 19:11",
            ),
        ),
    ],
)
def test_a_thread_of_posted_or_submitted_by_lines_goes(opening, heads):
    thread = [
        opening,
        heads[0],
        "Good to see. Will try and get to the open day.",
        heads[1],
        "Have you actually walked across the square in February? The traders will be fine.",
    ]
    _assert_thread_goes(thread, "Add your comment")


def test_a_thread_whose_handles_say_how_long_ago_goes():
    # probe-outlets-final40: a reader's handle and "6 years, 5 months ago", no bar
    thread = [
        "Comments",
        "Use the comment form below to begin a discussion about this content.",
        "ConchSalad242 6 years, 5 months ago",
        "Good news for Andros if they really pay in 30 days. Time will tell.",
        "realist 6 years, 5 months ago",
        "Local man applies and waits two years, foreign man gets it signed in a week.",
    ]
    _assert_thread_goes(thread, "Sign in to comment")
    story = STORY * 6
    # a live page's stamps and entries are no authors
    stamps = ["Comments", "Updated 5 hours ago", "The road reopened.", "Updated 2 hours ago"]
    assert reader_comments([*story, *stamps])[1] == []
    entries = ["Comments (245)", "Jane Smith 5 minutes ago", "Fuel duty is frozen.", "Key event"]
    entries += ["Key event 9 minutes ago", "The Chancellor rises to speak."]
    assert reader_comments([*story, *entries])[1] == []


def test_a_thread_of_readers_who_wrote_on_a_date_goes():  # probe-outlets-final56
    thread = [
        "Comments (3)",
        "westsidemom wrote on October 18, 2007 7:14 AM:",
        "160 jobs at almost 15 an hour is good news for this town.",
        "Platte Pete wrote on October 18, 2007 8:02 AM:",
        "Kuehner is right. Every company that comes to town gets TIF now.",
        "huskerfan_GI wrote on Thursday, October 18, 2007 9:37 AM:",
        "After 15 years the whole plant is on the tax rolls.",
    ]
    _assert_thread_goes(thread)
    story = STORY * 6
    # one reader's letter quoted by the story is no thread
    letter = [*story, "Jane Doe wrote on October 18, 2007 7:14 AM:", "We need the jobs."]
    assert reader_comments(letter) == (letter, [])


def test_a_thread_of_readers_from_places_over_their_times_goes():  # probe-outlets-final57
    thread = [
        "Comments (2)",
        "Sue from Branchville · 02/05/2014 1:41 p.m.",
        "Out since 3 a.m. on Old Branchville. Heard the transformer go.",
        "RidgefieldDad · 02/05/2014 2:02 p.m.",
        "Huge limb down on Barlow Mountain near the school.",
    ]
    _assert_thread_goes(thread)


def test_a_thread_of_handles_over_dates_written_out_goes():  # probe-outlets-final60
    thread = [
        "Comments (3)",
        "FenMan1966 · 29 June 2017, 07:12",
        "Plenty of people in Lynn who could do this work. Pay them properly.",
        "Terrington born · 29 June 2017, 08:55",
        "My dad worked on that farm in the 80s. It was all local people then. Times change.",
        "Norfolk Lass · 29 June 2017, 10:02",
        "Not everyone did. And the farmers are the ones who'll go bust.",
    ]
    _assert_thread_goes(thread, after="Most Read")


def test_a_thread_of_titled_comments_posted_on_a_date_by_a_handle_goes():  # final59
    thread = [
        "6 comments",
        "Rain Rain Go Away",
        "Posted on 22-03-2022 11:42 | By Kiwibaz",
        "Drove through Bethlehem at 7 and the water was right across both lanes.",
        "@TePunaMum",
        "Posted on 22-03-2022 12:31 | By Trevor_K",
        "Because it costs millions and we all moan about rates going up. Can't have it both ways.",
    ]
    _assert_thread_goes(thread)


def test_a_typepad_thread_signed_under_each_comment_goes():
    # probe-outlets-final74: a blog's readers' comments were read as the obituary's
    _assert_thread_goes(
        [
            "Comments",
            "I met Sister Tanda at Laiagam in 1981 when I was a young didiman passing through.",
            "Posted by: Bob Hartnell | 14 June 2011 at 08:47 AM",
            "My mother was delivered by Sister Hilda at Laiagam in 1977 and so was I in 1989.",
            "Posted by: Jacob Lyaki | 14 June 2011 at 03:05 PM",
            # and the form under it
            "This is only a preview. Your comment has not yet been posted.",
            "Post a comment",
            "Please enter a valid email address",
        ],
        after="Search PNG Attitude",
    )
