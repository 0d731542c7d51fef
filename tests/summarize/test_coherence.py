import numpy as np
import pytest

from summarize import PRESETS
from summarize.document import Document
from summarize.extractive.base import select
from summarize.extractive.coherence import (
    Leaning,
    back_reference,
    dangling,
    leaning,
    loose_line,
    opener,
    render,
    without_connective,
)
from summarize.extractive.fragments import fragment
from summarize.extractive.quotations import open_quotation, quotation_open

ARTICLE = (
    "The council approved a new bridge over the river on Tuesday. "
    "Building will start in March and take two years. "
    "But residents say the bridge is too expensive for the town. "
    "Traffic on the old crossing has doubled since 2010. "
    "He said the plan had been rushed through without a vote. "
    "The bridge will cost 40 million pounds."
)


def _closed(text: str) -> str:
    """One sentence rendered alone, as a paragraph that picked it would publish it."""
    doc = Document.from_clean_text(text)
    assert len(doc.sentences) == 1
    return render(doc, [0])[0]


def test_openers_are_connectives_and_pronouns_outside_quotes():
    assert opener("But residents say so.") == "but"
    assert opener("However, the plan failed.") == "however"
    assert opener("He said so.") == "he"
    assert opener('"He is wrong," she said.') is None
    assert opener("Hebrides ferry cancelled.") is None


def test_selection_never_leaves_a_pronoun_without_its_sentence_before():
    doc = Document.from_clean_text(ARTICLE)
    assert Leaning(doc)(4) and not Leaning(doc)(2)  # "But" is dropped, not paired
    scores = np.array([0.0, 0.0, 0.0, 1.0, 5.0, 0.5])  # "He said ..." scored highest
    text, picked, _ = select(doc, scores, PRESETS["paragraph"].__class__("paragraph", 20))
    assert picked == [3, 4]  # taken with the sentence before it
    assert dangling(doc, picked, text) == []


def test_a_dangling_connective_is_dropped_and_the_rest_kept():
    doc = Document.from_clean_text(ARTICLE)
    assert render(doc, [0, 2]) == [
        doc.sentences[0].text,
        "Residents say the bridge is too expensive for the town.",
    ]
    assert render(doc, [1, 2])[1] == doc.sentences[2].text  # its sentence before is there


def test_the_check_counts_whole_dangling_sentences_only():
    doc = Document.from_clean_text(ARTICLE)
    assert dangling(doc, [0, 2], " ".join(render(doc, [0, 2]))) == []
    assert dangling(doc, [0, 2], doc.sentences[0].text + " " + doc.sentences[2].text) == [2]


def test_references_back_inside_a_sentence():
    assert back_reference("Nasdaq poured cold water on those suggestions.") == "those suggestions"
    assert back_reference("It cannot confirm such an incident.") == "it"
    assert back_reference("The guard cannot confirm such an incident.") == "such an incident"
    assert back_reference('"We will win the league," he said.') == "he said"
    assert back_reference("The plan, she added, had failed.") == "she added"
    assert back_reference('"In part, certainly."') == "an unattributed quotation"
    # what "That" is came before the quotation (probe-outlets-final66, read misleading)
    assert back_reference('"That is an insult," said Andreas Hadjipetrou.') == "that"
    assert back_reference('"Thatcher was right," said Andreas Hadjipetrou.') is None
    assert back_reference('"That doesn\'t make sense," said Smith.') == "that"
    assert back_reference('"Those are lies," said Smith.') == "that"
    # a bare "that" after a preposition (probe-outlets-final68: the model's copy, misleading)
    text = "The council would seek support from the Heat Network Fund towards that."
    assert back_reference(text) == "towards that"
    assert back_reference('"People have waited a long time for this," he said.') == "he said"
    assert back_reference("Despite this, the council pressed ahead.") == "Despite this"
    assert back_reference("Sales rose sharply this year.") is None
    assert back_reference("Cars such as the Prius sold well.") is None
    assert back_reference('"We will win," said coach Andy Robinson.') is None
    assert back_reference('He said: "This plan is wrong."') == "he"  # the opening pronoun
    assert back_reference('Mr Smith said: "This plan is wrong."') is None  # inside the quote
    assert back_reference("But the vote was close.") is None  # a connective is dropped instead
    # probe-outlets-final56: a purpose's "that concern", agreeing with what was said before
    purpose = "To address that concern, the commission will run a Friday program."
    assert back_reference(purpose) == "To address that concern"
    assert back_reference("To that end, the council will meet.") is None
    assert back_reference("Coun. Paul Crossman agreed, calling the levy cheap.") == "agreed"
    assert back_reference("The council agreed to the plan.") is None
    assert back_reference("The justices disagreed.") == "agreed"
    assert back_reference("Ministers have agreed, in principle, to fund it.") is None
    assert back_reference("Work began after the deal was agreed.") is None
    assert back_reference("To prove that rivers can be cleaned up, the firm will pay.") is None


