"""Questions read from the files authors already have, and a bank written back as GIFT.

Pure functions, no views: `parse_gift`, `parse_aiken`, `parse_csv` and `parse_xlsx`
return an ImportResult whose questions are the raw StreamField data our question
blocks take, exactly as the editor stores it (each value passed through the block's
to_python, clean and get_prep_value), and whose errors carry the line (or row) they
were found on and a message in the active language. `export_gift` writes a list of
question StreamChildren (a bank's questions) as GIFT that re-imports to the same data.

GIFT (https://docs.moodle.org/en/GIFT_format) maps onto our types like this:
- `{=right ~wrong ~wrong}`: single_choice; `#text` after an answer is its feedback.
- `{~%50%a ~%50%b ~%-50%c}`: multiple_choice. The right answers must share 100% equally;
  wrong ones weigh -100/n % each (scoring "partial_penalty") or -100% (scoring
  "partial_zero"), the two ways our blocks grade that Moodle grades identically.
- `{T}` `{TRUE}` `{F}` `{FALSE}`: true_false.
- `{=answer =other}`: short_text (every answer at 100%).
- `{#3.5:0.1}` or `{#3.4..3.6}`: numeric.
- `{=left -> right =left -> right}`: matching.
- `{}`: essay; its rubric for whoever grades is the general feedback, `{####rubric}`.
- `{#### text}` at the end of the answers: general feedback.
- `::title::` is read and dropped, `//` lines are comments, `$CATEGORY:` lines are
  ignored, `[html]` marks HTML text (else plain text), `\\~ \\= \\# \\{ \\} \\: \\\\`
  escape, `\\n` is a line break. Text after the answers ("missing word") puts a blank,
  `_____`, where the answers were.
Anything else (a description without answers, partial credit on a single choice,
per-answer feedback where our block has no place for it, ...) is an error on its line.
GIFT has no points: imported questions are worth 1 (CSV/XLSX has a column for them).

Aiken: a question on one or more lines, then options `A.` or `A)` one a line, then
`ANSWER: X`; blank lines between questions. Each is a single_choice.

CSV / XLSX: one row per question, the first row names the columns (any order, case and
accents ignored; Spanish or English names):
- `tipo` / `type` (required): single_choice, multiple_choice, true_false, short_text,
  numeric, matching, ordering or essay.
- `pregunta` / `question` (required): the question, plain text.
- `opciones` / `options`: separated by `|`: the choices (single/multiple choice), the
  accepted answers (short_text), the pairs `left -> right` (matching), the steps in
  their right order (ordering).
- `correcta` / `correct`: single/multiple choice: the right option(s) by number or
  letter, `|`-separated (`2`, `A|C`); true_false: verdadero/falso (true/false,
  v/f); numeric: the number.
- `tolerancia` / `tolerance`, `unidad` / `unit`: numeric only (optional).
- `puntaje` / `scoring`: multiple_choice only: partial_penalty (default),
  partial_zero or all_or_nothing.
- `rubrica` / `rubric`: essay only (required there).
- `puntos` / `points` (default 1), `devolucion` / `feedback` (general feedback),
  `etiquetas` / `tags` (comma-separated, kept on bank questions).
Row numbers in errors are the spreadsheet's (the header is row 1)."""

from __future__ import annotations

import csv
import html
import io
import json
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

from cursos.blocks.questions import PROMPT_FEATURES, QuestionStreamBlock

MAX_FILE_BYTES = 1024 * 1024
MAX_QUESTIONS = 500
QUESTION_BLOCKS = QuestionStreamBlock().child_blocks
BLANK = "_____"


@dataclass(frozen=True)
class ImportProblem:
    line: int
    message: str


@dataclass
class ParsedQuestion:
    line: int
    type: str
    value: dict
    tags: str = ""

    @property
    def raw(self) -> dict:
        """The StreamField item: what QuizPage.questions / BankQuestion.question hold."""
        return {"type": self.type, "value": self.value}


@dataclass
class ImportResult:
    questions: list[ParsedQuestion] = field(default_factory=list)
    errors: list[ImportProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.questions)


class LineError(Exception):
    def __init__(self, line, message):
        super().__init__(message)
        self.line = line
        self.message = message


# Rich text ------------------------------------------------------------------

_converter = ContentstateConverter(features=PROMPT_FEATURES)


