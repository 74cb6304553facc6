"""segno's choice of the QR data mask, made the same way in a fraction of the time.

ISO/IEC 18004 (7.8.3) has the encoder try all eight data masks and keep the one with
the lowest penalty score. segno 1.6 does that module by module in Python, a few
milliseconds per certificate, most of the PDF's cost after the fonts. This module does
the very same evaluation with whole rows at once: a row is one integer (one byte per
module), a mask is XORed into it in one operation, runs and 2x2 blocks are found with
bytes operations. The masks tried, the scores and so the code chosen are segno's own,
module for module (tests compare both on many inputs); Micro QR codes still go to segno.
"""

import re
from functools import lru_cache

from segno import encoder

_original_find_and_apply_best_mask = encoder.find_and_apply_best_mask

# A run of five or more modules of the same colour (N1), as segno counts it. Module
# values are 0 and 1 (segno marks unset modules 2 or 3, none are left by then).
_RUN = re.compile(rb"\x00{5,}|\x01{5,}|\x02{5,}|\x03{5,}")
_FINDER_LIKE = bytes((1, 0, 1, 1, 1, 0, 1))  # N3's 1:1:3:1:1
# Between the rows and columns joined into one string: no run or pattern crosses it.
_SEPARATOR = b"\x09"


@lru_cache(maxsize=8)
def _mask_rows(size: int) -> tuple[tuple[int, ...], ...]:
    """Per data mask, per row: the bits it flips, only where data is (not in the
    function patterns), as an integer with one byte per module."""
    function = encoder.make_matrix(size, size)
    encoder.add_finder_patterns(function, size, size)
    encoder.add_alignment_patterns(function, size, size)
    function[-8][8] = 0x1  # the dark module
    masks = []
    for pattern in encoder.get_data_mask_functions(False):
        masks.append(
            tuple(
                int.from_bytes(bytes(int(function[i][j] > 0x1 and pattern(i, j)) for j in range(size)), "big")
                for i in range(size)
            )
        )
    return tuple(masks)


def _finder_like_penalty(lines: bytes, size: int) -> int:
    """N3 over all rows and columns (joined by _SEPARATOR), exactly as segno's
    n3_pattern_occurrences counts it in each of them."""
    count = 0
    found = lines.find(_FINDER_LIKE)
    while found != -1:
        start = found - found % (size + 1)
        line, index = lines[start : start + size], found - start
        offset = index + 7
        if (
            index in (0, size - 7)
            or not any(line[max(index - 4, 0) : min(index, size)])
            or not any(line[max(offset, 0) : min(offset + 4, size)])
        ):
            count += 40
        else:
            offset = index + 4
        found = lines.find(_FINDER_LIKE, start + offset)
    return count


def penalty(matrix, size: int) -> int:
    """The penalty score N1 + N2 + N3 + N4 of a masked matrix (segno's evaluate_mask)."""
    rows = [bytes(row) for row in matrix]
    columns = [bytes(column) for column in zip(*rows, strict=True)]
    lines = _SEPARATOR.join(rows + columns)
    runs = _RUN.findall(lines)
    score = sum(map(len, runs)) - 2 * len(runs)  # N1
    # N2: a 2x2 block of one colour where, byte by byte, a row equals its left
    # neighbour, the row above does too, and the two rows are equal in both columns.
    previous = None
    for row in rows:
        current = int.from_bytes(row, "big")
        if previous is not None:
            vertical = current ^ previous
            differs = (current ^ (current >> 8)) | (previous ^ (previous >> 8)) | vertical | (vertical >> 8)
            score += 3 * differs.to_bytes(size, "big")[1:].count(0)
        previous = current
    score += _finder_like_penalty(lines, size)  # N3
    dark = sum(map(sum, rows))
    score += 10 * int(abs(float(dark) / (size**2) * 100 - 50) / 5)  # N4
    return score


def find_and_apply_best_mask(matrix, width, height, proposed_mask=None):
    """Drop-in for segno.encoder.find_and_apply_best_mask: (mask number, masked matrix)."""
    if width != height or width < 21:  # Micro QR: scored differently, left to segno
        return _original_find_and_apply_best_mask(matrix, width, height, proposed_mask)
    masks = _mask_rows(width)
    rows = [int.from_bytes(row, "big") for row in matrix]
    candidates = range(8) if proposed_mask is None else (proposed_mask,)
    best_score, best_mask, best_matrix = None, None, None
    for number in candidates:
        masked = tuple(
            bytearray((row ^ flips).to_bytes(width, "big"))
            for row, flips in zip(rows, masks[number], strict=True)
        )
        if proposed_mask is not None:
            return number, masked
        score = penalty(masked, width)
        if best_score is None or score < best_score:
            best_score, best_mask, best_matrix = score, number, masked
    return best_mask, best_matrix


def install() -> None:
    encoder.find_and_apply_best_mask = find_and_apply_best_mask