@pytest.mark.parametrize(
    "sentence, reference",
    [
        ("Of those , 10 were Mancunian .", "of those"),  # a model paragraph, judged nonsense
        ("Two of them were taken to hospital.", "two of them"),
        ("Among them was the mayor.", "among them"),
        ("Some of those who attended left early.", None),  # "those who": defined here
        ("Of the 22 players, 13 were English.", None),
        ('"Of those, many left," Mr Smith said.', None),  # the speaker's words
        ("Both men were giving evidence to MPs.", "both"),  # the men named before
        ("Both Mr Smith and Mr Brown denied it.", None),
        ("The pair met in 2001.", "the pair"),
        ("The two-day summit opened.", None),
        ("But two of them were released.", "two of them"),  # the connective hides nothing
        ("Both men were charged with murder and remanded in custody.", "both"),
        ("The two biggest banks in Europe agreed to merge.", None),
        ("Some of those whose homes were flooded left.", None),
        ("Of those polled, 60% agreed.", None),
    ],
)
def test_a_group_or_a_part_of_one_named_before_refers_back(sentence, reference):
    assert back_reference(sentence) == reference


def test_a_quotation_given_to_a_pronoun_comes_with_its_sentence_before():
    doc = Document.from_clean_text(
        "Ireland face England on Sunday. "
        "Brian O'Driscoll returned from injury this week after two months out. "
        "Coach Eddie O'Sullivan says England should not be underestimated. "
        '"The England game really helped during rehabilitation," he said. '
        "Tickets have sold out."
    )
    assert Leaning(doc)(3)
    scores = np.array([1.0, 0.0, 0.5, 5.0, 0.0])
    budget = PRESETS["paragraph"].__class__("paragraph", 30)
    text, picked, _ = select(doc, scores, budget)
    assert 3 not in picked or 2 in picked
    assert dangling(doc, picked, text) == []


def test_without_connective():
    assert without_connective("However, the plan failed badly.") == "The plan failed badly."
    assert without_connective("But it did.") == "But it did."  # too short to stand without it
    assert without_connective("The plan failed.") == "The plan failed."
    # "Instead of" is a preposition, not the connective "Instead,": it stays
    instead_of = "Instead of ploughing the whole field, farmers now cut narrow strips."
    assert without_connective(instead_of) == instead_of
    assert opener(instead_of) is None
    assert without_connective("Instead, farmers now cut narrow strips.") == (
        "Farmers now cut narrow strips."
    )
    # "So far" is a degree and a time, not the connective "So" (probe-outlets-final55)
    so_far = "So far, the parents of about 870 pupils have given their consent."
    assert without_connective(so_far) == so_far
    assert (
        without_connective("So the council voted to close it.") == "The council voted to close it."
    )
    # "Besides" before its object is a preposition (probe-outlets-final61: "The €4,500 fine,
    # the court ordered ..." was read nonsense)
    besides = "Besides the €4,500 fine, the court ordered that all 408 bottles be destroyed."
    assert without_connective(besides) == besides
    assert without_connective("Besides, the plan was never costed.") == "The plan was never costed."


def test_a_pronoun_after_a_place_or_a_time_and_an_appeals_promise_refer_back():
    # probe-outlets-final74: "Inside they found ..." after "Two men have been charged" read as
    # the men finding the plants; "All information will be treated in strict confidence." as
    # the police keeping the case secret
    assert back_reference("Inside they found around 420 cannabis plants.") == "they"
    assert back_reference("Later he said the plan had failed.") == "he"
    assert back_reference("Inside the pub, officers found 420 plants.") is None
    assert back_reference("Outside it was raining heavily.") is None  # a dummy "it"
    assert back_reference("All information will be treated in strict confidence.")
    assert back_reference("All information about the scheme is on the council's website.") is None
    # final75: "Others were more accepting." after a finding, the objectors left out
    assert back_reference("Others were more accepting.") == "others"
    assert back_reference("Others who lost their homes were rehoused.") is None


