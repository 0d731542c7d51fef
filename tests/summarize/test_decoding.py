import pytest

from summarize.decoding import decode, fix_surrogates, garbled_warning
from summarize.errors import InputError


def test_decode_utf8_latin1_and_binary():
    assert decode("café".encode()) == ("café", [])
    text, warnings = decode("café".encode("latin-1"))
    assert text == "café" and "not valid UTF-8" in warnings[0]
    with pytest.raises(InputError, match="binary"):
        decode(bytes(range(256)) * 4)


def test_lone_surrogates_are_replaced_and_pairs_joined():
    assert fix_surrogates("Markets fell. The \ud800 bank rose.") == (
        "Markets fell. The \ufffd bank rose.",
        1,
    )
    assert fix_surrogates("smile \ud83d\ude00 now") == ("smile \U0001f600 now", 0)
    assert fix_surrogates("plain text") == ("plain text", 0)


def test_random_high_bytes_are_flagged_as_garbled():
    import random

    rng = random.Random(14)
    noise = bytes(rng.randrange(128, 256) for _ in range(3000))
    text, _ = decode(noise)
    assert "garbled" in garbled_warning(text)[0]
    assert garbled_warning("Markets fell 3% on Monday; the £ slid (again) — “badly”.") == []


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32", "utf-16-le", "utf-16-be"])
def test_utf16_and_utf32_text_is_decoded_not_refused_as_binary(encoding):
    text = "Kazakhstan's leader met Putin on Monday. Talks covered trade and energy."
    decoded, warnings = decode(text.encode(encoding))
    assert decoded == text
    assert bool(warnings) == encoding.endswith(("-le", "-be"))  # no byte-order mark: a guess


def test_binary_with_nul_bytes_is_still_refused():
    with pytest.raises(InputError, match="binary"):
        decode(b"\x00\x01\x02\x03PK\x03\x04" + bytes(range(256)) * 3)


def test_utf8_with_a_few_bad_bytes_stays_utf8():
    """A surrogate written as bytes (CESU-8) in a UTF-8 file: one character is lost, not
    every curly quote turned into mojibake by a Windows-1252 fallback."""
    good = "Kazakhstan’s leader “met” Putin on Monday. "
    text, warnings = decode(good.encode() + b"\xed\xa0\x80" + good.encode())
    assert text.startswith(good) and text.endswith(good) and "\ufffd" in text
    assert "not valid UTF-8" in warnings[0] and "U+FFFD" in warnings[0]