def rich_text(text: str, is_html: bool) -> str:
    """Text or HTML in the stored rich-text format of the editor (whitelisted by the
    same conversion the editor does on save)."""
    if not text.strip():
        return ""
    if not is_html:
        paragraphs = [" ".join(part.split()) for part in text.split("\n")]
        text = "".join(f"<p>{html.escape(part, quote=False)}</p>" for part in paragraphs if part)
    return _converter.to_database_format(_converter.from_database_format(text))


def plain_text(text: str, is_html: bool) -> str:
    text = html.unescape(strip_tags(text)) if is_html else text
    return " ".join(text.split())


# Validation into editor data -------------------------------------------------


def _messages(error, label="") -> list[str]:
    """Flat messages of a (nested) block ValidationError, each after its field's label."""
    found = []
    block_errors = getattr(error, "block_errors", None)
    non_block = getattr(error, "non_block_errors", None)
    if non_block:
        found += [f"{label}: {message}" if label else message for message in non_block.messages]
    if isinstance(block_errors, dict) and block_errors:
        for name, child_error in block_errors.items():
            found += _messages(child_error, label or _field_label(name))
    elif block_errors is None and not non_block:
        found += [f"{label}: {message}" if label else message for message in error.messages]
    return found


def _field_label(name) -> str:
    for block in QUESTION_BLOCKS.values():
        child = block.child_blocks.get(name) if isinstance(name, str) else None
        if child is not None:
            return str(child.label)
    return str(name)


def editor_value(block_type: str, value: dict) -> dict:
    """`value` as the editor would store it; raises ValidationError like the editor."""
    block = QUESTION_BLOCKS[block_type]
    python = block.to_python(value)
    block.clean(python)
    return json.loads(json.dumps(block.get_prep_value(python), cls=DjangoJSONEncoder))


def _question(line, block_type, value, tags="") -> ParsedQuestion:
    try:
        return ParsedQuestion(line, block_type, editor_value(block_type, value), tags)
    except ValidationError as error:
        raise LineError(line, "; ".join(_messages(error))) from error


def _base(prompt, feedback="", points="1") -> dict:
    return {"prompt": prompt, "points": points, "feedback": feedback}


def _choice(text, correct, feedback="") -> dict:
    return {"text": text, "correct": correct, "feedback": feedback}


def _limit(result: ImportResult) -> ImportResult:
    if len(result.questions) > MAX_QUESTIONS:
        result.errors.append(
            ImportProblem(
                result.questions[MAX_QUESTIONS].line,
                _("El archivo tiene más de %(max)s preguntas: divídelo en varios.") % {"max": MAX_QUESTIONS},
            )
        )
    return result


# GIFT -------------------------------------------------------------------------

# Escaped characters become private-use placeholders while the structure is read.
GIFT_ESCAPES = {"~": "\ue000", "=": "\ue001", "#": "\ue002", "{": "\ue003", "}": "\ue004", ":": "\ue005"}
GIFT_ESCAPES_BACK = {placeholder: char for char, placeholder in GIFT_ESCAPES.items()}
BACKSLASH = "\ue006"
FORMAT_RE = re.compile(r"^\s*\[(html|moodle|plain|markdown)\]", re.IGNORECASE)
WEIGHT_RE = re.compile(r"^%(-?[0-9]+(?:[.,][0-9]+)?)%")
NUMBER = r"[+-]?(?:[0-9]+(?:[.,][0-9]*)?|[.,][0-9]+)"
NUMERIC_TOLERANCE_RE = re.compile(rf"^\s*({NUMBER})\s*(?::\s*({NUMBER}))?\s*$")
NUMERIC_RANGE_RE = re.compile(rf"^\s*({NUMBER})\s*\.\.\s*({NUMBER})\s*$")


def _protect(text: str) -> str:
    text = text.replace("\\\\", BACKSLASH)
    text = re.sub(r"\\([~=#{}:])", lambda match: GIFT_ESCAPES[match.group(1)], text)
    return text.replace("\\n", "\n")


def _unprotect(text: str) -> str:
    for placeholder, char in GIFT_ESCAPES_BACK.items():
        text = text.replace(placeholder, char)
    return text.replace(BACKSLASH, "\\")


def _formatted(text: str, default_html: bool = False) -> tuple[str, bool]:
    match = FORMAT_RE.match(text)
    if not match:
        return text, default_html
    return text[match.end() :], match.group(1).lower() == "html"