def test_a_pronoun_after_a_dropped_connective_and_a_pro_verb_refer_back():
    assert back_reference("However, he did say the host had been useful.") == "he"
    assert back_reference("The coach appears to have done that quite well.") == "done that"
    assert back_reference("However, the vote was close.") is None


def test_a_quotation_stays_open_until_its_closing_mark_or_a_paragraph_break():
    doc = Document.from_clean_text(
        'Jones said: "We will see how good France are. '
        "The scrum is the key. "
        'Gethin certainly is ready." '
        "The match starts at noon.\n\n"
        '"Nothing is decided yet.\n\n'
        "Tickets have sold out."
    )
    assert list(quotation_open(doc)) == [False, True, True, False, False, False]
    assert leaning(doc)[1] and leaning(doc)[2] and not leaning(doc)[3]


def test_a_stray_mark_does_not_hold_the_rest_of_an_unbroken_text_in_quotation():
    doc = Document.from_clean_text('He said "yes. ' + "The vote was held on Monday. " * 6)
    inside = list(quotation_open(doc))
    assert inside[1:3] == [True, True] and not any(inside[3:])


def test_fragments_are_short_and_verbless_in_english_only():
    assert fragment("In part, certainly.") and fragment("Ticket prices ?")
    assert not fragment("The plan failed.")
    assert fragment("– TIMES") and fragment("(AP)")  # a sign-off or credit: no sentence
    assert not fragment("POLICE SEIZE 3 TONNES OF DRUGS")
    # a team sheet's line (probe-outlets-final55, final57), not a sentence after a label
    assert fragment("Sub: S. Moloney (0-1) for Tierney (40).") and fragment("Attendance: 1,100.")
    assert not fragment("Subs: The club named five players on the bench.")
    assert not fragment("Die Regierung plant neue Steuern.", "german")


@pytest.mark.parametrize(
    "text",
    [  # a numbered list's fields and a schedule's lines, at any length
        "(1) Company name: Hanazono Seiki (Thailand) Co., Ltd. (provisional)",
        "(4) Capital: 800 million baht",
        "(9) Number of employees: Approx. 120 at start of operations; approx. 350 in fiscal "
        "2011 (planned)",
        "April 2010: Start of assembly of finished units (planned)",
        # a list's entries under "the following waters:" (probe-outlets-final66, nonsense)
        "Big Hole River – from the mouth of the North Fork downstream to the Beaverhead River.",
        "Feeder 1 – New Amsterdam (Main Street, Stanleytown): 5:00 pm – 7:00 pm",
    ],
)
def test_a_lists_fields_are_fragments(text):
    assert fragment(text)


@pytest.mark.parametrize(
    "text",
    [
        "April 2010: The company opened its plant in Chonburi.",
        "April 2010: Most of the staff left.",
        "February 2022: Russia invades Ukraine.",  # a schedule's clause, its verb unseen
        "(2) The council approved the plan.",
        "Kuwait: The minister resigned on Monday.",
        "The bank - along with investors and auditors - wants damages.",
        "Jefferson River – its flows fell below 100 cubic feet per second.",
        # the review's: an aside between dashes before a verb the rules miss; a score
        "Manchester United – 14 points clear at the top – travel to Anfield on Sunday.",
        "Manchester United 2 – 1 Liverpool.",
    ],
)
def test_a_clause_after_a_label_is_no_fragment(text):
    assert not fragment(text)


def test_a_speech_tag_without_its_words_is_a_fragment():
    assert fragment("Rovers captain and No 8 Hemi Walker said afterwards.")
    assert fragment("Police said on Tuesday.")
    assert not fragment('"We won," Smith said afterwards.')
    assert not fragment("The council said the road would close.")
    assert not fragment("That is not what the minister said.")
    # the second review's: a verb before the tag's, a passive
    for whole in (
        "He denied everything she said.",
        "The reasons for the delay were not explained.",
        "A further 200 homes will be added.",
        "He will do whatever the club says.",
    ):
        assert not fragment(whole)


