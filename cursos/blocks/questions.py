"""Question blocks. Each block owns its grading: `grade(value, response)` is a pure
function of the block's value (from the exact revision an attempt started on) and the
learner's response, returning a Grade. `public_data(value)` is everything the browser
may see before submitting: never which answers are correct, never per-choice feedback.

Responses (JSON-compatible, one per question):
- single_choice:   "<choice id>"
- multiple_choice: ["<choice id>", ...]
- true_false:      true | false   (also "true"/"false")
- numeric:         3.5 | "3,5" | "3.5"
- short_text:      "texto"
- matching:        {"<pair id>": "<right-hand text chosen for that pair>", ...}
- ordering:        ["<item id>", ...] in the learner's order
- essay:           "texto libre"  (graded by a person; shown with
                   capacitacion.templatetags.essays.essay_html, escaped unless the
                   block allows formatting)
Choice, pair and item ids are the ids Wagtail stores for ListBlock items.
Anything malformed scores zero; nothing here raises on learner input.

Grade.feedback is an HTML fragment in Wagtail's stored rich-text format: the feedback of
the picked choices (escaped, one <p> each) followed by the general feedback's source.
Render it with the `richtext` template filter (or `expand_db_html`), which expands links.

A question type is its block class alone, as Moodle's question types are: besides
grading, each block says which of its lists an attempt shuffles (`shuffled_items`),
how to read its response from the submitted form (`read_response`), how long a text
answer may be (`max_text_length`, also the form's maxlength), the response and the
correct answer in words (`answer_lines`, `correct_lines`), and the template of its
fields in the attempt form (`form_template`: templates/cursos/questions/<type>.html).
Services, selectors and templates ask the block and never name a type."""

from __future__ import annotations

import math
import re
import unicodedata
import weakref
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext

from django.core.exceptions import ValidationError
from django.utils.html import format_html, strip_tags
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.list_block import ListBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError

PROMPT_FEATURES = ["bold", "italic", "link", "ol", "ul"]

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
MAX_TEXT_LENGTH = 500  # longest text response that is graded at all
MAX_NUMBER_LENGTH = 50  # longest numeric response, in characters
MAX_ITEMS = 200  # longest list or dict response
MAX_FORM_ITEMS = 100  # most values of one form field read into a list response
MAX_ID_LENGTH = 64  # longest choice or item id read from a form
NUMBER_RE = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")


def normalize_text(text) -> str | None:
    """Compare form of a text: NFKD, no combining marks, casefolded, whitespace collapsed.
    None for anything that is not a string of at most MAX_TEXT_LENGTH characters."""
    if not isinstance(text, str) or len(text) > MAX_TEXT_LENGTH:
        return None
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def parse_number(response, unit: str = "") -> Decimal | None:
    """A finite Decimal from a JSON number or a string like "3,5", " 3.5 " or "25 %"
    (when unit is "%"); None for anything else (bools, NaN, inf, exponents, junk)."""
    if isinstance(response, bool):
        return None
    if isinstance(response, int):
        return Decimal(response) if abs(response) < 10**MAX_NUMBER_LENGTH else None
    if isinstance(response, float):
        return Decimal(repr(response)) if math.isfinite(response) else None
    if not isinstance(response, str) or len(response) > MAX_NUMBER_LENGTH:
        return None
    text = response.strip()
    unit = (unit or "").strip()
    if unit and text.endswith(unit):
        text = text[: -len(unit)].rstrip()
    text = text.replace(",", ".", 1) if text.count(",") == 1 and "." not in text else text
    if not NUMBER_RE.fullmatch(text):
        return None
    return Decimal(text)


def _max_points(value) -> Decimal:
    try:
        points = Decimal(value.get("points"))
    except (TypeError, ValueError, InvalidOperation):
        return ZERO
    if not points.is_finite() or points < 0:
        return ZERO
    return points.quantize(CENT, rounding=ROUND_HALF_UP)


def _feedback(value, notes=()) -> str:
    """Picked choices' own feedback (escaped), then the general rich-text feedback."""
    parts = [format_html("<p>{}</p>", note) for note in notes if note]
    general = value.get("feedback")
    if general:
        parts.append(getattr(general, "source", ""))
    return "".join(parts)


