"""The pt_BR and en catalogs are complete, valid and compiled.

Spanish is the source language, so every msgid is Spanish and every entry needs a
translation. These tests read the .po files directly (no database) and then ask Django's
gettext for every entry, which only returns the .po text if the committed .mo was compiled
from the current .po.
"""

import ast
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"

LANGUAGES = {
    # language: (Django language code, expected Plural-Forms header)
    "pt_BR": ("pt-br", "nplurals=2; plural=(n > 1);"),
    "en": ("en", "nplurals=2; plural=(n != 1);"),
}

# %(name)s, %s, %d, %.1f …; the literal "%%" is matched too, so that "%% en" is not read as "% e".
PYTHON_FORMAT = re.compile(r"%%|%(?:\([^)]*\))?[-#0 +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[diouxXeEfFgGcrsa]")
# {name}, {0}, {} (but not the literal "{{" / "}}")
PYTHON_BRACE_FORMAT = re.compile(r"(?<!\{)\{[^{}]*\}(?!\})")

# Strings every visitor sees, with the translation the .po must give them.
KNOWN = {
    "pt_BR": {
        "Saltar al contenido": "Pular para o conteúdo",
        "Mi aprendizaje": "Meu aprendizado",
        "Cursos destacados": "Cursos em destaque",
        "Inscripción confirmada: %(course_title)s": "Inscrição confirmada: %(course_title)s",
    },
    "en": {
        "Saltar al contenido": "Skip to content",
        "Mi aprendizaje": "My learning",
        "Cursos destacados": "Featured courses",
        "Inscripción confirmada: %(course_title)s": "Enrolment confirmed: %(course_title)s",
    },
}


@dataclass
class Entry:
    line: int
    msgctxt: str | None = None
    msgid: str = ""
    msgid_plural: str | None = None
    msgstr: dict[int, str] = field(default_factory=dict)  # plain msgstr is index 0
    flags: set[str] = field(default_factory=set)

    @property
    def label(self) -> str:
        context = f" [context {self.msgctxt!r}]" if self.msgctxt is not None else ""
        return f"line {self.line}: {self.msgid!r}{context}"

    @property
    def translations(self) -> list[str]:
        return [self.msgstr[index] for index in sorted(self.msgstr)]


def _unquote(text: str, path: Path, number: int) -> str:
    text = text.strip()
    if not (text.startswith('"') and text.endswith('"')):
        raise AssertionError(f"{path}:{number}: expected a quoted string, got {text!r}")
    # PO strings use C escapes (\n, \t, \", \\), which Python's literal syntax reads the same way.
    return ast.literal_eval(text)


@cache
def parse_po(path: Path) -> tuple[Entry, ...]:
    """Entries of a .po file, header included (msgid ""), obsolete (#~) entries left out."""
    entries: list[Entry] = []
    current: Entry | None = None
    target: tuple[str, int | None] | None = None  # the field a continuation line extends

    def start(number: int) -> Entry:
        nonlocal current
        if current is None:
            current = Entry(line=number)
            entries.append(current)
        return current

    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line:
            current, target = None, None
        elif line.startswith("#,"):
            start(number).flags.update(flag.strip() for flag in line[2:].split(",") if flag.strip())
        elif line.startswith("#"):
            continue  # translator, extracted, reference, previous (#|) and obsolete (#~) lines
        elif line.startswith('"'):
            if current is None or target is None:
                raise AssertionError(f"{path}:{number}: continuation line outside an entry")
            name, index = target
            value = _unquote(line, path, number)
            if name == "msgstr":
                current.msgstr[index] += value
            else:
                setattr(current, name, (getattr(current, name) or "") + value)
        else:
            keyword, _, rest = line.partition(" ")
            entry = start(number)
            plural_form = re.fullmatch(r"msgstr\[(\d+)\]", keyword)
            if keyword in {"msgctxt", "msgid", "msgid_plural"}:
                if keyword == "msgctxt" or (keyword == "msgid" and entry.msgctxt is None):
                    entry.line = number
                setattr(entry, keyword, _unquote(rest, path, number))
                target = (keyword, None)
            elif keyword == "msgstr" or plural_form:
                index = int(plural_form.group(1)) if plural_form else 0
                entry.msgstr[index] = _unquote(rest, path, number)
                target = ("msgstr", index)
            else:
                raise AssertionError(f"{path}:{number}: unexpected line {raw!r}")
    return tuple(entries)