def test_a_quotation_the_paragraph_leaves_open_is_closed():
    assert _closed('Parry said: "I sincerely hope he will be.') == (
        'Parry said: "I sincerely hope he will be."'
    )
    assert _closed("He said “we will win.") == "He said “we will win.”"
    assert _closed('He said "yes" twice.') == 'He said "yes" twice.'


def test_selection_skips_fragments_and_keeps_a_quotation_with_its_speaker():
    doc = Document.from_clean_text(
        "Liverpool will not sell Steven Gerrard this summer. "
        'Chief executive Rick Parry said: "We sincerely hope he will stay. '
        'He is the heart of this club." '
        "Critical time for Liverpool. "
        "The club plans a new stadium in Stanley Park."
    )
    scores = np.array([1.0, 0.0, 5.0, 4.0, 2.0])
    budget = PRESETS["paragraph"].__class__("paragraph", 60)
    text, picked, _ = select(doc, scores, budget)
    assert 3 not in picked and 2 in picked and 1 in picked
    assert text.count('"') % 2 == 0


def test_a_quotation_in_single_marks_with_no_speaker_refers_back():
    assert back_reference("‘We will win the league.’") == "an unattributed quotation"
    assert back_reference("' Everything is perfect for me here . '") == (
        "an unattributed quotation"
    )
    assert back_reference("‘We will win,’ said the coach.") is None
    assert back_reference("'Tis the season for cheap flights.") is None  # an elision


def test_an_inch_mark_or_a_stray_closing_mark_opens_no_quotation():
    from summarize import Summarizer

    text = (
        'The phone has a 6" screen and weighs 200g. It costs $500 in the shops. '
        "Sales start on Friday in Europe. Analysts expect strong demand this year. "
        "The company did not comment on pricing outside Europe."
    )
    assert open_quotation('The phone has a 6" screen.') == (None, False)
    assert open_quotation('We are four and more." The crowd cheered.') == (None, False)
    summary = Summarizer("salience").summarize(text, "paragraph").text
    assert summary.count('"') == 1  # the inch mark, and no mark added


def test_german_quotation_marks_close_with_the_upper_mark():
    assert open_quotation("Er sagte, man werde „mit aller Kraft“ kämpfen.") == (None, True)
    assert _closed("Er sagte: „Wir werden kämpfen.") == "Er sagte: „Wir werden kämpfen.“"
    assert _closed("Il a dit : « nous gagnerons.") == "Il a dit : « nous gagnerons.»"


def test_a_long_quotation_is_closed_where_the_paragraph_ends_it():
    from summarize import Summarizer

    text = (
        'Smith said: "We will win this match. We are strong. We are many. We are here today. '
        'We are four and more." The crowd cheered loudly.'
    )
    summary = Summarizer("lead").summarize(text, "paragraph").text
    assert summary.count('"') % 2 == 0


def test_a_results_line_is_no_fragment_and_only_fragments_still_give_a_paragraph():
    from summarize import Summarizer

    assert not fragment("Arsenal 2, Chelsea 1.")
    text = "Ticket prices? Critical time for Liverpool."
    summary = Summarizer("lead").summarize(text, "paragraph")
    assert summary.text == text
    assert not any("longer than the budget" in w for w in summary.warnings)


def test_a_line_that_does_not_end_as_a_sentence_is_never_picked():
    from summarize import Summarizer

    text = (
        "The council voted on Tuesday to close the library, which has served the town since "
        "1902.\n\nHamilton man charged after service station robbery\n\n1. Renata Voss, Grand "
        "Junction, 19:41:07\n\nThe building will be sold to a developer for housing.\n\n"
        "Council drops plan to scrap the mobile library vans"
    )
    doc = Document.from_clean_text(text)
    loose = [s.text for i, s in enumerate(doc.sentences) if loose_line(doc, i)]
    assert loose == [
        "Hamilton man charged after service station robbery",
        "Renata Voss, Grand Junction, 19:41:07",
        "Council drops plan to scrap the mobile library vans",
    ]
    paragraph = Summarizer("salience").summarize(text, "paragraph").text
    assert "Hamilton" not in paragraph and "Renata" not in paragraph and "drops" not in paragraph