def _children(list_value) -> list:
    """(id, value) of each ListBlock item, skipping items without an id."""
    return [(child.id, child.value) for child in getattr(list_value, "bound_blocks", []) if child.id]


def _by_id(list_value) -> dict:
    """{id: value} of each ListBlock item."""
    return {child.id: child.value for child in getattr(list_value, "bound_blocks", [])}


def _true_false(value) -> str:
    return {"true": gettext("Verdadero"), "false": gettext("Falso")}.get(str(value).lower(), "")


def _id_list(response) -> list[str] | None:
    """A JSON list of id strings, or None if it is anything else."""
    if not isinstance(response, list) or len(response) > MAX_ITEMS:
        return None
    if not all(isinstance(item, str) and len(item) <= MAX_TEXT_LENGTH for item in response):
        return None
    return response


def form_text(value, limit: int) -> str:
    """A form value cut to `limit` characters ("" for anything but a string)."""
    # NUL cannot be stored in PostgreSQL's jsonb, and no answer needs it.
    return value[:limit].replace("\x00", "") if isinstance(value, str) else ""


@dataclass(frozen=True)
class Grade:
    points: Decimal
    max_points: Decimal
    feedback: str = ""
    needs_grading: bool = False


# A question's own content rules. Wagtail 8 defers "required" on drafts (every field
# block's `required` and every list's `min_num`), so a question without its text would
# be saved and reported only when submitted. These rules are checked by each question's
# clean() on every save, draft or not, and reported beside the field they concern.
QUESTION_TEXT = _("Escribe el texto de la pregunta.")
POINTS_MISSING = _("Indica cuántos puntos vale la pregunta.")
OPTION_TEXT = _("Escribe el texto de la opción o quítala.")
TWO_OPTIONS = _("Agrega al menos dos opciones.")
NO_CORRECT_OPTION = _("Marca cuál es la opción correcta.")
ONE_CORRECT_OPTION = _(
    "Una pregunta de opción única tiene una sola opción correcta: desmarca las demás o usa opción múltiple."
)
NO_CORRECT_OPTIONS = _("Marca al menos una opción correcta.")
TRUE_OR_FALSE = _("Elige si la afirmación es verdadera o falsa.")
NUMERIC_ANSWER = _("Escribe la respuesta correcta.")
ACCEPTED_ANSWER = _("Escribe al menos una respuesta aceptada.")
ANSWER_TEXT = _("Escribe la respuesta o quítala.")
TWO_PAIRS = _("Agrega al menos dos pares.")
PAIR_SIDE = _("Completa este lado del par o quita el par.")
TWO_STEPS = _("Agrega al menos dos pasos.")
STEP_TEXT = _("Escribe el paso o quítalo.")
RUBRIC = _("Escribe la rúbrica para quien corrige.")


def is_blank(value) -> bool:
    """No text in a plain or rich-text value ("<p></p>" is blank)."""
    if value is None:
        return True
    text = getattr(value, "source", value)
    return not strip_tags(str(text)).replace("&nbsp;", " ").strip()


def list_errors(items, *, min_count: int, too_few, item_error, extra=()) -> ListBlockValidationError | None:
    """Errors of a ListBlock's items: each item's own (from `item_error(item)`, a
    ValidationError or None) beside it, and `too_few` / `extra` messages above the list."""
    items = list(items)
    block_errors = {index: error for index, item in enumerate(items) if (error := item_error(item))}
    non_block = [ValidationError(too_few)] if len(items) < min_count else []
    non_block += [ValidationError(message) for message in extra]
    if block_errors or non_block:
        return ListBlockValidationError(block_errors=block_errors, non_block_errors=non_block)
    return None


def _unless(missing: bool, message) -> ValidationError | None:
    return ValidationError(message) if missing else None


def _blank_text(message):
    return lambda item: ValidationError(message) if is_blank(item) else None


def _blank_fields(message, *names):
    def check(item):
        errors = {name: ValidationError(message) for name in names if is_blank(item.get(name))}
        return StructBlockValidationError(block_errors=errors) if errors else None

    return check


class ChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Opción"), max_length=300)
    correct = blocks.BooleanBlock(label=_("Correcta"), required=False)
    feedback = blocks.CharBlock(label=_("Devolución de esta opción"), required=False, max_length=500)

    class Meta:
        icon = "radio-full"
        label = _("Opción")
        # Text, "correct" and feedback side by side (static/css/admin-editor.css).
        form_classname = "struct-block aula-choice"


# A new choice question starts with the two options it needs at least.
TWO_EMPTY_CHOICES = [{"text": "", "correct": False, "feedback": ""}] * 2


class BaseQuestionBlock(blocks.StructBlock):
    prompt = blocks.RichTextBlock(label=_("Pregunta"), features=PROMPT_FEATURES)
    points = blocks.DecimalBlock(label=_("Puntos"), min_value=0, max_digits=6, decimal_places=2, default=1)
    feedback = blocks.RichTextBlock(
        label=_("Devolución general"),
        required=False,
        features=PROMPT_FEATURES,
        help_text=_("Se muestra después de responder, según la configuración del cuestionario."),
    )

    question_type = ""
    # The ListBlock whose items each attempt draws an order for ("" for none); public_data
    # lists those items under the same key, and the attempt shows them in the drawn order.
    shuffled_items = ""
    # The items' given order is the answer, so every attempt shuffles them.
    order_is_answer = False
    # Longest text kept from the form for this question; the form's maxlength says the same.
    max_text_length = 200
    # Graded on submit by grade(); False for a type a person grades.
    auto_graded = True

    @property
    def form_template(self):
        """The template of this question's fields in the attempt form (anything
        Django's {% include %} takes: a template name or a Template)."""
        return f"cursos/questions/{self.question_type}.html"

    def item_ids(self, value) -> list[str]:
        """The ids of the items an attempt orders, in the author's order."""
        if not self.shuffled_items:
            return []
        return [item.id for item in value[self.shuffled_items].bound_blocks]

    def draw_order(self, value, *, shuffle_choices: bool, shuffle) -> list[str]:
        """The item order of a new attempt; `shuffle` shuffles a list in place."""
        order = self.item_ids(value)
        if self.order_is_answer or shuffle_choices:
            shuffle(order)
        return order

    def read_response(self, value, form, name: str, order: list[str]):
        """The response to store from a submitted form whose field for this question is
        `name` (or `name-<item id>` per item); `order` is the attempt's item order.
        None when the form holds no answer to store."""
        if name in form:
            return form_text(form.get(name), self.max_text_length).strip()
        return None

    def form_context(self, value, response) -> dict:
        """What the type's template needs besides public_data and the response."""
        return {}

    def answer_lines(self, value, response) -> list[str]:
        """An answered question's response, in words."""
        return [response] if isinstance(response, str) else []

    def correct_lines(self, value) -> list[str]:
        """The correct answer, in words (none for a type a person grades)."""
        return []

    def review_choices(self, value) -> dict | None:
        """{choice id: choice} when the review lists the chosen options one by one."""
        return None

    def preview_answers(self, value) -> list[tuple[str, bool, str]]:
        """(text, is a right one, feedback) of each answer, for the import preview."""
        return []

    def rubric_of(self, value):
        """The rubric a grader follows (None for a type graded on submit)."""
        return None

    # A sample of the type for the benchmarks (bench/, seed_bench), as Moodle's question
    # types carry a test helper: a stored value an author could write, and the form
    # data that answers it right.
    def example_value(self, number: int) -> dict:
        """The stored value of question `number` of this type (JSON, without ids)."""
        return {
            "prompt": f"<p>Pregunta {number}</p>",
            "points": "1",
            "feedback": f"<p>Devolución {number}</p>",
        }

    def right_form(self, value, name: str) -> dict[str, list[str]]:
        """Form data (field: values) answering `value` right, with `name` its field."""
        raise NotImplementedError

    def clean(self, value):
        """Wagtail's own checks, then the question's content rules (content_errors);
        an error Wagtail already found for a field is the one shown there."""
        errors = {}
        try:
            cleaned = super().clean(value)
        except StructBlockValidationError as error:
            errors = dict(error.block_errors)
            cleaned = None
        for name, error in self.content_errors(value).items():
            if error is not None:
                errors.setdefault(name, error)
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return cleaned

    def content_errors(self, value) -> dict:
        """{child name: ValidationError or None}: what the question cannot do without."""
        return {
            "prompt": _unless(is_blank(value.get("prompt")), QUESTION_TEXT),
            "points": _unless(value.get("points") is None, POINTS_MISSING),
        }

    def grade(self, value, response) -> Grade:
        """Grade `response` against `value`; 0 points for anything malformed, never raises."""
        raise NotImplementedError

    def public_data(self, value) -> dict:
        """What the browser may see before submitting; subclasses add their own keys."""
        return {
            "type": self.question_type,
            "prompt": str(value.get("prompt") or ""),
            "points": str(_max_points(value)),
        }

    def score(self, value, earned=0, out_of=1, notes=()) -> Grade:
        """A Grade worth earned/out_of of the block's points (clamped to 0..1)."""
        max_points = _max_points(value)
        points = ZERO
        if out_of > 0 and earned > 0:
            points = (max_points * min(earned, out_of) / out_of).quantize(CENT, rounding=ROUND_HALF_UP)
        return Grade(points=points, max_points=max_points, feedback=_feedback(value, notes))

    def _choice_errors(self, value, correct_rule) -> ListBlockValidationError | None:
        choices = list(value.get("choices") or [])
        correct = sum(1 for choice in choices if choice.get("correct"))
        return list_errors(
            choices,
            min_count=2,
            too_few=TWO_OPTIONS,
            item_error=_blank_fields(OPTION_TEXT, "text"),
            extra=[message for message in [correct_rule(correct)] if message] if choices else (),
        )

    def _public_choices(self, value) -> list[dict]:
        children = _children(value["choices"])
        return [{"id": choice_id, "text": choice["text"]} for choice_id, choice in children]


