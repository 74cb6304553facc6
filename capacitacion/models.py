"""What learners do: their profile, cohorts, enrolments and progress. Only
capacitacion.services changes these rows; constraints keep them right even when
two requests race."""

import datetime
import unicodedata
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from aula.languages import field_suffix
from cursos.models import Country

FULL_NAME_MAX_LENGTH = 120


def clean_full_name(value: str) -> str:
    """The name exactly as it prints on a certificate: NFC, single spaces, trimmed."""
    return " ".join(unicodedata.normalize("NFC", value or "").split())


def display_name(user) -> str:
    """How the platform names a person, to staff, in emails and on certificates: the
    name of their learner profile (the one they chose for their certificates), else
    the account's first and last name (staff), else the email, else the username."""
    profile = getattr(user, "learner_profile", None)
    return (
        (profile.full_name if profile is not None else "")
        or user.get_full_name()
        or user.email
        or user.get_username()
    )


# Usernames of the inactive accounts that keep the anonymous learning record of
# people who deleted their account (services/privacy.py).
PLACEHOLDER_PREFIX = "eliminada-"


class LearnerRole(models.TextChoices):
    JOURNALIST = "journalist", _("Periodista")
    COMMUNICATOR = "communicator", _("Comunicador/a")
    MUNICIPAL = "municipal", _("Funcionario/a municipal")
    ACADEMIC = "academic", _("Académico/a")
    OTHER = "other", _("Otro")


class LearnerProfile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="learner_profile"
    )
    full_name = models.CharField(
        _("nombre completo"),
        max_length=FULL_NAME_MAX_LENGTH,
        help_text=_("Tal como debe aparecer en tus certificados."),
    )
    role = models.CharField(_("ocupación"), max_length=20, choices=LearnerRole.choices)
    organisation = models.CharField(_("organización"), max_length=200, blank=True)
    city = models.CharField(_("ciudad"), max_length=100)
    country = models.CharField(_("país"), max_length=2, choices=Country.choices)
    preferred_language = models.CharField(
        _("idioma preferido"), max_length=5, choices=settings.LANGUAGES, default="es"
    )
    # Empty for someone enrolled by staff who has not yet accepted (bulk invitation).
    accepted_terms_at = models.DateTimeField(
        _("aceptó los términos y el aviso de privacidad"), null=True, blank=True
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("perfil de estudiante")
        verbose_name_plural = _("perfiles de estudiantes")
        constraints = [
            models.CheckConstraint(condition=~Q(full_name=""), name="profile_full_name_not_empty"),
        ]

    def __str__(self):
        return self.full_name

    @property
    def is_complete(self) -> bool:
        return self.accepted_terms_at is not None

    def clean(self):
        self.full_name = clean_full_name(self.full_name)
        if not self.full_name:
            raise ValidationError({"full_name": _("Escribe tu nombre completo.")})


class Cohort(models.Model):
    course = models.ForeignKey(
        "cursos.CoursePage", verbose_name=_("curso"), on_delete=models.CASCADE, related_name="cohorts"
    )
    name = models.CharField(_("nombre"), max_length=120)
    starts_on = models.DateField(_("comienza el"))
    ends_on = models.DateField(_("termina el"))
    enrolment_opens_at = models.DateTimeField(_("inscripción desde"), null=True, blank=True)
    enrolment_closes_at = models.DateTimeField(_("inscripción hasta"), null=True, blank=True)
    capacity = models.PositiveIntegerField(
        _("cupo"), null=True, blank=True, help_text=_("Vacío = sin límite de plazas.")
    )
    waitlist_enabled = models.BooleanField(
        _("lista de espera"),
        default=True,
        help_text=_("Si el cupo se completa, se anota en lista de espera."),
    )
    enrolment_key = models.CharField(
        _("clave de inscripción"), max_length=64, blank=True, help_text=_("Vacío = sin clave.")
    )
    requires_approval = models.BooleanField(_("requiere aprobación"), default=False)
    tutors = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("tutores"), blank=True, related_name="tutored_cohorts"
    )

    class Meta:
        verbose_name = _("cohorte")
        verbose_name_plural = _("cohortes")
        ordering = ["-starts_on", "name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gte=models.F("starts_on")), name="cohort_dates_ordered"
            ),
            models.CheckConstraint(
                condition=Q(enrolment_opens_at__isnull=True)
                | Q(enrolment_closes_at__isnull=True)
                | Q(enrolment_closes_at__gte=models.F("enrolment_opens_at")),
                name="cohort_window_ordered",
            ),
            models.CheckConstraint(condition=~Q(capacity=0), name="cohort_capacity_positive"),
        ]

    def __str__(self):
        return f"{self.name} ({self.course.title})"

    def clean(self):
        errors = {}
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            errors["ends_on"] = _("La cohorte no puede terminar antes de comenzar.")
        if (
            self.enrolment_opens_at
            and self.enrolment_closes_at
            and self.enrolment_closes_at < self.enrolment_opens_at
        ):
            errors["enrolment_closes_at"] = _("La inscripción no puede cerrar antes de abrir.")
        if errors:
            raise ValidationError(errors)