def test_an_item_of_advice_is_no_summary_sentence():
    """probe-outlets-final44: "- Keep bales separate from livestock housing" closed
    `salience`'s paragraph (read nonsense); an item that states news stays the article's."""
    text = (
        "Firefighters attended 13 fires involving bales in just seven days.\n\n"
        "NIFRS is urging farmers to:\n\n"
        "- Check stored hay regularly for heat, steam or a sharp, sweet smell\n"
        "- Keep bales separate from livestock housing\n"
        "- 400 round bales were destroyed at one farm near Limavady\n"
        "- Close to 300 flights were delayed by the smoke\n"
        "- Check-in times rose at Belfast International"
    )
    doc = Document.from_clean_text(text)
    loose = [loose_line(doc, i) for i in range(len(doc.sentences))]
    assert loose == [False, True, True, True, False, False, False]


def test_a_first_line_long_enough_to_be_the_opening_is_no_loose_line():
    doc = Document.from_text(
        "Japanese brewers are increasingly making money from beer-flavoured drinks rather "
        "than beer itself\n\nBeer and spirits are heavily taxed in Japan."
    )
    assert not loose_line(doc, 0)


def test_a_bulleted_list_is_the_articles_and_its_colon_line_is_not_picked_alone():
    from summarize import Summarizer

    text = (
        "What we know so far about the Southport attack:\n"
        "- Three girls were killed at a dance class on Monday\n"
        "- Eight more children and two adults were injured\n"
        "- A 17-year-old boy has been arrested"
    )
    doc = Document.from_clean_text(text)
    assert [loose_line(doc, i) for i in range(len(doc.sentences))] == [True, False, False, False]
    paragraph = Summarizer("salience").summarize(text, "paragraph").text
    assert "Three girls were killed" in paragraph and "What we know" not in paragraph


@pytest.mark.parametrize(
    "sentence, reference",
    [
        ("Not everyone will.", "will"),  # the verb is the sentence before's
        ("The city never did.", "did"),
        ("Officials said more boats will return next spring.", None),
        ("Work starts in May.", None),  # a month, not the modal
        ("The harbor had a waiting list of about 60 boat owners who have waited years.", None),
    ],
)
def test_a_sentence_whose_verb_is_elided_needs_the_one_before(sentence, reference):
    from summarize.extractive.coherence import back_reference

    assert back_reference(sentence) == reference


@pytest.mark.parametrize(
    "sentence, reference",
    [
        ("Nobody was hurt.", "nobody"),  # in what, the sentence before tells
        ("None of the crew was seriously injured.", "nobody"),
        ("No one else was hurt.", "nobody"),
        ("Nobody was hurt in the blaze.", None),  # names its event
        ("The Ministry of Emergency Situations of Kyrgyzstan reported.", "a credit alone"),
        ("Police said.", "a credit alone"),
        ("Prices rose, analysts said.", None),  # a claim, credited
        ("The results were announced.", None),  # a claim of its own
        ("The search for the two missing climbers continued.", None),  # no speech verb
    ],
)
def test_nobody_hurt_and_a_credit_alone_need_the_sentence_before(sentence, reference):
    from summarize.extractive.coherence import back_reference

    assert back_reference(sentence) == reference


@pytest.mark.parametrize(
    "sentence",
    [
        "Fire destroyed everything they had.",
        "Nobody knows what he did.",
        "Smith died without a will.",
    ],
)
def test_a_short_sentence_with_its_own_object_is_no_ellipsis(sentence):
    from summarize.extractive.coherence import back_reference

    assert back_reference(sentence) is None


def test_a_tables_rows_are_fragments_and_a_results_line_still_is_not():
    assert fragment("GM Dmitri Sorokov (RUS), GM Anders Holmgaard (DEN) 7.5; 3-8.")
    assert fragment("Final standings (top ten): 1-2.")  # the next row's rank split off
    assert fragment("GM Ivo Benčić (CRO), WGM Agnieszka Bielecka (POL) 6.0.")  # country codes
    assert not fragment("Kenya (KEN) won gold, beating Ethiopia (ETH).")  # a verb: a sentence
    assert not fragment("Arsenal 2, Chelsea 1.")
    assert fragment("2.")  # a score alone
    assert fragment("Have you been affected by flooding in your area?")  # a prompt to the reader
    assert not fragment("Why did the council not warn the residents of the flooding earlier?")
    # probe-outlets-final46: a results table's row with no sentence's end, a list's item
    assert fragment("Nika Kos (SK Triglav Kranj) 247.6 points (104 m, 103.5 m)")
    assert not fragment("Nika Kos (SK Triglav Kranj) won with 247.6 points (104 m, 103.5 m).")
    assert fragment("- drink boiled or bottled water;")
    assert fragment("• see a doctor if the fever lasts more than two days.")
    assert not fragment("- The council will meet again on Monday to decide.")