class ChoicesQuestionBlock(BaseQuestionBlock):
    """What the two choice types share: options shown in the drawn order, named in words."""

    shuffled_items = "choices"
    max_text_length = MAX_ID_LENGTH

    def public_data(self, value) -> dict:
        return {**super().public_data(value), "choices": self._public_choices(value)}

    def answer_lines(self, value, response) -> list[str]:
        choices = _by_id(value["choices"])
        picked = response if isinstance(response, list) else [response]
        return [choices[c]["text"] for c in picked if isinstance(c, str) and c in choices]

    def correct_lines(self, value) -> list[str]:
        return [choice["text"] for choice in _by_id(value["choices"]).values() if choice["correct"]]

    def review_choices(self, value) -> dict:
        return _by_id(value["choices"])

    def preview_answers(self, value):
        return [(choice["text"], choice["correct"], choice["feedback"]) for choice in value["choices"]]

    def example_value(self, number):
        choices = [
            {"text": f"Opción {letter}", "correct": letter in ("A", "C"), "feedback": f"Elegiste {letter}"}
            for letter in ("A", "B", "C", "D")
        ]
        return {**super().example_value(number), "choices": choices}

    def right_form(self, value, name):
        return {name: [c.id for c in value["choices"].bound_blocks if c.value["correct"]]}


class SingleChoiceQuestionBlock(ChoicesQuestionBlock):
    question_type = "single_choice"
    choices = blocks.ListBlock(ChoiceBlock(), label=_("Opciones"), min_num=2, default=TWO_EMPTY_CHOICES)

    class Meta:
        icon = "radio-full"
        label = _("Opción única")

    def content_errors(self, value) -> dict:
        def rule(correct):
            return NO_CORRECT_OPTION if correct == 0 else ONE_CORRECT_OPTION if correct > 1 else None

        return {**super().content_errors(value), "choices": self._choice_errors(value, rule)}

    def example_value(self, number):
        value = super().example_value(number)
        value["choices"][2]["correct"] = False
        return value

    def grade(self, value, response) -> Grade:
        choices = dict(_children(value["choices"]))
        if not isinstance(response, str) or response not in choices:
            return self.score(value)
        choice = choices[response]
        return self.score(value, 1 if choice["correct"] else 0, notes=[choice["feedback"]])