def po_path(language: str) -> Path:
    return LOCALE_DIR / language / "LC_MESSAGES" / "django.po"


def header(language: str) -> Entry:
    first = parse_po(po_path(language))[0]
    assert first.msgid == "" and first.msgctxt is None, f"{po_path(language)} has no header entry"
    return first


def messages(language: str) -> list[Entry]:
    return [entry for entry in parse_po(po_path(language)) if entry.msgid != "" or entry.msgctxt]


def report(problems: list[str], what: str, language: str) -> str:
    listed = "\n  ".join(problems)
    return f"{len(problems)} {what} in {po_path(language).relative_to(settings.BASE_DIR)}:\n  {listed}"


pytestmark = pytest.mark.parametrize("language", list(LANGUAGES))


def test_header_declares_language_and_plural_forms(language):
    entry = header(language)
    assert "fuzzy" not in entry.flags, "the header is marked fuzzy: gettext would ignore it"
    fields = dict(line.split(": ", 1) for line in entry.msgstr.get(0, "").splitlines() if ": " in line)
    assert fields.get("Language") == language
    assert fields.get("Plural-Forms") == LANGUAGES[language][1]
    assert fields.get("Content-Type") == "text/plain; charset=UTF-8"


def test_catalog_is_not_empty(language):
    assert len(messages(language)) > 100, f"{po_path(language)} looks truncated"


def test_every_entry_is_translated(language):
    untranslated = []
    for entry in messages(language):
        expected_forms = 2 if entry.msgid_plural is not None else 1
        forms = entry.translations
        if len(forms) < expected_forms or any(not form for form in forms):
            untranslated.append(entry.label)
    assert not untranslated, report(untranslated, "untranslated entries", language)


def test_no_entry_is_fuzzy(language):
    fuzzy = [entry.label for entry in messages(language) if "fuzzy" in entry.flags]
    assert not fuzzy, report(fuzzy, "fuzzy entries (check the translation, then remove the flag)", language)


def placeholders(pattern: re.Pattern, text: str) -> set[str]:
    return {match for match in pattern.findall(text) if match != "%%"}


def test_translations_keep_the_placeholders(language):
    problems = []
    for entry in messages(language):
        for flag, pattern in (("python-format", PYTHON_FORMAT), ("python-brace-format", PYTHON_BRACE_FORMAT)):
            if flag not in entry.flags:
                continue
            singular = placeholders(pattern, entry.msgid)
            plural = placeholders(pattern, entry.msgid_plural or "")
            for index, text in sorted(entry.msgstr.items()):
                if not text:
                    continue  # reported by test_every_entry_is_translated
                found = placeholders(pattern, text)
                required = singular if index == 0 or entry.msgid_plural is None else plural
                missing = required - found
                unknown = found - singular - plural
                if missing or unknown:
                    problems.append(
                        f"{entry.label} msgstr[{index}] {text!r}: "
                        f"missing {sorted(missing)}, not in msgid {sorted(unknown)}"
                    )
    assert not problems, report(problems, "translations with wrong placeholders", language)


def test_compiled_catalog_matches_the_po(language):
    """Django returns the .po translation for every entry, so the .mo is compiled from it."""
    django_code = LANGUAGES[language][0]
    mo = po_path(language).with_suffix(".mo")
    assert mo.exists(), f"{mo} is missing: run manage.py compilemessages"
    stale = []
    with translation.override(django_code):
        for msgid, expected in KNOWN[language].items():
            got = translation.gettext(msgid)
            if got != expected:
                stale.append(f"{msgid!r}: expected {expected!r}, got {got!r}")
        for entry in messages(language):
            if entry.msgid_plural is not None:
                # One number per plural form: pt_BR and en both pick form 0 for 1, form 1 for 2.
                results = [
                    translation.npgettext(entry.msgctxt, entry.msgid, entry.msgid_plural, n)
                    if entry.msgctxt is not None
                    else translation.ngettext(entry.msgid, entry.msgid_plural, n)
                    for n in (1, 2)
                ]
            elif entry.msgctxt is not None:
                results = [translation.pgettext(entry.msgctxt, entry.msgid)]
            else:
                results = [translation.gettext(entry.msgid)]
            if results != entry.translations:
                stale.append(f"{entry.label}: .po says {entry.translations!r}, .mo gives {results!r}")
    assert not stale, report(stale, "entries whose compiled translation differs (compilemessages)", language)


