"""The demo courses as data (cursos/demo/content): every file reads, has the keys its
page or block needs, and a content person's typo says which file, line and key."""

import shutil

import pytest

from cursos.demo import loader
from cursos.demo.loader import ContentError, course_slugs, load_course

COURSES = ["comunicacion-de-riesgos", "formulacao-de-projetos", "formulacion-de-proyectos"]


@pytest.fixture
def content(tmp_path, monkeypatch):
    """A copy of the content to break, read by the loader instead of the real one."""
    copy = tmp_path / "content"
    shutil.copytree(loader.CONTENT, copy)
    monkeypatch.setattr(loader, "CONTENT", copy)
    return copy


def edit(file, old, new, count=1):
    text = file.read_text(encoding="utf-8")
    assert text.count(old) >= count, old
    file.write_text(text.replace(old, new, count), encoding="utf-8")


def test_every_course_folder_is_found():
    assert course_slugs() == COURSES


@pytest.mark.parametrize("slug", COURSES)
def test_every_file_of_every_course_reads_with_the_keys_the_builder_needs(slug):
    course = load_course(slug)
    assert course["slug"] == slug
    assert "translation_of" not in course
    assert len(course["modules"]) == 4
    for module in course["modules"]:
        assert module["title"] and module["slug"] and module["items"]
        for item in module["items"]:
            assert item["kind"] in {"lesson", "quiz"}
            assert item["body"] if item["kind"] == "lesson" else item["questions"]


def test_the_portuguese_course_is_the_spanish_one_translated_page_for_page():
    spanish, portuguese = load_course("formulacion-de-proyectos"), load_course("formulacao-de-projetos")
    assert portuguese["language"] == "pt-br" and spanish["language"] == "es"
    assert [[i["kind"] for i in m["items"]] for m in portuguese["modules"]] == [
        [i["kind"] for i in m["items"]] for m in spanish["modules"]
    ]
    assert portuguese["modules"][0]["title"] != spanish["modules"][0]["title"]


def test_a_typo_in_a_lesson_key_names_the_file_line_and_key(content):
    file = content / "comunicacion-de-riesgos" / "01-riesgo-y-marco-de-sendai.yaml"
    edit(file, "    estimated_minutes: 20\n", "    estimated_minutes: 20\n    estimated_minutez: 25\n")
    line = file.read_text(encoding="utf-8").splitlines().index("    estimated_minutez: 25") + 1
    with pytest.raises(ContentError) as raised:
        load_course("comunicacion-de-riesgos")
    message = str(raised.value)
    assert message.startswith(
        f"content/comunicacion-de-riesgos/01-riesgo-y-marco-de-sendai.yaml, line {line}:"
    )
    assert "unknown key 'estimated_minutez'" in message and "(at items[0])" in message


def test_a_typo_inside_a_question_option_is_caught_though_wagtail_would_drop_it(content):
    file = content / "comunicacion-de-riesgos" / "01-riesgo-y-marco-de-sendai.yaml"
    edit(
        file,
        "feedback: Eso es un factor de vulnerabilidad.",
        "feedbak: Eso es un factor de vulnerabilidad.",
    )
    with pytest.raises(
        ContentError, match=r"line \d+: unknown key 'feedbak'; the keys here are: text, correct, feedback"
    ) as raised:
        load_course("comunicacion-de-riesgos")
    assert ".questions[0].value.choices[2])" in str(raised.value)


def test_an_unknown_block_type_lists_the_types(content):
    file = content / "formulacion-de-proyectos" / "01-diagnostico-problemas-objetivos-y-actores.yaml"
    edit(file, "type: paragraph", "type: paragraf")
    with pytest.raises(
        ContentError,
        match=r"01-diagnostico-problemas-objetivos-y-actores.yaml, line \d+: "
        r"unknown block type 'paragraf'; the types are: heading, paragraph",
    ):
        load_course("formulacion-de-proyectos")


def test_a_missing_key_and_a_key_written_twice_are_reported(content):
    course = content / "comunicacion-de-riesgos" / "course.yaml"
    edit(course, "estimated_hours: 8\n", "")
    with pytest.raises(
        ContentError, match=r"comunicacion-de-riesgos/course.yaml, line 1: missing key 'estimated_hours'$"
    ):
        load_course("comunicacion-de-riesgos")
    edit(
        course, "audience: journalists\n", "audience: journalists\nestimated_hours: 8\naudience: municipal\n"
    )
    with pytest.raises(
        ContentError, match=r"course.yaml, line \d+: not valid YAML: the key 'audience' is written twice"
    ):
        load_course("comunicacion-de-riesgos")


def test_a_yaml_syntax_error_names_the_file_and_line(content):
    file = content / "comunicacion-de-riesgos" / "02-antes-durante-despues.yaml"
    edit(file, "slug: antes-durante-despues\n", "slug: [antes-durante-despues\n")
    with pytest.raises(ContentError, match=r"02-antes-durante-despues.yaml, line \d+: not valid YAML"):
        load_course("comunicacion-de-riesgos")


def test_a_module_file_is_named_after_its_slug(content):
    file = content / "comunicacion-de-riesgos" / "02-antes-durante-despues.yaml"
    edit(file, "slug: antes-durante-despues\n", "slug: antes-y-despues\n")
    with pytest.raises(
        ContentError,
        match=r"02-antes-durante-despues.yaml, line 2: "
        r"the module's slug is 'antes-y-despues': name the file 02-antes-y-despues.yaml",
    ):
        load_course("comunicacion-de-riesgos")


def test_a_translation_out_of_step_with_its_source_says_where(content):
    file = content / "formulacao-de-projetos" / "01-diagnostico-problemas-objetivos-e-atores.yaml"
    edit(file, "type: heading", "type: paragraph")
    with pytest.raises(
        ContentError,
        match=r"01-diagnostico-problemas-objetivos-e-atores.yaml, line \d+: "
        r"does not match 01-diagnostico-problemas-objetivos-y-actores.yaml item 0",
    ):
        load_course("formulacao-de-projetos")