class MultipleChoiceQuestionBlock(ChoicesQuestionBlock):
    question_type = "multiple_choice"
    choices = blocks.ListBlock(ChoiceBlock(), label=_("Opciones"), min_num=2, default=TWO_EMPTY_CHOICES)
    scoring = blocks.ChoiceBlock(
        label=_("Puntaje"),
        choices=[
            ("partial_penalty", _("Parcial: cada acierto suma, cada opción incorrecta marcada resta")),
            ("partial_zero", _("Parcial: cada acierto suma, una opción incorrecta marcada anula")),
            ("all_or_nothing", _("Todo o nada")),
        ],
        default="partial_penalty",
    )

    class Meta:
        icon = "tick-inverse"
        label = _("Opción múltiple")

    def content_errors(self, value) -> dict:
        def rule(correct):
            return NO_CORRECT_OPTIONS if correct == 0 else None

        return {**super().content_errors(value), "choices": self._choice_errors(value, rule)}

    def grade(self, value, response) -> Grade:
        children = _children(value["choices"])
        picked = _id_list(response)
        if picked is None or not set(picked) <= {choice_id for choice_id, _choice in children}:
            return self.score(value)
        picked = set(picked)
        correct = {choice_id for choice_id, choice in children if choice["correct"]}
        notes = [choice["feedback"] for choice_id, choice in children if choice_id in picked]
        right, wrong = len(picked & correct), len(picked - correct)
        scoring = value.get("scoring")
        if not correct or scoring == "all_or_nothing":
            return self.score(value, 1 if picked == correct else 0, notes=notes)
        if scoring == "partial_zero":
            return self.score(value, 0 if wrong else right, len(correct), notes)
        return self.score(value, right - wrong, len(correct), notes)  # partial_penalty

    def example_value(self, number):
        return {**super().example_value(number), "scoring": "partial_penalty"}

    def read_response(self, value, form, name, order):
        picked = [form_text(v, self.max_text_length) for v in form.getlist(name)[:MAX_FORM_ITEMS]]
        return [v for v in picked if v in order]


class TrueFalseQuestionBlock(BaseQuestionBlock):
    question_type = "true_false"
    max_text_length = 5
    correct = blocks.ChoiceBlock(
        label=_("Respuesta correcta"), choices=[("true", _("Verdadero")), ("false", _("Falso"))]
    )

    class Meta:
        icon = "tick"
        label = _("Verdadero o falso")

    def content_errors(self, value) -> dict:
        missing = value.get("correct") not in ("true", "false")
        return {**super().content_errors(value), "correct": _unless(missing, TRUE_OR_FALSE)}

    def grade(self, value, response) -> Grade:
        if isinstance(response, bool):
            answer = "true" if response else "false"
        elif isinstance(response, str) and len(response) <= 10:
            answer = response.strip().lower()
        else:
            return self.score(value)
        ok = answer in ("true", "false") and answer == value.get("correct")
        return self.score(value, 1 if ok else 0)

    def answer_lines(self, value, response) -> list[str]:
        return [_true_false(response)]

    def correct_lines(self, value) -> list[str]:
        return [_true_false(value.get("correct"))]

    def preview_answers(self, value):
        choices = self.child_blocks["correct"].field.choices
        return [(str(label), code == value["correct"], "") for code, label in choices if code]

    def example_value(self, number):
        return {**super().example_value(number), "correct": "true"}

    def right_form(self, value, name):
        return {name: [value["correct"]]}


