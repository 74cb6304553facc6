"""Human certificate codes: Crockford base32, XXXX-XXXX-XXXX-XXXX.

Fifteen random symbols (75 bits, far beyond guessing behind a rate limit) and one
check symbol, the value of those fifteen modulo 37 (Crockford's check alphabet). 37
is prime and larger than 32, so any single mistyped symbol, and any swap of two
neighbouring symbols, gives a code whose check fails instead of someone else's
certificate."""

import secrets

SYMBOLS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CHECK_SYMBOLS = SYMBOLS + "*~$=U"
DATA_LENGTH = 15
# What people type by mistake for what they mean: O for zero, I and L for one.
_FOLD = str.maketrans({"O": "0", "I": "1", "L": "1"})


def _check_symbol(data: str) -> str:
    value = 0
    for symbol in data:
        value = value * 32 + SYMBOLS.index(symbol)
    return CHECK_SYMBOLS[value % 37]


def _grouped(symbols: str) -> str:
    return "-".join(symbols[i : i + 4] for i in range(0, len(symbols), 4))


def generate_code() -> str:
    data = "".join(secrets.choice(SYMBOLS) for _ in range(DATA_LENGTH))
    return _grouped(data + _check_symbol(data))


def normalize_code(typed: str) -> str | None:
    """The canonical code for what someone typed (any case, with or without hyphens
    or spaces, O for 0, I or L for 1), or None if it cannot be a valid code."""
    symbols = "".join((typed or "").upper().replace("-", "").split()).translate(_FOLD)
    if len(symbols) != DATA_LENGTH + 1:
        return None
    data, check = symbols[:DATA_LENGTH], symbols[DATA_LENGTH]
    if any(symbol not in SYMBOLS for symbol in data) or check != _check_symbol(data):
        return None
    return _grouped(symbols)