class EnrollmentStatus(models.TextChoices):
    PENDING = "pending", _("Pendiente de aprobación")
    ACTIVE = "active", _("Activa")
    WAITLISTED = "waitlisted", _("En lista de espera")
    COMPLETED = "completed", _("Completada")
    WITHDRAWN = "withdrawn", _("Dada de baja")
    REJECTED = "rejected", _("Rechazada")


# Statuses that hold a seat in a cohort with limited capacity (a pending request
# takes its seat when approved).
SEAT_STATUSES = [EnrollmentStatus.ACTIVE, EnrollmentStatus.COMPLETED]
# Statuses that give access to lessons and quizzes.
STUDYING_STATUSES = [EnrollmentStatus.ACTIVE, EnrollmentStatus.COMPLETED]


class Enrollment(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="enrollments",
        verbose_name=_("persona"),
    )
    course = models.ForeignKey(
        "cursos.CoursePage", on_delete=models.CASCADE, related_name="enrollments", verbose_name=_("curso")
    )
    cohort = models.ForeignKey(
        Cohort,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="enrollments",
        verbose_name=_("cohorte"),
    )
    status = models.CharField(_("estado"), max_length=12, choices=EnrollmentStatus.choices)
    created_at = models.DateTimeField(_("creada"), auto_now_add=True)
    # When the current status began: orders the waiting list, and keys notifications.
    status_changed_at = models.DateTimeField(_("cambio de estado"))
    completed_at = models.DateTimeField(_("completada"), null=True, blank=True)
    # When the learner first saw the completion on their dashboard: the moment it
    # celebrates is shown once.
    completion_seen_at = models.DateTimeField(_("vio que completó"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("decidida por"),
    )

    class Meta:
        verbose_name = _("inscripción")
        verbose_name_plural = _("inscripciones")
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="one_enrollment_per_learner_and_course"),
            models.CheckConstraint(
                condition=Q(status__in=EnrollmentStatus.values), name="enrollment_status_valid"
            ),
            models.CheckConstraint(
                condition=~Q(status=EnrollmentStatus.COMPLETED) | Q(completed_at__isnull=False),
                name="completed_enrollment_has_date",
            ),
        ]
        indexes = [models.Index(fields=["cohort", "status", "status_changed_at"])]

    def __str__(self):
        return f"{self.user} — {self.course.title}"

    @property
    def can_study(self) -> bool:
        return self.status in STUDYING_STATUSES


class LessonCompletion(models.Model):
    enrollment = models.ForeignKey(Enrollment, on_delete=models.CASCADE, related_name="lesson_completions")
    lesson = models.ForeignKey("cursos.LessonPage", on_delete=models.CASCADE, related_name="completions")
    completed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("lección completada")
        verbose_name_plural = _("lecciones completadas")
        constraints = [
            models.UniqueConstraint(fields=["enrollment", "lesson"], name="one_completion_per_lesson"),
        ]

    def __str__(self):
        return f"{self.enrollment_id}: {self.lesson_id}"