@pytest.mark.parametrize(
    "text, pointer",
    [
        ("A public hearing on that ordinance is set for April 8.", "on that ordinance"),
        ("Several residents said that was more than the town could bear.", "said that was"),
        ("Meyer was deselected as a result of that challenge.", "of that challenge"),
        ("Of that number, 14 cases have been confirmed.", "Of that number"),  # opening it
        ("Parry's statements are clever in that any transfer cannot be construed.", None),
        ("For that he will always be held in the highest esteem.", None),
        ("At that time the firm was small.", None),
        # a time the sentence before set (probe-outlets-final43, "Since then" read misleading)
        ("Since then, four more cases have been confirmed.", "since then"),
        ("But since then, prices have doubled.", "since then"),
        ("Until then, the road stays shut.", "until then"),
        ("Since 2019, four more cases have been confirmed.", None),
        ("Since then-chancellor George Osborne announced the levy, makers cut sugar.", None),
        ("The council said that sales fell.", None),
    ],
)
def test_that_points_back_after_a_preposition_or_as_a_subject(text, pointer):
    assert back_reference(text) == pointer


def test_the_code_reviews_cases_of_fragments_and_pointers():
    assert not fragment("Several have been arrested.")  # "several" is the subject
    assert not fragment("Many are still missing.")
    quoted = 'The mother said: "How can you forgive someone who took your only child?"'
    assert not fragment(quoted)  # a speaker's question, not the page's
    assert back_reference("The ruling is significant in that judges must now consult.") is None
    conditional = "The coroner said that had an ambulance arrived, the boy would have lived."
    assert back_reference(conditional) is None


@pytest.mark.parametrize(
    "opening, closing", [('"', '"'), ("“", "”"), ("„", "“"), ("«", "»"), ("``", "''")]
)
def test_every_quotation_mark_opens_and_closes(opening, closing):
    # sentences holding no mark are skipped before the pattern: each mark must still count
    assert open_quotation(f"He said {opening}we will win") == (opening, False)
    assert open_quotation(f"we will win{closing} he said.", opened=opening) == (None, True)
    assert open_quotation("He said we will win.", opened=opening) == (opening, False)


def test_a_sentence_that_closes_a_quotation_it_did_not_open_leans_back():
    from summarize import Summarizer

    assert back_reference("I can't thank them enough.'") == "a quotation's end"
    assert back_reference("I can’t thank them enough.”") == "a quotation's end"
    assert back_reference("Gareth Owen said: 'It was a long night.'") is None
    assert back_reference('The minister called the plan "a disgrace".') is None
    text = (
        "Gareth Owen, the coxswain, said: 'It was a long and very demanding night for the crew.'\n"
        "The skipper of the Ellie Mair, Kevin Hughes, said: 'When the engine stopped, we knew we "
        "were in real trouble. We could see only the lights of the lifeboat. Those lads are "
        "volunteers. They left their families on a Sunday night. I can't thank them enough.'\n"
        "The lifeboat returned to station at 3.10am and was ready for service by 4am."
    )
    summary = Summarizer("salience").summarize(text, "paragraph").text
    assert "thank them enough" not in summary or "Kevin Hughes" in summary


def _loose_lines(text: str) -> list[bool]:
    doc = Document.from_clean_text(text)
    return [loose_line(doc, i) for i in range(len(doc.sentences))]


def test_an_item_that_only_names_is_no_summary_sentence():
    """probe-outlets-final59: "- Pahoia Road, between Esplanade Road and Ruahine Road" was
    run into the next sentence of `salience`'s paragraph (read nonsense); an item that
    states something stays the article's, a fact written short too (the review's)."""
    roads = (
        "Four roads in the Western Bay are closed after 140mm of rain fell overnight.\n\n"
        "- Pahoia Road, between Esplanade Road and Ruahine Road\n"
        "- Upper Aongatete Road, near number 412\n"
        "- Bridge: Mangaroa Stream Bridge, Mangaroa Valley Road\n"
        "- Possession of Property Obtained by Crime Over $5000, contrary to section 354\n"
        "- Crews cleared Hot Springs Road by noon\n\n"
        "The council is asking people to avoid unnecessary travel on rural roads today."
    )
    assert _loose_lines(roads) == [False, True, True, True, True, False, False]
    facts = (
        "The opposition won the election, official results showed on Monday.\n\n"
        "At a glance:\n"
        "- Record turnout of 72%, up from 48% in 2019\n"
        "- Opposition leader Maria Kovac ahead in 14 of 20 regions\n"
        "- Fuel duty frozen for another year"
    )
    assert _loose_lines(facts) == [False, True, False, False, False]


