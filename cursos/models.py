"""What authors write: CatalogPage > InstitutionPage > CoursePage > ModulePage >
LessonPage | QuizPage. The page tree gives each institution its own subtree, so
Wagtail's page permissions decide who may edit what."""

from django.contrib import messages
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.shortcuts import redirect
from django.utils.cache import patch_cache_control
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from aula.links import page_url
from aula.restrictions import CachedViewRestrictionsMixin
from aula.slugs import AsciiSlugMixin
from cursos.blocks import LessonBodyBlock, QuestionStreamBlock
from cursos.forms import FOREIGN_BANK, AulaPageForm, QuizPageForm

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3"]


class Audience(models.TextChoices):
    JOURNALISTS = "journalists", _("Periodistas y comunicadores")
    MUNICIPAL = "municipal", _("Equipos municipales")
    PUBLIC = "public", _("Público general")


class Programme(models.TextChoices):
    RISK_COMMUNICATION = "risk_communication", _("Comunicación de riesgos")
    COOPERATION = "cooperation", _("Cooperación internacional")
    OTHER = "other", _("Otros")


class CourseLanguage(models.TextChoices):
    """Named as settings.LANGUAGES names them: in their own language, untranslated."""

    ES = "es", "Español"
    PT_BR = "pt-br", "Português (Brasil)"
    EN = "en", "English"


class EnrolmentPolicy(models.TextChoices):
    OPEN = "open", _("Abierta")
    KEY = "key", _("Con clave de inscripción")
    APPROVAL = "approval", _("Con aprobación")


class ReviewWhen(models.TextChoices):
    AFTER_ATTEMPT = "after_attempt", _("Después de cada intento")
    AFTER_PASSING = "after_passing", _("Una vez aprobado")
    AFTER_CLOSE = "after_close", _("Después del cierre del cuestionario")
    NEVER = "never", _("Nunca")


class GradingMethod(models.TextChoices):
    HIGHEST = "highest", _("El mejor intento")
    LAST = "last", _("El último intento")
    AVERAGE = "average", _("El promedio de los intentos")


class Country(models.TextChoices):
    AR = "AR", _("Argentina")
    BO = "BO", _("Bolivia")
    BR = "BR", _("Brasil")
    CL = "CL", _("Chile")
    CO = "CO", _("Colombia")
    EC = "EC", _("Ecuador")
    PY = "PY", _("Paraguay")
    PE = "PE", _("Perú")
    UY = "UY", _("Uruguay")
    VE = "VE", _("Venezuela")
    OTHER = "XX", _("Otro país")


class Accent(models.TextChoices):
    """An institution's colour on its course pages: a fixed palette (aula.css maps each
    to its colours, all with enough contrast on white), since learner pages allow no
    inline style."""

    BLUE = "blue", _("Azul")
    TEAL = "teal", _("Verde azulado")
    GREEN = "green", _("Verde")
    AMBER = "amber", _("Ámbar")
    RED = "red", _("Rojo")
    PURPLE = "purple", _("Violeta")