class QuizResult(models.Model):
    """The standing result of a quiz for an enrolment (the quiz engine keeps it
    up to date); progress, prerequisites and completion read it."""

    enrollment = models.ForeignKey(Enrollment, on_delete=models.CASCADE, related_name="quiz_results")
    quiz = models.ForeignKey("cursos.QuizPage", on_delete=models.CASCADE, related_name="results")
    score_percent = models.DecimalField(max_digits=5, decimal_places=2)
    passed = models.BooleanField(default=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("resultado de cuestionario")
        verbose_name_plural = _("resultados de cuestionarios")
        constraints = [
            models.UniqueConstraint(fields=["enrollment", "quiz"], name="one_result_per_quiz"),
            models.CheckConstraint(
                condition=Q(score_percent__gte=0) & Q(score_percent__lte=100),
                name="quiz_result_percent_range",
            ),
        ]

    def __str__(self):
        return f"{self.enrollment_id}: {self.quiz_id} ({self.score_percent} %)"


class NotificationEvent(models.TextChoices):
    CONFIRMED = "confirmed", _("Inscripción confirmada")
    PENDING = "pending", _("Inscripción pendiente de aprobación")
    APPROVED = "approved", _("Inscripción aprobada")
    REJECTED = "rejected", _("Inscripción rechazada")
    WAITLISTED = "waitlisted", _("En lista de espera")
    PROMOTED = "promoted", _("Plaza asignada desde la lista de espera")
    QUIZ_GRADED = "quiz_graded", _("Desarrollos corregidos")
    INACTIVE_REMINDER = "inactive_reminder", _("Recordatorio por inactividad")
    COHORT_ENDING = "cohort_ending", _("Aviso de fin de cohorte")
    INVITED = "invited", _("Invitación a definir la contraseña")


class Notification(models.Model):
    """One row per email an event causes: the outbox. The row is written in the same
    transaction as the change it tells about; a task sends it after the commit, and
    the periodic sweep sends whatever a lost task left unsent. Its key makes a task
    that runs twice send once."""

    enrollment = models.ForeignKey(Enrollment, on_delete=models.CASCADE, related_name="notifications")
    event = models.CharField(max_length=20, choices=NotificationEvent.choices)
    # The enrolment's status_changed_at when the event happened: the same event can
    # legitimately happen again later (withdraw, enrol again). For periodic reminders
    # it is the period's key instead (the week's Monday, the cohort's last day), so
    # the unique constraint below allows one reminder per learner and period.
    occurred_at = models.DateTimeField()
    # The graded attempt, for a grading email.
    attempt = models.ForeignKey(
        "QuizAttempt", on_delete=models.CASCADE, null=True, blank=True, related_name="notifications"
    )
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["enrollment", "event", "occurred_at"], name="one_notification_per_event"
            ),
            models.CheckConstraint(
                condition=Q(attempt__isnull=True) | Q(event=NotificationEvent.QUIZ_GRADED),
                name="notification_attempt_only_for_grading",
            ),
        ]
        indexes = [
            models.Index(fields=["created_at"], condition=Q(sent_at__isnull=True), name="notification_unsent")
        ]

    def __str__(self):
        return f"{self.enrollment_id}: {self.event}"


class AttemptStatus(models.TextChoices):
    IN_PROGRESS = "in_progress", _("En curso")
    SUBMITTED = "submitted", _("Entregado")
    NEEDS_GRADING = "needs_grading", _("Esperando corrección")
    GRADED = "graded", _("Calificado")