def _gift_blocks(text: str):
    """(first line number, text) of each question: blank lines separate them,
    `//` comment lines and `$CATEGORY:` lines are skipped."""
    current, start = [], 0
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("//") or stripped.startswith("$CATEGORY:"):
            continue
        if not stripped:
            if current:
                yield start, "\n".join(current)
            current = []
            continue
        if not current:
            start = number
        current.append(line)
    if current:
        yield start, "\n".join(current)


def parse_gift(text: str) -> ImportResult:
    result = ImportResult()
    for line, block in _gift_blocks(text.lstrip("\ufeff")):
        try:
            result.questions.append(_gift_question(line, _protect(block)))
        except LineError as error:
            result.errors.append(ImportProblem(error.line, error.message))
    return _limit(result)


def _gift_question(line: int, text: str) -> ParsedQuestion:
    def line_at(position):
        return line + text.count("\n", 0, position)

    body_start = 0
    title = re.match(r"^\s*::(.*?)::", text, re.DOTALL)
    if title:
        body_start = title.end()
    opening = text.find("{", body_start)
    if opening < 0:
        raise LineError(line, _("Falta la respuesta entre llaves { }: no importamos descripciones."))
    closing = text.find("}", opening)
    if closing < 0:
        raise LineError(line_at(opening), _("Falta la llave de cierre }."))
    if "{" in text[closing + 1 :] or "{" in text[opening + 1 : closing]:
        raise LineError(line_at(opening), _("Una pregunta solo puede tener un bloque de respuestas { }."))
    before, after = text[body_start:opening], text[closing + 1 :]
    before, is_html = _formatted(before)
    after_text = after.strip()
    prompt_text = f"{before.rstrip()} {BLANK} {after_text}" if after_text else before
    prompt = rich_text(_unprotect(prompt_text), is_html)
    if not prompt:
        raise LineError(line, _("Falta el texto de la pregunta."))
    answers = text[opening + 1 : closing]
    answers_line = line_at(opening)
    general = ""
    if "####" in answers:
        answers, general_text = answers.split("####", 1)
        general_text, general_html = _formatted(general_text, is_html)
        general = rich_text(_unprotect(general_text), general_html)
    stripped = answers.strip()
    if not stripped:
        if not general:
            raise LineError(
                answers_line,
                _(
                    "Una pregunta de desarrollo necesita una rúbrica para quien corrige: "
                    "escríbela como devolución general, {####rúbrica}."
                ),
            )
        return _question(line, "essay", {**_base(prompt), "rubric": general, "max_words": None})
    if stripped.upper() in ("T", "TRUE", "F", "FALSE") or re.match(r"^(T|TRUE|F|FALSE)\s*#", stripped, re.I):
        word = stripped.split("#", 1)[0].strip().upper()
        if "#" in stripped:
            raise LineError(
                answers_line,
                _("Verdadero o falso no tiene devolución por respuesta: usa la devolución general (####)."),
            )
        return _question(
            line, "true_false", {**_base(prompt, general), "correct": str(word in ("T", "TRUE")).lower()}
        )
    if stripped.startswith("#"):
        return _gift_numeric(line, answers_line, prompt, general, stripped[1:])
    return _gift_answers(line, answers_line, prompt, general, answers, is_html)


def _decimal(text: str) -> Decimal:
    return Decimal(text.replace(",", "."))


def _gift_numeric(line, answers_line, prompt, general, text):
    if "=" in text or "~" in text or "#" in text:
        raise LineError(
            answers_line,
            _("Solo importamos preguntas numéricas con una respuesta, sin devolución por respuesta."),
        )
    match = NUMERIC_RANGE_RE.match(text)
    if match:
        low, high = sorted([_decimal(match.group(1)), _decimal(match.group(2))])
        answer, tolerance = (low + high) / 2, (high - low) / 2
    else:
        match = NUMERIC_TOLERANCE_RE.match(text)
        if not match:
            raise LineError(
                answers_line, _("No se entiende la respuesta numérica «%(text)s».") % {"text": text}
            )
        answer = _decimal(match.group(1))
        tolerance = _decimal(match.group(2)) if match.group(2) else Decimal(0)
    value = {**_base(prompt, general), "answer": answer, "tolerance": abs(tolerance), "unit": ""}
    return _question(line, "numeric", value)


@dataclass
class GiftAnswer:
    line: int
    mark: str  # "=" or "~"
    weight: Decimal | None
    text: str
    feedback: str