class CatalogPage(AsciiSlugMixin, CachedViewRestrictionsMixin, Page):
    intro = RichTextField(_("introducción"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["cursos.InstitutionPage"]
    max_count_per_parent = 1  # one catalog per language tree
    # The query parameters the catalog reads (cursos/selectors.py): the page cache
    # keys a copy by these and never stores a request carrying any other.
    page_cache_params = ("q", "etiqueta", "publico", "institucion", "idioma", "pagina")

    class Meta:
        verbose_name = _("catálogo de cursos")
        verbose_name_plural = _("catálogos de cursos")

    def get_context(self, request, *args, **kwargs):
        from cursos.selectors import catalog_context

        context = super().get_context(request, *args, **kwargs)
        context.update(catalog_context(self, request.GET, request.user))
        return context


class InstitutionPage(AsciiSlugMixin, CachedViewRestrictionsMixin, Page):
    """A partner university or the network's secretariat; its subtree is its courses."""

    short_name = models.CharField(_("sigla"), max_length=30)
    country = models.CharField(_("país"), max_length=2, choices=Country.choices)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    logo_alt = models.CharField(
        _("texto alternativo del logo"),
        max_length=250,
        blank=True,
        help_text=_("Vacío = el nombre de la institución."),
    )
    accent = models.CharField(
        _("color de la institución"),
        max_length=10,
        choices=Accent.choices,
        default=Accent.BLUE,
        help_text=_("Se usa en las páginas de sus cursos."),
    )
    website = models.URLField(_("sitio web"), blank=True)
    description = RichTextField(_("descripción"), blank=True, features=RICH_TEXT_FEATURES)
    editors_group = models.ForeignKey(
        Group,
        verbose_name=_("grupo de edición"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("short_name"), FieldPanel("country")]),
        MultiFieldPanel(
            [FieldPanel("logo"), FieldPanel("logo_alt"), FieldPanel("accent")], heading=_("Identidad")
        ),
        FieldPanel("website"),
        FieldPanel("description"),
    ]
    search_fields = Page.search_fields + [index.SearchField("description")]
    parent_page_types = ["cursos.CatalogPage"]
    subpage_types = ["cursos.CoursePage"]

    class Meta:
        verbose_name = _("institución")
        verbose_name_plural = _("instituciones")

    def get_context(self, request, *args, **kwargs):
        from cursos.selectors import institution_courses

        context = super().get_context(request, *args, **kwargs)
        context["courses"] = institution_courses(self, request.user)
        return context


class CourseTag(TaggedItemBase):
    content_object = ParentalKey("cursos.CoursePage", on_delete=models.CASCADE, related_name="tagged_items")


class CoursePage(AsciiSlugMixin, CachedViewRestrictionsMixin, Page):
    summary = models.TextField(_("resumen"), max_length=300)
    description = RichTextField(_("descripción"), blank=True, features=RICH_TEXT_FEATURES)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("imagen principal"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_image_alt = models.CharField(
        _("texto alternativo de la imagen"),
        max_length=250,
        blank=True,
        help_text=_("Obligatorio si hay imagen: describe lo que muestra."),
    )
    audience = models.CharField(_("destinatarios"), max_length=20, choices=Audience.choices)
    programme = models.CharField(_("programa"), max_length=30, choices=Programme.choices)
    language = models.CharField(_("idioma"), max_length=5, choices=CourseLanguage.choices, default="es")
    estimated_hours = models.PositiveSmallIntegerField(
        _("horas estimadas"), default=1, validators=[MinValueValidator(1), MaxValueValidator(500)]
    )
    tags = ClusterTaggableManager(through=CourseTag, blank=True, verbose_name=_("etiquetas"))
    enrolment_policy = models.CharField(
        _("inscripción"), max_length=10, choices=EnrolmentPolicy.choices, default=EnrolmentPolicy.OPEN
    )
    enrolment_key = models.CharField(
        _("clave de inscripción"),
        max_length=64,
        blank=True,
        help_text=_("Solo para inscripción con clave."),
    )
    completion_requires_lessons = models.BooleanField(
        _("requiere completar todas las lecciones obligatorias"), default=True
    )
    completion_requires_quizzes = models.BooleanField(
        _("requiere aprobar todos los cuestionarios obligatorios"), default=True
    )
    sequential = models.BooleanField(
        _("recorrido secuencial"),
        default=False,
        help_text=_("Cada módulo se abre cuando se completa el anterior."),
    )
    certificate_valid_years = models.PositiveSmallIntegerField(
        _("validez del certificado (años)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(50)],
        help_text=_("Vacío = el certificado no vence."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("description"),
        MultiFieldPanel([FieldPanel("hero_image"), FieldPanel("hero_image_alt")], heading=_("Imagen")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("audience"), FieldPanel("programme")]),
                FieldRowPanel([FieldPanel("language"), FieldPanel("estimated_hours")]),
                FieldPanel("tags"),
            ],
            heading=_("Catálogo"),
        ),
        MultiFieldPanel(
            [FieldPanel("enrolment_policy"), FieldPanel("enrolment_key")], heading=_("Inscripción")
        ),
        MultiFieldPanel(
            [
                HelpPanel(_("El curso se completa cuando se cumplen las condiciones marcadas.")),
                FieldPanel("completion_requires_lessons"),
                FieldPanel("completion_requires_quizzes"),
                FieldPanel("sequential"),
            ],
            heading=_("Regla de finalización"),
        ),
        MultiFieldPanel([FieldPanel("certificate_valid_years")], heading=_("Certificado")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=1.5),
        index.SearchField("description"),
        index.RelatedFields("tags", [index.SearchField("name", boost=1.5)]),
        index.FilterField("audience"),
        index.FilterField("programme"),
        index.FilterField("language"),
    ]
    api_fields = [
        APIField("summary"),
        APIField("institution"),
        APIField("tag_names"),
        APIField("audience"),
        APIField("language"),
        APIField("estimated_hours"),
        APIField("public_url"),
    ]
    parent_page_types = ["cursos.InstitutionPage"]
    subpage_types = ["cursos.ModulePage"]
    base_form_class = AulaPageForm

    class Meta:
        verbose_name = _("curso")
        verbose_name_plural = _("cursos")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(enrolment_policy="key") | ~models.Q(enrolment_key=""),
                name="course_key_policy_has_key",
            ),
        ]

    def clean(self):
        super().clean()
        errors = {}
        if self.hero_image_id and not self.hero_image_alt.strip():
            errors["hero_image_alt"] = _("Describe la imagen principal para quien no puede verla.")
        if self.enrolment_policy == EnrolmentPolicy.KEY and not self.enrolment_key.strip():
            errors["enrolment_key"] = _("Indica la clave que deberán escribir quienes se inscriban.")
        if errors:
            raise ValidationError(errors)

    @property
    def institution(self) -> str:
        parent = self.get_parent()
        return parent.title if parent else ""

    @property
    def tag_names(self) -> list[str]:
        return sorted(tag.name for tag in self.tags.all())

    @property
    def public_url(self) -> str:
        return page_url(self)

    def get_context(self, request, *args, **kwargs):
        from capacitacion.selectors import course_state
        from cursos.selectors import course_outline

        context = super().get_context(request, *args, **kwargs)
        # Its logo and colour in the course's hero; the parent is cached from routing.
        context["institution"] = (
            InstitutionPage.objects.filter(pk=self.get_parent().pk).select_related("logo").first()
        )
        context["modules"] = course_outline(self)
        context["learner"] = course_state(request.user, self, context["modules"])
        return context


