import factory
from django.utils.text import slugify

from cursos.models import CatalogPage, CoursePage, InstitutionPage, LessonPage, ModulePage, QuizPage


class PageFactory(factory.django.DjangoModelFactory):
    """Create with `parent=`: the page is added under it in the tree (and so is live)."""

    class Meta:
        abstract = True

    title = factory.Sequence(lambda n: f"Página {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))

    @classmethod
    def _create(cls, model_class, *args, parent, **kwargs):
        page = model_class(**kwargs)
        parent.add_child(instance=page)
        return page


class CatalogPageFactory(PageFactory):
    class Meta:
        model = CatalogPage

    title = "Cursos"
    slug = "cursos"


class InstitutionPageFactory(PageFactory):
    class Meta:
        model = InstitutionPage

    title = factory.Sequence(lambda n: f"Universidad {n}")
    short_name = factory.Sequence(lambda n: f"U{n}")
    country = "AR"


class CoursePageFactory(PageFactory):
    class Meta:
        model = CoursePage

    title = factory.Sequence(lambda n: f"Curso {n}")
    summary = "Un curso de prueba."
    audience = "journalists"
    programme = "risk_communication"
    language = "es"
    estimated_hours = 6


class ModulePageFactory(PageFactory):
    class Meta:
        model = ModulePage

    title = factory.Sequence(lambda n: f"Módulo {n}")


class LessonPageFactory(PageFactory):
    class Meta:
        model = LessonPage

    title = factory.Sequence(lambda n: f"Lección {n}")
    body = factory.LazyFunction(lambda: [{"type": "paragraph", "value": "<p>Contenido de la lección.</p>"}])


class QuizPageFactory(PageFactory):
    class Meta:
        model = QuizPage

    title = factory.Sequence(lambda n: f"Cuestionario {n}")
    questions = factory.LazyFunction(
        lambda: [
            {
                "type": "single_choice",
                "value": {
                    "prompt": "<p>¿Qué organismo emite las alertas oficiales?</p>",
                    "points": "1",
                    "feedback": "<p>RETRO-GENERAL-SECRETA</p>",
                    "choices": [
                        {"text": "Defensa Civil", "correct": True, "feedback": "RETRO-OPCION-CORRECTA"},
                        {"text": "Un grupo de mensajería", "correct": False, "feedback": "RETRO-OPCION-MAL"},
                    ],
                },
            },
            {
                "type": "short_text",
                "value": {
                    "prompt": "<p>¿Qué acción salva vidas ante una crecida?</p>",
                    "points": "1",
                    "feedback": "",
                    "accepted_answers": ["RESPUESTA-ACEPTADA-SECRETA"],
                },
            },
            {
                "type": "true_false",
                "value": {"prompt": "<p>El riesgo es natural.</p>", "points": "1", "correct": "false"},
            },
        ]
    )


def build_course(institution, modules: int = 1, lessons_per_module: int = 2, **fields) -> CoursePage:
    """A live course with its modules, lessons and one quiz per module."""
    course = CoursePageFactory(parent=institution, **fields)
    for _ in range(modules):
        module = ModulePageFactory(parent=course)
        for _ in range(lessons_per_module):
            LessonPageFactory(parent=module)
        QuizPageFactory(parent=module)
    return course


def translate(page, language_code: str = "pt-br", *, subtree: bool = False, **fields):
    """The page's live translation, made as an editor makes it with simple_translation
    (untranslated parents become aliases), then given `fields` and published."""
    from wagtail.actions.copy_for_translation import CopyPageForTranslationAction
    from wagtail.models import Locale

    locale = Locale.objects.get(language_code=language_code)
    copy = CopyPageForTranslationAction(page, locale, copy_parents=True, include_subtree=subtree).execute(
        skip_permission_checks=True
    )
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    for descendant in copy.get_descendants().specific():
        if not descendant.live:
            descendant.get_latest_revision().publish()
    return type(copy).objects.get(pk=copy.pk)  # publishing a new slug moved its url_path