def _split_answers(answers_line, answers) -> list[GiftAnswer]:
    found = []
    positions = [match.start() for match in re.finditer(r"[=~]", answers)]
    if not positions or answers[: positions[0]].strip():
        raise LineError(answers_line, _("Cada respuesta empieza con = (correcta) o ~ (incorrecta)."))
    for index, start in enumerate(positions):
        end = positions[index + 1] if index + 1 < len(positions) else len(answers)
        chunk = answers[start + 1 : end]
        line = answers_line + answers.count("\n", 0, start)
        weight = None
        match = WEIGHT_RE.match(chunk.strip())
        if match:
            weight = _decimal(match.group(1))
            chunk = chunk.strip()[match.end() :]
        text, _hash, feedback = chunk.partition("#")
        found.append(GiftAnswer(line, answers[start], weight, text.strip(), feedback.strip()))
    return found


def _gift_answers(line, answers_line, prompt, general, answers, is_html):
    parsed = _split_answers(answers_line, answers)
    for answer in parsed:
        answer.text = plain_text(_unprotect(answer.text), is_html)
        answer.feedback = plain_text(_unprotect(answer.feedback), is_html)
        if not answer.text:
            raise LineError(answer.line, _("Hay una respuesta vacía."))
    if all(answer.mark == "=" for answer in parsed):
        if any("->" in answer.text for answer in parsed):
            return _gift_matching(line, prompt, general, parsed)
        return _gift_short(line, prompt, general, parsed)
    if any(answer.weight is not None for answer in parsed) and not any(
        answer.mark == "=" for answer in parsed
    ):
        return _gift_multiple(line, answers_line, prompt, general, parsed)
    for answer in parsed:
        if answer.weight is not None and not (answer.mark == "~" and answer.weight == 0):
            raise LineError(
                answer.line,
                _(
                    "Una pregunta de opción única no admite puntaje parcial por respuesta: "
                    "usa = para la correcta y ~ para las demás."
                ),
            )
    if sum(1 for answer in parsed if answer.mark == "=") != 1:
        raise LineError(
            answers_line, _("Una pregunta de opción única lleva exactamente una respuesta con =.")
        )
    choices = [_choice(answer.text, answer.mark == "=", answer.feedback) for answer in parsed]
    return _question(line, "single_choice", {**_base(prompt, general), "choices": choices})


def _gift_short(line, prompt, general, parsed):
    for answer in parsed:
        if answer.feedback:
            raise LineError(
                answer.line,
                _("Respuesta corta no tiene devolución por respuesta: usa la devolución general (####)."),
            )
        if answer.weight is not None and answer.weight != 100:
            raise LineError(answer.line, _("Respuesta corta: cada respuesta aceptada vale el 100%."))
    value = {**_base(prompt, general), "accepted_answers": [answer.text for answer in parsed]}
    return _question(line, "short_text", value)


def _gift_matching(line, prompt, general, parsed):
    pairs = []
    for answer in parsed:
        left, arrow, right = answer.text.partition("->")
        if not arrow or not left.strip() or not right.strip():
            raise LineError(
                answer.line, _("Cada par se escribe =elemento -> corresponde a, sin lados vacíos.")
            )
        if answer.feedback or answer.weight is not None:
            raise LineError(answer.line, _("Los pares no llevan puntaje ni devolución propia."))
        pairs.append({"left": left.strip(), "right": right.strip()})
    return _question(line, "matching", {**_base(prompt, general), "pairs": pairs})


def _gift_multiple(line, answers_line, prompt, general, parsed):
    right = [answer for answer in parsed if answer.weight is not None and answer.weight > 0]
    wrong = [answer for answer in parsed if answer not in right]
    if not right:
        raise LineError(answers_line, _("Ninguna respuesta tiene puntaje positivo."))
    share = Decimal(100) / len(right)
    for answer in right:
        if abs(answer.weight - share) > Decimal("0.01"):
            raise LineError(
                answer.line,
                _(
                    "Las respuestas correctas deben repartirse el 100%% por igual "
                    "(aquí, %(share)s%% cada una): otros repartos no se califican igual aquí."
                )
                % {"share": _number_text(share)},
            )
    weights = {answer.weight for answer in wrong}
    if weights <= {Decimal(-100)} and wrong:
        scoring = "partial_zero"
    elif all(answer.weight is not None and abs(answer.weight + share) <= Decimal("0.01") for answer in wrong):
        scoring = "partial_penalty"
    else:
        raise LineError(
            answers_line,
            _(
                "Las respuestas incorrectas deben restar lo mismo que suma una correcta (-%(share)s%%) "
                "o anular la pregunta (-100%%)."
            )
            % {"share": _number_text(share)},
        )
    choices = [_choice(answer.text, answer in right, answer.feedback) for answer in parsed]
    value = {**_base(prompt, general), "choices": choices, "scoring": scoring}
    return _question(line, "multiple_choice", value)