class QuizAttempt(models.Model):
    """One try at a quiz, pinned to the page revision it started on: grading reads
    the questions from that revision, whatever the author changes later."""

    enrollment = models.ForeignKey(Enrollment, on_delete=models.CASCADE, related_name="quiz_attempts")
    quiz = models.ForeignKey("cursos.QuizPage", on_delete=models.CASCADE, related_name="attempts")
    revision = models.ForeignKey("wagtailcore.Revision", on_delete=models.PROTECT, related_name="+")
    number = models.PositiveSmallIntegerField(_("intento n.º"))
    # The draw: [{"id": question block id, "order": [choice/item ids as shown]}].
    questions = models.JSONField(default=list)
    # {question block id: the learner's response}, as saved so far.
    responses = models.JSONField(default=dict)
    # {question block id: {"points": "1.00", "max_points": "1.00", "feedback": "<p>…</p>"}}.
    results = models.JSONField(default=dict)
    status = models.CharField(
        _("estado"), max_length=20, choices=AttemptStatus.choices, default=AttemptStatus.IN_PROGRESS
    )
    started_at = models.DateTimeField(_("comenzado"), auto_now_add=True)
    deadline = models.DateTimeField(_("límite"), null=True, blank=True)
    saved_at = models.DateTimeField(_("guardado"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("entregado"), null=True, blank=True)
    score = models.DecimalField(_("puntaje"), max_digits=8, decimal_places=2, null=True, blank=True)
    max_score = models.DecimalField(
        _("puntaje máximo"), max_digits=8, decimal_places=2, null=True, blank=True
    )
    passed = models.BooleanField(_("aprobado"), null=True, blank=True)

    class Meta:
        verbose_name = _("intento de cuestionario")
        verbose_name_plural = _("intentos de cuestionarios")
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(
                fields=["enrollment", "quiz"],
                condition=Q(status="in_progress"),
                name="one_open_attempt_per_quiz",
            ),
            models.UniqueConstraint(fields=["enrollment", "quiz", "number"], name="attempt_numbers_unique"),
            models.CheckConstraint(
                condition=Q(status="in_progress") | Q(submitted_at__isnull=False),
                name="closed_attempt_has_submission_time",
            ),
        ]

    def __str__(self):
        return f"{self.enrollment_id}: {self.quiz_id} #{self.number}"


def private_storage():
    """Files that only permission-checked views may serve (certificate PDFs)."""
    from django.core.files.storage import storages

    return storages["private"]


def certificate_pdf_path(certificate, filename: str) -> str:
    # Deterministic: a re-run after a crash overwrites its own file instead of
    # leaving a second one behind.
    return f"certificados/{certificate.uuid}.pdf"


class CertificateStatus(models.TextChoices):
    VALID = "valid", _("Válido")
    REVOKED = "revoked", _("Revocado")
    SUPERSEDED = "superseded", _("Reemplazado")