# --- Rendered pages: no template string left in Spanish --------------------------------------

TEMPLATES_DIR = Path(settings.BASE_DIR) / "templates"
TRANSLATE_TAG = re.compile(
    r"""{%\s*(?:translate|trans)\s+(["'])(?P<msgid>.*?)\1(?:\s+context\s+(["'])(?P<context>.*?)\3)?[^%]*%}"""
)
BLOCK_TAG = re.compile(
    r"{%\s*blocktrans(?:late)?(?P<args>[^%]*)%}(?P<body>.*?){%\s*endblocktrans(?:late)?\s*%}", re.DOTALL
)
BLOCK_CONTEXT = re.compile(r"""context\s+(["'])(?P<context>.*?)\1""")
# Shorter msgids ("de", "Sí") turn up inside other text; they are left to the .po checks.
MIN_LENGTH = 4
# Attributes whose text a {% translate %} often fills.
TEXT_ATTRIBUTES = {"aria-label", "title", "placeholder", "alt"}


def squash(text: str) -> str:
    return " ".join(text.split())


@cache
def template_msgids() -> frozenset[tuple[str | None, str]]:
    """(context, msgid) of every literal {% translate %} and variable-free {% blocktranslate %}
    in templates/, read from the templates themselves: a string added after the last
    makemessages is not in any .po yet, and that is the case this check is for."""
    found = set()
    for path in TEMPLATES_DIR.rglob("*.html"):
        source = path.read_text(encoding="utf-8")
        for match in TRANSLATE_TAG.finditer(source):
            found.add((match["context"], match["msgid"]))
        for match in BLOCK_TAG.finditer(source):
            args, body = match["args"], match["body"]
            if "{{" in body or "{%" in body or "count" in args.split() or "with" in args.split():
                continue  # placeholders: the rendered text never equals the msgid
            context = BLOCK_CONTEXT.search(args)
            found.add((context["context"] if context else None, squash(body) if "trimmed" in args else body))
    return frozenset(
        (context, msgid)
        for context, msgid in found
        if len(msgid.strip()) >= MIN_LENGTH and "<" not in msgid and "%" not in msgid
    )


def same_in(language: str) -> set[tuple[str | None, str]]:
    """Entries the .po deliberately leaves as in Spanish ("Email", "Aula")."""
    return {
        (entry.msgctxt, entry.msgid)
        for entry in messages(language)
        if entry.msgid_plural is None and entry.translations == [entry.msgid]
    }


class TextNodes(HTMLParser):
    """Each text node and text attribute of a page, whitespace squashed."""

    def __init__(self):
        super().__init__()
        self.texts: set[str] = set()
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in {"script", "style"}:
            self._skip += 1
        is_button = dict(attrs).get("type") == "submit"
        for name, value in attrs:
            if value and (name in TEXT_ATTRIBUTES or (name == "value" and is_button)):
                self.texts.add(squash(value))

    def handle_endtag(self, tag):
        if tag in {"script", "style"} and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip and data.strip():
            self.texts.add(squash(data))


def untranslated_on(html: str, language: str) -> list[str]:
    """Template msgids that appear as a whole text node of the page, in Spanish. Left out:
    entries the .po keeps identical, and Spanish text that is also some entry's
    translation (it may be that translation, shown rightly)."""
    parser = TextNodes()
    parser.feed(html)
    entries = messages(language)
    identical = {(entry.msgctxt, entry.msgid) for entry in entries if entry.translations == [entry.msgid]}
    translations = {squash(text) for entry in entries for text in entry.translations}
    return sorted(
        msgid
        for context, msgid in template_msgids()
        if squash(msgid) in parser.texts
        and (context, msgid) not in identical
        and squash(msgid) not in translations
    )