class NumericQuestionBlock(BaseQuestionBlock):
    question_type = "numeric"
    max_text_length = MAX_NUMBER_LENGTH
    answer = blocks.DecimalBlock(label=_("Respuesta"), max_digits=14, decimal_places=4)
    tolerance = blocks.DecimalBlock(
        label=_("Tolerancia (±)"), min_value=0, max_digits=14, decimal_places=4, default=0
    )
    unit = blocks.CharBlock(label=_("Unidad"), required=False, max_length=30)

    class Meta:
        icon = "order"
        label = _("Numérica")

    def content_errors(self, value) -> dict:
        missing = value.get("answer") is None
        return {**super().content_errors(value), "answer": _unless(missing, NUMERIC_ANSWER)}

    def grade(self, value, response) -> Grade:
        number = parse_number(response, value.get("unit") or "")
        answer, tolerance = value.get("answer"), value.get("tolerance") or Decimal(0)
        if number is None or not isinstance(answer, Decimal) or not isinstance(tolerance, Decimal):
            return self.score(value)
        with localcontext() as context:
            context.prec = 200  # exact for every accepted input, so the boundary is exact
            ok = abs(number - answer) <= abs(tolerance)
        return self.score(value, 1 if ok else 0)

    def public_data(self, value) -> dict:
        return {**super().public_data(value), "unit": value.get("unit") or ""}

    def correct_lines(self, value) -> list[str]:
        answer = f"{value['answer'].normalize():f}"
        if value.get("tolerance"):
            answer += f" ± {value['tolerance'].normalize():f}"
        return [f"{answer} {value.get('unit') or ''}".strip()]

    def preview_answers(self, value):
        tolerance = f" ± {value['tolerance']}" if value["tolerance"] else ""
        return [(f"{value['answer']}{tolerance} {value['unit']}".strip(), True, "")]

    def example_value(self, number):
        return {**super().example_value(number), "answer": "12.5000", "tolerance": "0.1000", "unit": "%"}

    def right_form(self, value, name):
        """The answer as a learner types it: decimal comma and the unit."""
        answer = f"{value['answer'].normalize():f}".replace(".", ",")
        return {name: [f"{answer} {value.get('unit') or ''}".strip()]}


class ShortTextQuestionBlock(BaseQuestionBlock):
    question_type = "short_text"
    accepted_answers = blocks.ListBlock(
        blocks.CharBlock(max_length=200, label=_("Respuesta aceptada")),
        label=_("Respuestas aceptadas"),
        min_num=1,
        help_text=_("Se comparan sin distinguir mayúsculas, tildes ni espacios al inicio o al final."),
    )

    class Meta:
        icon = "pilcrow"
        label = _("Respuesta corta")

    def content_errors(self, value) -> dict:
        answers = list_errors(
            value.get("accepted_answers") or [],
            min_count=1,
            too_few=ACCEPTED_ANSWER,
            item_error=_blank_text(ANSWER_TEXT),
        )
        return {**super().content_errors(value), "accepted_answers": answers}

    def grade(self, value, response) -> Grade:
        given = normalize_text(response)
        accepted = {normalize_text(answer) for answer in value["accepted_answers"]}
        return self.score(value, 1 if given and given in accepted else 0)

    def correct_lines(self, value) -> list[str]:
        return list(value["accepted_answers"])

    def preview_answers(self, value):
        return [(answer, True, "") for answer in value["accepted_answers"]]

    def example_value(self, number):
        return {**super().example_value(number), "accepted_answers": ["exposición", "la exposición"]}

    def right_form(self, value, name):
        """The first accepted answer, capitalised and without its accents."""
        answer = unicodedata.normalize("NFKD", value["accepted_answers"][0])
        return {name: ["".join(ch for ch in answer if not unicodedata.combining(ch)).capitalize()]}


class MatchingPairBlock(blocks.StructBlock):
    left = blocks.CharBlock(label=_("Elemento"), max_length=200)
    right = blocks.CharBlock(label=_("Corresponde a"), max_length=200)

    class Meta:
        icon = "link"
        label = _("Par")


