"""Summary shape beside ROUGE: length, compression, novel n-grams."""

import pytest

from eval.descriptive import shape


def test_extract_has_no_novel_unigrams_and_known_compression():
    article = "The cat sat on the mat. The dog slept. Birds sang all day."
    result = shape("The cat sat on the mat. Birds sang all day.", article)
    assert result.words == 10
    assert result.compression == pytest.approx(10 / 13)
    assert result.novel_unigrams == 0.0
    assert result.novel_bigrams == pytest.approx(1 / 9)  # "mat birds" joins two sentences


def test_new_words_count_as_novel_and_empty_is_zero():
    result = shape("A cat napped", "The cat sat.")
    assert result.novel_unigrams == pytest.approx(2 / 3)
    assert result.novel_bigrams == 1.0
    empty = shape("", "The cat sat.")
    assert (empty.words, empty.novel_unigrams, empty.novel_bigrams) == (0, 0.0, 0.0)