class ModulePage(AsciiSlugMixin, CachedViewRestrictionsMixin, Page):
    summary = models.TextField(_("resumen"), max_length=500, blank=True)
    opens_on = models.DateField(
        _("se abre el"), null=True, blank=True, help_text=_("Vacío = disponible desde la inscripción.")
    )
    requires_previous_module = models.BooleanField(_("requiere completar el módulo anterior"), default=False)
    prerequisite_quiz = models.ForeignKey(
        "cursos.QuizPage",
        verbose_name=_("cuestionario previo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Opcional: hay que alcanzar una nota mínima en este cuestionario."),
    )
    prerequisite_min_score = models.PositiveSmallIntegerField(
        _("nota mínima (%)"), null=True, blank=True, validators=[MaxValueValidator(100)]
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("opens_on"),
                FieldPanel("requires_previous_module"),
                FieldRowPanel([FieldPanel("prerequisite_quiz"), FieldPanel("prerequisite_min_score")]),
            ],
            heading=_("Apertura"),
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary")]
    parent_page_types = ["cursos.CoursePage"]
    subpage_types = ["cursos.LessonPage", "cursos.QuizPage"]
    base_form_class = AulaPageForm

    class Meta:
        verbose_name = _("módulo")
        verbose_name_plural = _("módulos")

    def clean(self):
        super().clean()
        if self.prerequisite_quiz_id and self.prerequisite_min_score is None:
            raise ValidationError(
                {"prerequisite_min_score": _("Indica la nota mínima del cuestionario previo.")}
            )

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if request.user.is_authenticated:  # the outline is this learner's
            patch_cache_control(response, private=True)
        return response

    def get_context(self, request, *args, **kwargs):
        from capacitacion.access import module_access
        from capacitacion.selectors import learner_outline
        from cursos.selectors import module_items

        context = super().get_context(request, *args, **kwargs)
        # A learner (or the staff) see the course outline and each item's state; anyone
        # else the module's plain list of lessons and quizzes.
        access = module_access(request.user, self)
        context["outline"] = learner_outline(access, self) if access is not None else None
        if context["outline"] is None:
            context["items"] = module_items(self)
        return context