class MatchingQuestionBlock(BaseQuestionBlock):
    question_type = "matching"
    pairs = blocks.ListBlock(MatchingPairBlock(), label=_("Pares"), min_num=2)

    class Meta:
        icon = "link"
        label = _("Relacionar pares")

    def content_errors(self, value) -> dict:
        pairs = list_errors(
            value.get("pairs") or [],
            min_count=2,
            too_few=TWO_PAIRS,
            item_error=_blank_fields(PAIR_SIDE, "left", "right"),
        )
        return {**super().content_errors(value), "pairs": pairs}

    def grade(self, value, response) -> Grade:
        pairs = _children(value["pairs"])
        if not isinstance(response, dict) or len(response) > MAX_ITEMS or not pairs:
            return self.score(value)
        matched = sum(
            1
            for pair_id, pair in pairs
            if pair_id in response
            and normalize_text(response[pair_id]) not in (None, "")
            and normalize_text(response[pair_id]) == normalize_text(pair["right"])
        )
        return self.score(value, matched, len(pairs))

    def public_data(self, value) -> dict:
        pairs = _children(value["pairs"])
        options = {}
        for _pair_id, pair in pairs:
            options.setdefault(normalize_text(pair["right"]), pair["right"])
        return {
            **super().public_data(value),
            "prompts": [{"id": pair_id, "text": pair["left"]} for pair_id, pair in pairs],
            "options": sorted(options.values(), key=lambda text: (normalize_text(text) or "", text)),
        }

    def read_response(self, value, form, name, order):
        """{pair id: the option chosen for it}, for the pairs answered."""
        return {
            pair.id: form_text(form.get(f"{name}-{pair.id}", ""), self.max_text_length)
            for pair in value["pairs"].bound_blocks
            if form.get(f"{name}-{pair.id}")
        }

    def answer_lines(self, value, response) -> list[str]:
        if not isinstance(response, dict):
            return super().answer_lines(value, response)
        pairs = _by_id(value["pairs"]).items()
        return [f"{pair['left']} → {response[pair_id]}" for pair_id, pair in pairs if response.get(pair_id)]

    def correct_lines(self, value) -> list[str]:
        return [f"{pair['left']} → {pair['right']}" for pair in _by_id(value["pairs"]).values()]

    def preview_answers(self, value):
        return [(f"{pair['left']} → {pair['right']}", True, "") for pair in value["pairs"]]

    def example_value(self, number):
        pairs = [{"left": f"Término {i}", "right": f"Definición {i}"} for i in range(4)]
        return {**super().example_value(number), "pairs": pairs}

    def right_form(self, value, name):
        return {f"{name}-{pair.id}": [pair.value["right"]] for pair in value["pairs"].bound_blocks}


class OrderingQuestionBlock(BaseQuestionBlock):
    question_type = "ordering"
    shuffled_items = "items"
    order_is_answer = True  # the order of steps must never give the answer away
    items = blocks.ListBlock(
        blocks.CharBlock(max_length=200, label=_("Paso")),
        label=_("Pasos en el orden correcto"),
        min_num=2,
    )

    class Meta:
        icon = "list-ol"
        label = _("Ordenar pasos")

    def content_errors(self, value) -> dict:
        steps = list_errors(
            value.get("items") or [], min_count=2, too_few=TWO_STEPS, item_error=_blank_text(STEP_TEXT)
        )
        return {**super().content_errors(value), "items": steps}

    def grade(self, value, response) -> Grade:
        correct_order = [item_id for item_id, _text in _children(value["items"])]
        order = _id_list(response)
        if not correct_order or order is None or sorted(order) != sorted(correct_order):
            return self.score(value)
        in_place = sum(1 for given, expected in zip(order, correct_order, strict=True) if given == expected)
        return self.score(value, in_place, len(correct_order))

    def public_data(self, value) -> dict:
        """Items sorted by id; if that happens to be the correct order (n >= 3), rotated by one."""
        items = _children(value["items"])
        shown = sorted(items)
        if len(items) >= 3 and shown == items:
            shown = shown[1:] + shown[:1]
        public = [{"id": item_id, "text": text} for item_id, text in shown]
        return {**super().public_data(value), "items": public}

    def read_response(self, value, form, name, order):
        """The item ids by the positions picked (1 is the first); None unless each
        position is used once."""
        positions = {}
        for item_id in order:
            raw = form.get(f"{name}-{item_id}", "")
            # ASCII only: str.isdigit() also accepts "²", which int() rejects.
            if raw.isascii() and raw.isdigit():
                positions[item_id] = int(raw)
        if sorted(positions.values()) != list(range(1, len(order) + 1)):
            return None
        return sorted(positions, key=positions.get)

    def form_context(self, value, response) -> dict:
        if not isinstance(response, list):
            return {}
        return {"positions": {item_id: position for position, item_id in enumerate(response, start=1)}}

    def answer_lines(self, value, response) -> list[str]:
        if not isinstance(response, list):
            return super().answer_lines(value, response)
        items = _by_id(value["items"])
        return [items[item_id] for item_id in response if item_id in items]

    def correct_lines(self, value) -> list[str]:
        return list(_by_id(value["items"]).values())

    def preview_answers(self, value):
        return [(f"{number}. {item}", True, "") for number, item in enumerate(value["items"], start=1)]

    def example_value(self, number):
        return {**super().example_value(number), "items": [f"Paso {i}" for i in range(5)]}

    def right_form(self, value, name):
        items = value["items"].bound_blocks
        return {f"{name}-{item.id}": [str(position)] for position, item in enumerate(items, start=1)}