def test_a_team_line_up_and_a_tip_to_record_are_no_summary_sentences():
    """probe-outlets-final62: both were read nonsense in `salience`'s paragraphs."""
    doc = Document.from_text(
        "Gemmell scored late to win the derby for Winton. The visitors had led at the break. "
        "Winton: Torrance, Miller, Cochrane, Hannah, Black (Gemmell 79), Haddow, Barr. "
        "Victoria: Gibson, Kerr, Lindsay, McMillan, Park, Boyle. "
        "Hanley; Mayor, Payne, Rhys Jones, Wigglesworth; Hercus, Redpath (capt); Turner, Day.\n"
        "Police advise farmers:\n"
        "• Record serial and chassis numbers and keep photographs of your equipment\n"
        "• Record turnout of 72% at the show\n"
    )
    loose = [s.text for i, s in enumerate(doc.sentences) if loose_line(doc, i)]
    assert [t for t in loose if t.startswith(("Winton:", "Victoria:", "Hanley", "• Record s"))] == [
        doc.sentences[2].text,
        doc.sentences[3].text,
        doc.sentences[4].text,
        "• Record serial and chassis numbers and keep photographs of your equipment",
    ]
    assert "The visitors had led at the break." not in loose


def test_names_in_a_sentence_with_a_verb_and_a_named_bullet_stay():
    """The review's: a sentence that opens on nine names is no line-up; "• Mark Carney
    promised ..." is no tip."""
    doc = Document.from_text(
        "Eight clubs have been charged by the FA.\n"
        "Arsenal, Chelsea, Everton, Fulham, Brentford, Wolves, Burnley, Newcastle and "
        "Bournemouth face fines of up to £250,000 each.\n"
        "Here is what happened:\n"
        "• Mark Carney promised C$20 billion for new housing over five years.\n"
    )
    assert not [i for i, s in enumerate(doc.sentences) if loose_line(doc, i) and "," in s.text]
    assert not loose_line(doc, len(doc.sentences) - 1)


@pytest.mark.parametrize(
    "line, loose",
    [  # probe-outlets-final63: box scores and scorers' lines were read nonsense
        ("2B — Louisville: Woodard; West Lauderdale: Ethridge, Pickett.", True),
        ("West Lauderdale: Ethridge 2-3, 2 RBI; Dearman 2-3, RBI; Gully 2-4, RBI.", True),
        ("L — Triplett (4-3).", True),
        ("Penalties: Coetzer (2).", True),
        ("SWD Eagles - Tries: Clinton Afrika, Hendrik Vorster.", True),
        ("Riise 1, Nunez 113.", True),
        ("Subs not used: Harper.", True),
        ("Man City: James, Mills (Wright-Phillips 83), Dunne, Distin, Thatcher, Fowler.", True),
        # a label over a clause, a sentence with figures
        ("Why it matters: the plant employs 300 people.", False),
        ("Smith scored 75 runs as the hosts won by six wickets.", False),
        # the review's: a label over a finding stays; a line-up with its bookings goes
        ("The cause: a faulty gas boiler in the basement kitchen.", False),
        ("The price tag: £4.2 billion, double the original estimate.", False),
        ("Saltcoats Victoria: Gibson, Kerr (booked), Lindsay, Brown, Smith, Reid, Wilson.", True),
        ("Irvine Meadow: Hanley; Mayor, Payne, Gordon (sent off), Reid, Cole, Hart.", True),
    ],
)
def test_a_box_score_or_a_scorers_line_is_no_summary_sentence(line, loose):
    doc = Document.from_text(f"The hosts won the derby on Saturday. {line} The crowd was 4,000.")
    assert [loose_line(doc, i) for i in range(len(doc.sentences))] == [False, loose, False]