class Certificate(models.Model):
    """What was certified, frozen when it was issued: later changes to the course or
    the learner's name never alter it; a correction issues a new certificate that
    supersedes this one."""

    enrollment = models.ForeignKey(
        Enrollment, on_delete=models.PROTECT, related_name="certificates", verbose_name=_("inscripción")
    )
    # Random, for URLs that must not be guessable; the code is for people to type.
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    code = models.CharField(_("código"), max_length=19, unique=True)
    holder_name = models.CharField(_("titular"), max_length=FULL_NAME_MAX_LENGTH)
    course_title = models.CharField(_("curso"), max_length=255)
    institution_name = models.CharField(_("institución"), max_length=255)
    # The cohort the course was taken in, by name ("Cohorte 2026 · Cono Sur"); blank
    # for a course taken on one's own.
    edition = models.CharField(_("edición"), max_length=120, blank=True)
    hours = models.PositiveSmallIntegerField(_("horas"))
    completed_on = models.DateField(_("completado el"))
    language = models.CharField(_("idioma"), max_length=5, choices=settings.LANGUAGES)
    issued_at = models.DateTimeField(_("emitido"), default=timezone.now)
    valid_until = models.DateField(_("válido hasta"), null=True, blank=True)
    status = models.CharField(
        _("estado"), max_length=12, choices=CertificateStatus.choices, default=CertificateStatus.VALID
    )
    revoked_at = models.DateTimeField(_("revocado"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("revocado por"),
    )
    revocation_reason = models.TextField(_("motivo de la revocación"), blank=True)
    superseded_by = models.OneToOneField(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="supersedes",
        verbose_name=_("reemplazado por"),
    )
    superseded_at = models.DateTimeField(_("reemplazado"), null=True, blank=True)
    reissued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("reemitido por"),
    )
    reissue_reason = models.TextField(_("motivo de la reemisión"), blank=True)
    pdf = models.FileField(_("PDF"), storage=private_storage, upload_to=certificate_pdf_path, blank=True)
    # The signed Open Badges 3.0 credential, exactly as issued and served.
    credential = models.JSONField(_("credencial"), default=dict, blank=True)
    status_list = models.PositiveIntegerField(_("lista de estado"))
    status_index = models.PositiveIntegerField(_("posición en la lista de estado"))
    email_sent_at = models.DateTimeField(_("correo enviado"), null=True, blank=True)
    # Set when the holder deleted their account: the name, PDF and signed credential
    # are gone from our side; the page still verifies the code (docs/privacy.md).
    holder_erased_at = models.DateTimeField(_("datos del titular eliminados"), null=True, blank=True)

    # Wagtail's reference index tracks which content uses which (the admin's "usage"
    # views). A certificate is a record, not content, and indexing it cost queries on
    # each of the three saves of every certificate issued.
    wagtail_reference_index_ignore = True

    class Meta:
        verbose_name = _("certificado")
        verbose_name_plural = _("certificados")
        ordering = ["-issued_at"]
        constraints = [
            # Revoked still counts as current: the sweep must not issue a replacement.
            models.UniqueConstraint(
                fields=["enrollment"],
                condition=~Q(status="superseded"),
                name="one_current_certificate_per_enrollment",
            ),
            models.UniqueConstraint(
                fields=["status_list", "status_index"], name="one_certificate_per_status_bit"
            ),
            models.CheckConstraint(
                condition=Q(status__in=CertificateStatus.values), name="certificate_status_valid"
            ),
            models.CheckConstraint(
                condition=~Q(status="revoked") | Q(revoked_at__isnull=False),
                name="revoked_certificate_has_date",
            ),
            # The successor is linked in the same transaction, once it exists.
            models.CheckConstraint(
                condition=~Q(status="superseded") | Q(superseded_at__isnull=False),
                name="superseded_certificate_has_date",
            ),
            models.CheckConstraint(
                condition=~Q(holder_name="") | Q(holder_erased_at__isnull=False),
                name="certificate_holder_not_empty",
            ),
        ]

    def __str__(self):
        return f"{self.code} — {self.holder_name}"

    @property
    def is_expired(self) -> bool:
        return self.valid_until is not None and self.valid_until < timezone.localdate()

    @property
    def valid_through(self) -> datetime.datetime | None:
        """The last moment a certificate valid until a date is valid: that whole day,
        here (to the second, as the signed credential states it)."""
        if self.valid_until is None:
            return None
        return timezone.make_aware(datetime.datetime.combine(self.valid_until, datetime.time(23, 59, 59)))

    @property
    def display_status(self) -> str:
        """valid, expired, revoked or superseded: what the verification page says."""
        if self.status == CertificateStatus.VALID and self.is_expired:
            return "expired"
        return self.status