@pytest.fixture
def main_pages(client, home_page, catalog, institution):
    """The pages every learner sees, as (name, client, path without language prefix)."""
    from django.test import Client

    from capacitacion.services.enrollment import enroll
    from capacitacion.tests.factories import learner
    from cursos.models import LessonPage, QuizPage
    from cursos.tests.factories import build_course

    # Page titles are content, not interface: keep them apart from template strings
    # ("Cursos" is both the factory's catalog title and a navigation link).
    catalog.title = "Oferta formativa"
    catalog.save_revision().publish()
    course = build_course(institution, title="Gestión del riesgo")
    user = learner()
    enroll(user=user, course=course)
    signed_in = Client()
    signed_in.force_login(user)
    lesson = LessonPage.objects.descendant_of(course).order_by("path").first()
    quiz = QuizPage.objects.descendant_of(course).order_by("path").first()
    return [
        ("home", client, "/"),
        ("catalog", client, catalog.url),
        ("course", signed_in, course.url),
        ("lesson", signed_in, lesson.url),
        ("quiz", signed_in, quiz.url),
        ("dashboard", signed_in, "/mi-aprendizaje/"),
        ("verification", client, "/certificados/verificar/"),
        ("sign-up", client, "/cuentas/signup/"),
        ("login", client, "/cuentas/login/"),
    ]


@pytest.mark.django_db
def test_main_pages_show_no_untranslated_template_string(language, main_pages):
    prefix = "/" + LANGUAGES[language][0].split("-")[0]
    problems = []
    for name, client, path in main_pages:
        response = client.get(prefix + path)
        assert response.status_code == 200, f"{name}: {prefix + path} answered {response.status_code}"
        found = untranslated_on(response.content.decode(), language)
        if found:
            problems.append(f"{name} ({prefix + path}): {found}")
    assert not problems, (
        "Template strings shown in Spanish (add them to the .po: make messages):\n  " + "\n  ".join(problems)
    )


def test_the_check_finds_spanish_template_text_but_not_text_around_it(language):
    page = (
        '<a class="skip-link" href="#contenido">  Saltar al contenido\n</a>'
        "<p>Saltar al contenido de la lección</p>"
        '<nav aria-label="Navegación principal"></nav>'
    )
    assert untranslated_on(page, language) == ["Navegación principal", "Saltar al contenido"]
    with translation.override(LANGUAGES[language][0]):
        translated = f"<a>{translation.gettext('Saltar al contenido')}</a>"
    assert untranslated_on(translated, language) == []


# The catalogs against the code. `make messages` regenerates them from every gettext
# call in Python and every translate tag in the templates; these tests run the same
# makemessages over a copy of the project, so a string added to the code and not to
# the catalogs (or left behind in them) fails CI, not only strings in templates.

PROJECT_PARTS = ["manage.py", "aula", "capacitacion", "cursos", "home", "templates", "locale"]


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory) -> Path:
    """The locale folder as `make messages` would leave it, made in a copy."""
    copy = tmp_path_factory.mktemp("project")
    base = Path(settings.BASE_DIR)
    for part in PROJECT_PARTS:
        source = base / part
        if source.is_dir():
            shutil.copytree(source, copy / part, ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
        else:
            shutil.copy2(source, copy / part)
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "--no-obsolete", "-l", "pt_BR", "-l", "en"],
        cwd=copy,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "aula.settings.test"},
        check=True,
        capture_output=True,
    )
    return copy / "locale"


def keys(entries) -> set[tuple[str | None, str, str | None]]:
    return {(entry.msgctxt, entry.msgid, entry.msgid_plural) for entry in entries if entry.msgid}