def _number_text(number: Decimal) -> str:
    text = f"{number.quantize(Decimal('0.00001')):f}".rstrip("0").rstrip(".")
    return text or "0"


# GIFT export -------------------------------------------------------------------


def _gift_escape(text: str) -> str:
    text = text.replace("\\", "\\\\")
    for char in "~=#{}:":
        text = text.replace(char, "\\" + char)
    return text.replace("\n", "\\n")


def _gift_html(source: str) -> str:
    source = re.sub(r'\s+data-block-key="[^"]*"', "", source or "")
    return "[html]" + _gift_escape(source)


def _gift_plain(text: str) -> str:
    """A plain-text answer inside a question written as [html]."""
    return _gift_escape(html.escape(text or "", quote=False))


def _rich_source(value) -> str:
    return getattr(value, "source", value) or ""


def export_gift(questions, title_prefix: str = "") -> str:
    """GIFT text of `questions` (StreamChildren: `.block_type` and `.value`). Points,
    numeric units, an essay's own general feedback and word limit, and the scoring
    "all_or_nothing" have no GIFT form; ordering questions are left out with a comment."""
    parts = []
    for number, child in enumerate(questions, start=1):
        kind, value = child.block_type, child.value
        head = f"::{_gift_escape(title_prefix)}{number}::{_gift_html(_rich_source(value['prompt']))} "
        general = _rich_source(value.get("feedback"))
        general = f"####{_gift_html(general)}" if general else ""
        if kind == "single_choice":
            answers = [
                ("=" if choice["correct"] else "~") + _gift_plain(choice["text"]) + _gift_feedback(choice)
                for choice in value["choices"]
            ]
            parts.append(head + "{\n\t" + "\n\t".join(answers) + f"\n{general}}}")
        elif kind == "multiple_choice":
            right = [choice for choice in value["choices"] if choice["correct"]]
            share = _number_text(Decimal(100) / max(len(right), 1))
            penalty = "-100" if value.get("scoring") in ("partial_zero", "all_or_nothing") else f"-{share}"
            answers = [
                f"~%{share if choice['correct'] else penalty}%"
                + _gift_plain(choice["text"])
                + _gift_feedback(choice)
                for choice in value["choices"]
            ]
            parts.append(head + "{\n\t" + "\n\t".join(answers) + f"\n{general}}}")
        elif kind == "true_false":
            parts.append(head + "{" + ("TRUE" if value["correct"] == "true" else "FALSE") + general + "}")
        elif kind == "short_text":
            answers = ["=" + _gift_plain(answer) for answer in value["accepted_answers"]]
            parts.append(head + "{\n\t" + "\n\t".join(answers) + f"\n{general}}}")
        elif kind == "numeric":
            tolerance = value.get("tolerance") or Decimal(0)
            parts.append(head + f"{{#{_number_text(value['answer'])}:{_number_text(tolerance)}{general}}}")
        elif kind == "matching":
            answers = [
                "=" + _gift_plain(pair["left"]) + " -> " + _gift_plain(pair["right"])
                for pair in value["pairs"]
            ]
            parts.append(head + "{\n\t" + "\n\t".join(answers) + f"\n{general}}}")
        elif kind == "essay":
            parts.append(head + "{####" + _gift_html(_rich_source(value["rubric"])) + "}")
        else:
            parts.append(
                "// "
                + _("Pregunta %(number)s omitida: GIFT no tiene el tipo «%(type)s».")
                % {"number": number, "type": QUESTION_BLOCKS[kind].label}
            )
    return "\n\n".join(parts) + "\n"


def _gift_feedback(choice) -> str:
    return f" #{_gift_plain(choice['feedback'])}" if choice.get("feedback") else ""


# Aiken ---------------------------------------------------------------------------