class CertificateTemplate(ClusterableModel):
    """How an institution's or a course's certificates look; a course's own template
    wins over its institution's."""

    institution = models.OneToOneField(
        "cursos.InstitutionPage",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="certificate_template",
        verbose_name=_("institución"),
    )
    course = models.OneToOneField(
        "cursos.CoursePage",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="certificate_template",
        verbose_name=_("curso"),
    )
    background = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("fondo"),
        help_text=_("A4 apaisado (297 × 210 mm); se ajusta a la página."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("logo"),
    )
    accent_color = models.CharField(
        _("color de acento"),
        max_length=7,
        default="#1f4e79",
        validators=[RegexValidator(r"^#[0-9a-fA-F]{6}$", _("Usa el formato #rrggbb, por ejemplo #1f4e79."))],
    )
    intro_es = models.CharField(_("introducción (español)"), max_length=200, blank=True)
    intro_pt = models.CharField(_("introducción (portugués)"), max_length=200, blank=True)
    intro_en = models.CharField(_("introducción (inglés)"), max_length=200, blank=True)
    body_es = models.TextField(_("texto (español)"), blank=True)
    body_pt = models.TextField(_("texto (portugués)"), blank=True)
    body_en = models.TextField(_("texto (inglés)"), blank=True)

    panels = [
        FieldPanel("institution"),
        FieldPanel("course"),
        MultiFieldPanel(
            [FieldPanel("background"), FieldPanel("logo"), FieldPanel("accent_color")], heading=_("Diseño")
        ),
        MultiFieldPanel(
            [FieldPanel("intro_es"), FieldPanel("intro_pt"), FieldPanel("intro_en")],
            heading=_("Introducción"),
            help_text=_("Vacío = texto estándar, p. ej. «Certificamos que»."),
        ),
        MultiFieldPanel(
            [FieldPanel("body_es"), FieldPanel("body_pt"), FieldPanel("body_en")],
            heading=_("Texto"),
            help_text=_("Vacío = texto estándar, p. ej. «completó el curso»."),
        ),
        InlinePanel("signatories", heading=_("Firmas"), label=_("firma"), max_num=3),
    ]

    class Meta:
        verbose_name = _("plantilla de certificado")
        verbose_name_plural = _("plantillas de certificado")
        constraints = [
            models.CheckConstraint(
                condition=Q(institution__isnull=True, course__isnull=False)
                | Q(institution__isnull=False, course__isnull=True),
                name="certificate_template_for_institution_or_course",
            ),
            models.CheckConstraint(
                condition=Q(accent_color__regex=r"^#[0-9a-fA-F]{6}$"), name="certificate_accent_is_hex"
            ),
        ]

    def __str__(self):
        owner = self.course or self.institution
        return str(owner.title) if owner else str(_("Plantilla sin asignar"))

    def clean(self):
        if bool(self.institution_id) == bool(self.course_id):
            raise ValidationError(_("Elige una institución o un curso (solo uno)."))

    def wording(self, language: str) -> tuple[str, str]:
        """(intro, body) in `language`, empty where the author left it blank."""
        suffix = field_suffix(language)
        return getattr(self, f"intro_{suffix}"), getattr(self, f"body_{suffix}")


class CertificateSignatory(Orderable):
    template = ParentalKey(CertificateTemplate, on_delete=models.CASCADE, related_name="signatories")
    name = models.CharField(_("nombre"), max_length=120)
    role = models.CharField(_("cargo"), max_length=160)
    signature = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("firma (imagen)"),
        help_text=_("PNG con fondo transparente."),
    )

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("signature")]

    def __str__(self):
        return f"{self.name} ({self.role})"


class QuizOverride(models.Model):
    """Staff's exception to a quiz's rules for one learner: more time, more attempts
    or a later close date. The quiz engine adds it to the quiz's own settings."""

    enrollment = models.ForeignKey(
        Enrollment, on_delete=models.CASCADE, related_name="quiz_overrides", verbose_name=_("inscripción")
    )
    quiz = models.ForeignKey(
        "cursos.QuizPage", on_delete=models.CASCADE, related_name="overrides", verbose_name=_("cuestionario")
    )
    extra_minutes = models.PositiveSmallIntegerField(
        _("minutos extra"), default=0, help_text=_("Se suman al tiempo límite de cada intento.")
    )
    extra_attempts = models.PositiveSmallIntegerField(_("intentos extra"), default=0)
    closes_at = models.DateTimeField(
        _("cierra el"), null=True, blank=True, help_text=_("Vacío = la fecha de cierre del cuestionario.")
    )
    reason = models.CharField(_("motivo"), max_length=300)
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("otorgada por"),
    )
    created_at = models.DateTimeField(_("creada"), auto_now_add=True)

    class Meta:
        verbose_name = _("excepción de cuestionario")
        verbose_name_plural = _("excepciones de cuestionario")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["enrollment", "quiz"], name="one_override_per_quiz_and_enrollment"
            ),
        ]

    def __str__(self):
        return f"{self.enrollment} — {self.quiz.title}"

    def clean(self):
        if self.enrollment_id and self.quiz_id and not self.quiz.path.startswith(self.enrollment.course.path):
            raise ValidationError({"quiz": _("El cuestionario no pertenece al curso de esta inscripción.")})