class EssayQuestionBlock(BaseQuestionBlock):
    question_type = "essay"
    max_text_length = 20_000
    auto_graded = False
    rubric = blocks.RichTextBlock(label=_("Rúbrica para quien corrige"), features=PROMPT_FEATURES)
    max_words = blocks.IntegerBlock(label=_("Máximo de palabras"), required=False, min_value=1)
    allow_formatting = blocks.BooleanBlock(
        label=_("Permitir formato"),
        required=False,
        default=False,
        help_text=_(
            "La respuesta puede usar párrafos, negrita, cursiva y listas; cualquier otra etiqueta se quita."
        ),
    )

    class Meta:
        icon = "edit"
        label = _("Desarrollo")

    def content_errors(self, value) -> dict:
        return {**super().content_errors(value), "rubric": _unless(is_blank(value.get("rubric")), RUBRIC)}

    def grade(self, value, response) -> Grade:
        return Grade(points=ZERO, max_points=_max_points(value), feedback="", needs_grading=True)

    def rubric_of(self, value):
        return value.get("rubric")

    def public_data(self, value) -> dict:
        return {**super().public_data(value), "max_words": value.get("max_words")}


class QuestionStreamBlock(blocks.StreamBlock):
    """The question types a quiz (and a bank question) can hold. A new type is a
    BaseQuestionBlock subclass, a child here (with its migration) and its template."""

    single_choice = SingleChoiceQuestionBlock()
    multiple_choice = MultipleChoiceQuestionBlock()
    true_false = TrueFalseQuestionBlock()
    numeric = NumericQuestionBlock()
    short_text = ShortTextQuestionBlock()
    matching = MatchingQuestionBlock()
    ordering = OrderingQuestionBlock()
    essay = EssayQuestionBlock()

    def __init__(self, local_blocks=None, **kwargs):
        super().__init__(local_blocks, **kwargs)
        _question_streams.append(weakref.ref(self))


# Every QuestionStreamBlock built (the quiz's and the bank question's StreamFields), so a
# type registered later reaches all of them.
_question_streams: list[weakref.ref] = []  # blocks are unhashable (they define __eq__)
_registered: dict[str, BaseQuestionBlock] = {}


def _live_streams() -> list[QuestionStreamBlock]:
    _question_streams[:] = [ref for ref in _question_streams if ref() is not None]
    return [ref() for ref in _question_streams]


def auto_graded_types() -> dict[str, BaseQuestionBlock]:
    """{name: block} of the built-in types graded on submit, in the editor's order."""
    return {name: block for name, block in QuestionStreamBlock.base_blocks.items() if block.auto_graded}


def question_block(question_type: str) -> BaseQuestionBlock | None:
    """The block of a question type, by its name (a question's public_data "type")."""
    return _registered.get(question_type) or QuestionStreamBlock.base_blocks.get(question_type)


def register_question_type(block: BaseQuestionBlock):
    """Add a question type defined elsewhere to every question stream, under its
    question_type; returns the function that removes it. For a type that lives outside
    this module and its migrations (the test suite's toy type): stored content of that
    type reads back only while it is registered."""
    name = block.question_type
    block.set_name(name)
    _registered[name] = block
    for stream in _live_streams():
        stream.child_blocks[name] = block

    def unregister():
        _registered.pop(name, None)
        for stream in _live_streams():
            stream.child_blocks.pop(name, None)

    return unregister
