import re

import pytest

from capacitacion.certificates.codes import (
    CHECK_SYMBOLS,
    SYMBOLS,
    _check_symbol,
    generate_code,
    normalize_code,
)

CODE_FORMAT = re.compile(
    r"^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z*~$=U]{4}$"
)


def test_generated_codes_have_the_printed_format_and_are_valid():
    codes = {generate_code() for _ in range(200)}
    assert len(codes) == 200
    for code in codes:
        assert CODE_FORMAT.match(code), code
        assert normalize_code(code) == code


def test_typing_variants_normalise_to_the_code():
    # A valid code whose data holds 0 and 1, so folding matters.
    data = "01AB10CD0EF1GH0"
    code = f"{data[:4]}-{data[4:8]}-{data[8:12]}-{data[12:]}{_check_symbol(data)}"
    typed = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert normalize_code(typed) == code
    assert normalize_code(code.replace("-", "").replace("1", "I")) == code
    assert normalize_code(f"  {code}  ") == code


@pytest.mark.parametrize(
    "typed", ["", "ABC", "0123-4567-89AB-CDEF-0", "0123-4567-89AB-CDU0", "!!!!-4567-89AB-CDEF"]
)
def test_malformed_input_is_rejected(typed):
    assert normalize_code(typed) is None


def test_every_single_symbol_typo_is_detected():
    code = generate_code()
    symbols = code.replace("-", "")
    for position, original in enumerate(symbols):
        alphabet = SYMBOLS if position < 15 else CHECK_SYMBOLS
        for replacement in alphabet:
            if replacement == original:
                continue
            typo = symbols[:position] + replacement + symbols[position + 1 :]
            assert normalize_code(typo) is None, (code, position, replacement)


def test_every_swap_of_neighbouring_symbols_is_detected():
    code = generate_code()
    symbols = code.replace("-", "")
    for position in range(len(symbols) - 1):
        a, b = symbols[position], symbols[position + 1]
        if a == b:
            continue
        swapped = symbols[:position] + b + a + symbols[position + 2 :]
        assert normalize_code(swapped) is None, (code, position)