AIKEN_OPTION_RE = re.compile(r"^\s*([A-Za-z])\s*[.)]\s+(.*)$")
AIKEN_ANSWER_RE = re.compile(r"^\s*ANSWER\s*:\s*(.*)$", re.IGNORECASE)


def parse_aiken(text: str) -> ImportResult:
    result = ImportResult()
    prompt, options, start = [], [], 0

    def finish(line_number, answer_text):
        letters = {letter.upper(): text for letter, text, _line in options}
        letter = answer_text.strip().upper()
        if not prompt:
            raise LineError(line_number, _("Falta el texto de la pregunta."))
        if len(options) < 2:
            raise LineError(line_number, _("Una pregunta necesita al menos dos opciones (A. B. ...)."))
        if letter not in letters:
            raise LineError(
                line_number,
                _("La respuesta «%(letter)s» no es ninguna de las opciones.") % {"letter": answer_text},
            )
        choices = [_choice(text, upper == letter) for upper, text in letters.items()]
        value = {**_base(rich_text("\n".join([" ".join(prompt)]), False)), "choices": choices}
        return _question(start, "single_choice", value)

    for number, line in enumerate(text.lstrip("\ufeff").splitlines(), start=1):
        if not line.strip():
            continue
        answer = AIKEN_ANSWER_RE.match(line)
        option = AIKEN_OPTION_RE.match(line)
        try:
            if answer:
                result.questions.append(finish(number, answer.group(1)))
                prompt, options = [], []
            elif option and prompt:
                options.append((option.group(1), option.group(2).strip(), number))
            elif options:
                raise LineError(
                    number, _("Después de las opciones va la línea ANSWER: con la letra correcta.")
                )
            else:
                if not prompt:
                    start = number
                prompt.append(line.strip())
        except LineError as error:
            result.errors.append(ImportProblem(error.line, error.message))
            prompt, options = [], []
    if prompt or options:
        result.errors.append(ImportProblem(start, _("La pregunta no termina con la línea ANSWER: .")))
    return _limit(result)


# CSV / XLSX ---------------------------------------------------------------------

COLUMNS = {
    "tipo": "type",
    "type": "type",
    "pregunta": "question",
    "question": "question",
    "opciones": "options",
    "options": "options",
    "correcta": "correct",
    "correctas": "correct",
    "correct": "correct",
    "tolerancia": "tolerance",
    "tolerance": "tolerance",
    "unidad": "unit",
    "unit": "unit",
    "puntaje": "scoring",
    "scoring": "scoring",
    "rubrica": "rubric",
    "rubric": "rubric",
    "puntos": "points",
    "points": "points",
    "devolucion": "feedback",
    "feedback": "feedback",
    "etiquetas": "tags",
    "tags": "tags",
}
TRUE_WORDS = {"verdadero", "v", "true", "t", "verdadeiro", "si", "sí", "1"}
FALSE_WORDS = {"falso", "f", "false", "0", "no"}


def _column_key(name) -> str:
    text = unicodedata.normalize("NFKD", str(name or "")).casefold().strip()
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, bool):
        return "verdadero" if value else "falso"
    return str(value).strip()


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


def parse_rows(rows) -> ImportResult:
    """`rows`: the table as lists of cell values, header first."""
    result = ImportResult()
    rows = iter(rows)
    header = next(rows, None)
    if header is None:
        result.errors.append(ImportProblem(1, _("El archivo está vacío.")))
        return result
    names = [COLUMNS.get(_column_key(name)) for name in header]
    missing = [column for column in ("type", "question") if column not in names]
    if missing:
        result.errors.append(
            ImportProblem(1, _("Faltan las columnas «tipo» y «pregunta» en la primera fila."))
        )
        return result
    for number, row in enumerate(rows, start=2):
        cells = {name: _cell_text(value) for name, value in zip(names, row, strict=False) if name}
        if not any(cells.values()):
            continue
        try:
            result.questions.append(_row_question(number, cells))
        except LineError as error:
            result.errors.append(ImportProblem(error.line, error.message))
    return _limit(result)