class LearnerOnlyMixin:
    """Lessons and quizzes are for enrolled learners (and their institution's staff);
    everyone else is sent to the course page with the reason."""

    def serve(self, request, *args, **kwargs):
        from capacitacion.access import item_access

        access = item_access(request.user, self)
        if not access.allowed:
            messages.info(request, access.reason)
            return redirect(access.course.get_url(request))
        request.learning_access = access
        response = super().serve(request, *args, **kwargs)
        patch_cache_control(response, private=True)
        return response

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["access"] = getattr(request, "learning_access", None)
        return context


class LessonPage(LearnerOnlyMixin, AsciiSlugMixin, CachedViewRestrictionsMixin, Page):
    body = StreamField(LessonBodyBlock(), verbose_name=_("contenido"))
    estimated_minutes = models.PositiveSmallIntegerField(
        _("minutos estimados"), default=10, validators=[MinValueValidator(1), MaxValueValidator(600)]
    )
    required = models.BooleanField(
        _("obligatoria"), default=True, help_text=_("Cuenta para completar el curso.")
    )

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("estimated_minutes"), FieldPanel("required")]),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("body")]
    parent_page_types = ["cursos.ModulePage"]
    subpage_types = []
    base_form_class = AulaPageForm

    class Meta:
        verbose_name = _("lección")
        verbose_name_plural = _("lecciones")

    def get_context(self, request, *args, **kwargs):
        from capacitacion.selectors import learner_outline
        from cursos.selectors import item_navigation

        context = super().get_context(request, *args, **kwargs)
        access = context["access"]
        context["nav"] = item_navigation(self, access)
        context["outline"] = learner_outline(access, self)
        context["is_done"] = bool(access and access.enrollment and self.pk in access.done_lessons)
        # The body is the same for every learner: its rendering is cached per published
        # revision (a new publish is a new key). Never for a preview, which shows a draft.
        context["body_cache_key"] = (
            None
            if getattr(request, "is_preview", False) or not self.live_revision_id
            else self.live_revision_id
        )
        # The player script is needed only where there is a player to load.
        context["has_media"] = any(block.block_type in {"video", "audio"} for block in self.body)
        return context