def test_the_catalogs_hold_exactly_the_strings_of_the_code(language, regenerated):
    fresh = parse_po(regenerated / language / "LC_MESSAGES" / "django.po")
    committed, wanted = keys(messages(language)), keys(fresh)
    missing = sorted(msgid for _context, msgid, _plural in wanted - committed)
    stale = sorted(msgid for _context, msgid, _plural in committed - wanted)
    assert not missing, report(missing, "strings of the code missing (run `make messages`)", language)
    assert not stale, report(stale, "strings no longer in the code (run `make messages`)", language)
    untranslated = [entry.label for entry in fresh if entry.msgid and not all(entry.translations)]
    assert not untranslated, report(untranslated, "entries makemessages leaves untranslated", language)


# Entries whose translation is rightly the Spanish text: reviewed true cognates, names
# and codes. Anything else left as in Spanish is a string someone forgot to translate.
SAME_AS_SPANISH = {
    "pt_BR": {
        "%(institution)s certifica que",
        "%(progress)s&nbsp;%%",
        "Agrupar por",
        "Anterior",
        "Aplicada",
        "Aplicar",
        "Argentina",
        "Azul",
        "Brasil",
        "Buscar",
        "Buscar cursos",
        "Cancelar",
        "Catálogo",
        "Certificado",
        "Certificado %(code)s",
        "Certificado reemitido: %(reason)s",
        "Certificado válido.",
        "Certificados",
        "Certificados emitidos:",
        "Certificados válidos",
        "Chile",
        "Confirmar",
        "Continuar",
        "Corresponde a",
        "Credencial Open Badges 3.0 (JSON)",
        "Curso",
        "Curso: %(course_url)s",
        "Cursos",
        "Código",
        "De 0 a %(max)s.",
        "Documento",
        "Emitido",
        "Emitidos",
        "Entregar",
        "Enviada por %(person)s",
        "Enviado por",
        "Etiquetas",
        "Etiquetas:",
        "Exportar GIFT",
        "Falso",
        "Filtrar",
        "Filtros",
        "Formato",
        "Idioma",
        "Motivo",
        "Módulo %(module)s de %(of)s",
        "Módulo %(number)s",
        "Navegador",
        "Numérica",
        "Nunca",
        "PDF",
        "Par",
        "Para",
        "Pares",
        "País",
        "Publicado",
        "Página",
        "Página %(number)s de %(total)s",
        "Página pública",
        "Páginas de resultados",
        "Público",
        "Reemitir",
        "Reemitir certificado",
        "Respondida",
        "Resultado",
        "Resultado: %(title)s",
        "Resultados",
        "Revisar",
        "Slug",
        "Subtítulo",
        "Tema",
        "Texto",
        "Texto alternativo",
        "Tipo",
        "Titular",
        "Todas",
        "Todos",
        "Título",
        "Venezuela",
        "Verde",
        "Verificar",
        "Violeta",
        "Válido",
        "Válidos",
        "banco",
        "bloqueado",
        "cargo",
        "catálogo de cursos",
        "catálogos de cursos",
        "certificado",
        "certificados",
        "credencial",
        "curso",
        "cursos",
        "código",
        "decidida por",
        "emitido",
        "etiquetas",
        "horas",
        "horas estimadas",
        "idioma",
        "idioma preferido",
        "lista de espera",
        "minutos estimados",
        "motivo",
        "módulo",
        "módulos",
        "nota mínima (%)",
        "opcional",
        "país",
        "por %(name)s",
        "principal",
        "programa",
        "página",
        "reemitido por",
        "respondida",
        "sigla",
        "texto principal",
        "titular",
        "tutores",
        "título principal",
    },
    "en": {
        "%(progress)s&nbsp;%%",
        "Argentina",
        "Audio",
        "Bolivia",
        "Chile",
        "Colombia",
        "Ecuador",
        "Error",
        "PDF",
        "Paraguay",
        "Slug",
        "Uruguay",
        "Venezuela",
        "Video",
        "logo",
    },
}


def test_no_translation_is_the_spanish_left_as_it_was(language):
    same = sorted(msgid for _context, msgid in same_in(language) if msgid not in SAME_AS_SPANISH[language])
    assert not same, report(same, "entries identical to the Spanish and not on the reviewed list", language)
