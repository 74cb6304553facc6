"""aula.languages: the one map between a language's spellings."""

import pytest

from aula.languages import bcp47, field_suffix, short_code


@pytest.mark.parametrize(
    ("language", "short", "suffix", "tag"),
    [("es", "es", "es", "es"), ("pt-br", "pt", "pt", "pt-BR"), ("en", "en", "en", "en")],
)
def test_each_offered_language_has_one_short_code_suffix_and_tag(language, short, suffix, tag):
    assert (short_code(language), field_suffix(language), bcp47(language)) == (short, suffix, tag)


def test_a_language_not_offered_reads_the_default_language_fields():
    assert field_suffix("fr") == field_suffix("") == "es"