class QuizPage(LearnerOnlyMixin, AsciiSlugMixin, CachedViewRestrictionsMixin, Page):
    intro = RichTextField(_("introducción"), blank=True, features=RICH_TEXT_FEATURES)
    pass_mark = models.PositiveSmallIntegerField(
        _("nota para aprobar (%)"), default=70, validators=[MinValueValidator(0), MaxValueValidator(100)]
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("intentos máximos"), default=0, help_text=_("0 = sin límite.")
    )
    time_limit_minutes = models.PositiveSmallIntegerField(
        _("tiempo límite (minutos)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Vacío = sin límite de tiempo."),
    )
    shuffle_questions = models.BooleanField(_("mezclar preguntas"), default=False)
    shuffle_choices = models.BooleanField(_("mezclar opciones"), default=False)
    questions_per_attempt = models.PositiveSmallIntegerField(
        _("preguntas por intento"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Vacío = todas. Si es menor que el total, se sortean en cada intento."),
    )
    closes_at = models.DateTimeField(
        _("cierra el"),
        null=True,
        blank=True,
        help_text=_("Vacío = sin fecha de cierre. Después no se puede comenzar ni guardar un intento."),
    )
    grading_method = models.CharField(
        _("calificación del cuestionario"),
        max_length=10,
        choices=GradingMethod.choices,
        default=GradingMethod.HIGHEST,
    )
    review_when = models.CharField(
        _("revisión disponible"),
        max_length=20,
        choices=ReviewWhen.choices,
        default=ReviewWhen.AFTER_ATTEMPT,
    )
    review_answers = models.BooleanField(_("mostrar sus respuestas"), default=True)
    review_points = models.BooleanField(_("mostrar los puntos de cada pregunta"), default=True)
    review_feedback = models.BooleanField(_("mostrar la devolución"), default=True)
    review_correct = models.BooleanField(_("mostrar las respuestas correctas"), default=False)
    required = models.BooleanField(
        _("obligatorio"), default=True, help_text=_("Hay que aprobarlo para completar el curso.")
    )
    # Blank when every question comes from a bank (clean() asks for one or the other).
    questions = StreamField(QuestionStreamBlock(), blank=True, verbose_name=_("preguntas"))

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("pass_mark"), FieldPanel("max_attempts")]),
                FieldRowPanel([FieldPanel("time_limit_minutes"), FieldPanel("questions_per_attempt")]),
                FieldRowPanel([FieldPanel("shuffle_questions"), FieldPanel("shuffle_choices")]),
                FieldRowPanel([FieldPanel("closes_at"), FieldPanel("grading_method")]),
                FieldPanel("required"),
            ],
            heading=_("Configuración"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("review_when"),
                FieldRowPanel([FieldPanel("review_answers"), FieldPanel("review_points")]),
                FieldRowPanel([FieldPanel("review_feedback"), FieldPanel("review_correct")]),
            ],
            heading=_("Revisión después de entregar"),
        ),
        FieldPanel("questions"),
        InlinePanel(
            "draws",
            heading=_("Preguntas de bancos"),
            label=_("Sorteo de un banco"),
            help_text=_("Además de sus propias preguntas, cada intento sortea preguntas de estos bancos."),
        ),
    ]
    parent_page_types = ["cursos.ModulePage"]
    subpage_types = []
    base_form_class = QuizPageForm

    class Meta:
        verbose_name = _("cuestionario")
        verbose_name_plural = _("cuestionarios")
        constraints = [
            models.CheckConstraint(condition=models.Q(pass_mark__lte=100), name="quiz_pass_mark_max_100"),
        ]

    def save(self, *args, **kwargs):
        # Questions written as raw data (seed_demo, code) carry no ids for their choices,
        # pairs and steps, and would get new random ones on every load. Reading each
        # question assigns the ids, which are then stored: answers refer to them.
        list(self.questions)
        return super().save(*args, **kwargs)

    @property
    def questions_per_attempt_total(self) -> int:
        own = self.questions_per_attempt or len(self.questions)
        return own + sum(draw.count for draw in self.draws.all())

    def clean(self):
        # "At least one question or one draw", and draws only from usable banks, are
        # checked by QuizPageForm: the inline draws reach the quiz after this runs.
        super().clean()
        if self.questions_per_attempt and self.questions_per_attempt > len(self.questions):
            raise ValidationError(
                {
                    "questions_per_attempt": _(
                        "No puede superar la cantidad de preguntas del cuestionario (%(count)s)."
                    )
                    % {"count": len(self.questions)}
                }
            )

    def get_context(self, request, *args, **kwargs):
        from capacitacion.selectors import learner_outline, quiz_state
        from cursos.selectors import item_navigation, public_questions

        context = super().get_context(request, *args, **kwargs)
        access = context["access"]
        context["nav"] = item_navigation(self, access)
        context["outline"] = learner_outline(access, self)
        if access and access.enrollment:
            context["learner"] = quiz_state(access.enrollment, self, result=access.quiz_results.get(self.pk))
        else:
            # The institution's staff preview the questions (never the answers).
            context["questions"] = public_questions(self)
        return context


def institution_of(page):
    """The institution a page belongs to (itself, or the nearest institution above it)."""
    if page is None or not page.path:
        return None
    return InstitutionPage.objects.ancestor_of(page, inclusive=True).first()


def tag_slugs(text: str) -> list[str]:
    """Comma-separated labels as comparable slugs: "Alertas, Sendai" -> ["alertas", "sendai"]."""
    return sorted({slugify(part) for part in (text or "").split(",") if slugify(part)})


def question_from_data(raw: dict):
    """A question block stored as raw data (a bank question's snapshot in an attempt)
    as a StreamChild, exactly like the questions read from a quiz revision."""
    return QuizPage._meta.get_field("questions").stream_block.to_python([raw])[0]


def revision_questions(revision):
    """The questions of a QuizPage revision, read from its stored content alone:
    revision.as_object() rebuilds the whole page, with queries for its locale,
    content type and comments, for a field that needs none."""
    return QuizPage._meta.get_field("questions").to_python(revision.content.get("questions") or "[]")


def quiz_from_revision(revision) -> QuizPage:
    """The quiz as a revision holds it (settings, questions, bank draws), built from
    the stored content alone, without the queries of revision.as_object(). Enough to
    draw an attempt's questions; not a page to save or serve."""
    return QuizPage.from_serializable_data(revision.content, check_fks=False)


