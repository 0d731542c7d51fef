import pytest

from summarize.extractive.headline_clauses import subject_left_open


@pytest.mark.parametrize(
    "headline, left_open",
    [
        ("Stan Lee, the man responsible for Spider-Man", True),
        ("The Omaha-based startup, which sells software to grain elevators", True),
        ("A Parma contractor who collected deposits from 31 homeowners", True),
        ("Stan Lee, the man responsible for Spider-Man, dies", False),
        ("A man who stole cars and vans dies", False),
        ("Fans who bought tickets face delays", False),
        ("Near Baghdad, a bomb killed 12 people", False),
    ],
)
def test_a_subject_and_its_aside_with_no_claim_after(headline, left_open):
    assert subject_left_open(headline) is left_open
