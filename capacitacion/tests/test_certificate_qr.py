"""The certificate's QR codes use a faster evaluation of the data masks
(capacitacion.certificates.qr): it must choose what segno itself chooses, so the
codes stay the ones ISO/IEC 18004 prescribes, module for module."""

import random
import string

import pytest
import segno
from segno import encoder

from capacitacion.certificates import qr

URL = "https://aula.example.org/es/certificados/verificar/"


def with_segnos_own_masking(data, **options):
    fast = encoder.find_and_apply_best_mask
    encoder.find_and_apply_best_mask = qr._original_find_and_apply_best_mask
    try:
        return segno.make(data, **options)
    finally:
        encoder.find_and_apply_best_mask = fast


def test_the_certificates_are_rendered_with_the_fast_masking():
    import capacitacion.certificates.pdf  # noqa: F401 (installs it)

    assert encoder.find_and_apply_best_mask is qr.find_and_apply_best_mask


@pytest.mark.parametrize("seed", range(4))
def test_the_same_mask_and_matrix_as_segno_for_every_version_and_error_level(seed):
    qr.install()
    rng = random.Random(seed)
    alphabets = [
        string.ascii_uppercase + string.digits,
        string.printable,
        "áéíóúñç€漢字" + string.ascii_letters,
    ]
    seen_versions = set()
    for _ in range(150):
        text = rng.choice([URL, ""]) + "".join(rng.choices(rng.choice(alphabets), k=rng.randint(1, 400)))
        options = {"error": rng.choice("lmqh"), "micro": False, "boost_error": False}
        fast = segno.make(text, **options)
        reference = with_segnos_own_masking(text, **options)
        assert (fast.mask, fast.matrix) == (reference.mask, reference.matrix), text
        seen_versions.add(fast.version)
    assert len(seen_versions) > 10  # small and large symbols, with and without version information


def test_a_mask_given_by_the_caller_is_applied_as_segno_does():
    qr.install()
    for mask in range(8):
        assert segno.make(URL, mask=mask).matrix == with_segnos_own_masking(URL, mask=mask).matrix


def test_micro_qr_codes_are_left_to_segno():
    qr.install()
    fast = segno.make("12345", micro=True)
    assert fast.is_micro
    assert fast.matrix == with_segnos_own_masking("12345", micro=True).matrix