class QuestionBank(ClusterableModel):
    """Questions written once and drawn at random by any number of quizzes.

    Tags live on each question as comma-separated labels rather than taggit: they
    are only used to filter draws within one bank, and a taggit manager inside an
    inline child of a snippet is a cluster within a cluster, which the admin's
    inline forms do not save reliably."""

    name = models.CharField(_("nombre"), max_length=150)
    institution = models.ForeignKey(
        InstitutionPage,
        verbose_name=_("institución"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="question_banks",
        help_text=_("Vacío = banco compartido por toda la red (lo gestiona la Coordinación)."),
    )
    description = models.TextField(_("descripción"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("institution")]),
        FieldPanel("description"),
        InlinePanel("questions", heading=_("Preguntas"), label=_("Pregunta"), min_num=1),
    ]

    class Meta:
        verbose_name = _("banco de preguntas")
        verbose_name_plural = _("bancos de preguntas")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def usable_in(self, institution) -> bool:
        """A quiz of `institution` may draw from its own banks and the shared ones."""
        return self.institution_id is None or (
            institution is not None and self.institution_id == institution.pk
        )

    def questions_tagged(self, tag: str = "") -> list:
        tag = slugify(tag or "")
        return [question for question in self.questions.all() if not tag or tag in question.tag_list]


class BankQuestion(Orderable):
    bank = ParentalKey(QuestionBank, on_delete=models.CASCADE, related_name="questions")
    question = StreamField(QuestionStreamBlock(), min_num=1, max_num=1, verbose_name=_("pregunta"))
    tags = models.CharField(
        _("etiquetas"),
        max_length=200,
        blank=True,
        help_text=_("Separadas por comas, p. ej.: alertas, Sendai."),
    )

    panels = [FieldPanel("question"), FieldPanel("tags")]

    class Meta(Orderable.Meta):
        verbose_name = _("pregunta del banco")
        verbose_name_plural = _("preguntas del banco")

    def __str__(self):
        return f"{self.bank_id}: {self.pk}"

    def save(self, *args, **kwargs):
        # As in QuizPage.save: store the ids of choices, pairs and steps, which answers refer to.
        list(self.question)
        return super().save(*args, **kwargs)

    @property
    def tag_list(self) -> list[str]:
        return tag_slugs(self.tags)

    @property
    def child(self):
        """The one question block, as a StreamChild (None if the stream is empty)."""
        return self.question[0] if len(self.question) else None


class QuizDraw(Orderable):
    """N questions drawn at random from a bank, at the start of each attempt."""

    quiz = ParentalKey(QuizPage, on_delete=models.CASCADE, related_name="draws")
    bank = models.ForeignKey(
        QuestionBank, verbose_name=_("banco"), on_delete=models.PROTECT, related_name="draws"
    )
    count = models.PositiveSmallIntegerField(
        _("cuántas preguntas"), default=1, validators=[MinValueValidator(1)]
    )
    tag = models.CharField(
        _("con la etiqueta"), max_length=50, blank=True, help_text=_("Vacío = cualquiera.")
    )

    panels = [FieldRowPanel([FieldPanel("bank"), FieldPanel("count"), FieldPanel("tag")])]

    class Meta(Orderable.Meta):
        verbose_name = _("sorteo de un banco")
        verbose_name_plural = _("sorteos de bancos")
        constraints = [
            models.CheckConstraint(condition=models.Q(count__gte=1), name="quiz_draw_count_positive")
        ]

    def __str__(self):
        return f"{self.count} × {self.bank_id}"

    def clean(self):
        super().clean()
        self.tag = slugify(self.tag or "")
        if not self.bank_id or not self.count:
            return
        quiz = getattr(self, "quiz", None)
        if quiz is not None and quiz.path and not self.bank.usable_in(institution_of(quiz)):
            raise ValidationError({"bank": FOREIGN_BANK})
        available = len(self.bank.questions_tagged(self.tag))
        if self.count > available:
            if self.tag:
                message = _("El banco «%(bank)s» tiene %(available)s preguntas con la etiqueta «%(tag)s».")
            else:
                message = _("El banco «%(bank)s» tiene %(available)s preguntas.")
            raise ValidationError(
                {"count": message % {"bank": self.bank.name, "available": available, "tag": self.tag}}
            )


# Defined with the review workflow; imported here so Django registers them.
from cursos.course_review import CourseReviewTask, ReviewedPageRevision  # noqa: E402, F401