def _row_question(row, cells) -> ParsedQuestion:
    kind = cells.get("type", "").strip().lower()
    if kind not in QUESTION_BLOCKS:
        raise LineError(
            row,
            _("Tipo desconocido «%(type)s»: usa %(types)s.")
            % {"type": kind, "types": ", ".join(QUESTION_BLOCKS)},
        )
    prompt = rich_text(cells.get("question", ""), False)
    if not prompt:
        raise LineError(row, _("Falta el texto de la pregunta."))
    points = cells.get("points") or "1"
    try:
        Decimal(points.replace(",", "."))
    except InvalidOperation:
        raise LineError(row, _("Los puntos «%(points)s» no son un número.") % {"points": points}) from None
    value = _base(prompt, rich_text(cells.get("feedback", ""), False), points.replace(",", "."))
    options = _split(cells.get("options", ""))
    correct = cells.get("correct", "")
    if kind in ("single_choice", "multiple_choice"):
        picked = set()
        for mark in _split(correct):
            index = ord(mark.upper()) - ord("A") if len(mark) == 1 and mark.isalpha() else None
            if index is None:
                index = int(mark) - 1 if mark.isdigit() else -1
            if not 0 <= index < len(options):
                raise LineError(
                    row, _("La correcta «%(mark)s» no es ninguna de las opciones.") % {"mark": mark}
                )
            picked.add(index)
        if not picked:
            raise LineError(row, _("Indica en «correcta» el número o la letra de la opción correcta."))
        if kind == "single_choice" and len(picked) > 1:
            raise LineError(row, _("Una pregunta de opción única tiene una sola correcta."))
        value["choices"] = [_choice(text, index in picked) for index, text in enumerate(options)]
        if kind == "multiple_choice":
            value["scoring"] = cells.get("scoring") or "partial_penalty"
    elif kind == "true_false":
        word = _column_key(correct)
        if word not in TRUE_WORDS | FALSE_WORDS:
            raise LineError(row, _("En «correcta» escribe verdadero o falso."))
        value["correct"] = "true" if word in TRUE_WORDS else "false"
    elif kind == "short_text":
        value["accepted_answers"] = options
    elif kind == "numeric":
        try:
            value["answer"] = _decimal(correct)
            value["tolerance"] = abs(_decimal(cells.get("tolerance") or "0"))
        except InvalidOperation:
            raise LineError(
                row, _("La respuesta y la tolerancia de una pregunta numérica son números.")
            ) from None
        value["unit"] = cells.get("unit", "")
    elif kind == "matching":
        pairs = []
        for option in options:
            left, arrow, right = option.partition("->")
            if not arrow or not left.strip() or not right.strip():
                raise LineError(row, _("Cada par se escribe elemento -> corresponde a, sin lados vacíos."))
            pairs.append({"left": left.strip(), "right": right.strip()})
        value["pairs"] = pairs
    elif kind == "ordering":
        value["items"] = options
    elif kind == "essay":
        rubric = rich_text(cells.get("rubric", ""), False)
        if not rubric:
            raise LineError(row, _("Una pregunta de desarrollo necesita la rúbrica para quien corrige."))
        value.update(rubric=rubric, max_words=None, allow_formatting=False)
    return _question(row, kind, value, cells.get("tags", ""))


def parse_csv(text: str) -> ImportResult:
    text = text.lstrip("\ufeff")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return parse_rows(csv.reader(io.StringIO(text), dialect))


def parse_xlsx(data: bytes) -> ImportResult:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds on a damaged file
        return ImportResult(errors=[ImportProblem(1, _("No se pudo leer el archivo XLSX."))])
    try:
        return parse_rows(workbook.worksheets[0].iter_rows(values_only=True))
    finally:
        workbook.close()


# Entry point -----------------------------------------------------------------------

FORMATS = {"gift": parse_gift, "aiken": parse_aiken, "csv": parse_csv}


def parse_file(name: str, data: bytes, file_format: str = "") -> ImportResult:
    """Parse an uploaded file; the format is `file_format` or guessed from the name
    (.gift, .txt as GIFT unless it looks like Aiken, .csv, .xlsx)."""
    if len(data) > MAX_FILE_BYTES:
        return ImportResult(errors=[ImportProblem(0, _("El archivo pasa de 1 MB."))])
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    file_format = file_format or {"xlsx": "xlsx", "csv": "csv", "gift": "gift"}.get(extension, "")
    if file_format == "xlsx":
        return parse_xlsx(data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return ImportResult(errors=[ImportProblem(0, _("El archivo no está en UTF-8."))])
    if not file_format:
        file_format = "aiken" if AIKEN_ANSWER_RE.search(text) and "{" not in text else "gift"
    return FORMATS[file_format](text)
