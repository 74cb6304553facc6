"""Enrol a list of people into a cohort at once (a CSV uploaded by staff).

Each row is applied in its own transaction: a row is either fully applied (account,
profile, enrolment) or not at all, and a bad row never stops the others. People
who get a new account are invited, after the commit, to set their password through
allauth's password-reset link; everyone else hears about the enrolment through the
usual enrolment notification."""

import csv
import io
import logging
import smtplib
import unicodedata
from dataclasses import dataclass

from allauth.account.forms import default_token_generator
from allauth.account.models import EmailAddress
from allauth.account.utils import user_pk_to_url_str
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from capacitacion.forms import has_control_characters
from capacitacion.models import (
    FULL_NAME_MAX_LENGTH,
    Cohort,
    Enrollment,
    EnrollmentStatus,
    LearnerProfile,
    LearnerRole,
    clean_full_name,
)
from capacitacion.services.enrollment import EnrollmentError, enroll
from cursos.models import Country

logger = logging.getLogger(__name__)

MAX_ROWS = 5000
MAX_FILE_BYTES = 2 * 1024 * 1024
CITY_MAX_LENGTH = LearnerProfile._meta.get_field("city").max_length
EMAIL_MAX_LENGTH = min(254, get_user_model()._meta.get_field("username").max_length)

# Accepted header names, compared without case, accents or surrounding spaces.
HEADERS = {
    "email": {"email", "e-mail", "correo", "correo electronico", "mail"},
    "full_name": {"full name", "nombre completo", "nombre", "nome completo"},
    "city": {"city", "ciudad", "cidade"},
    "country": {"country", "pais"},
}


class BulkFileError(Exception):
    """The file as a whole cannot be read; nothing was applied."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class RowError(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class BulkRow:
    number: int  # the row in the spreadsheet; the header is row 1
    email: str
    full_name: str
    city: str
    country: str


@dataclass(frozen=True)
class RowReport:
    number: int
    email: str
    outcome: str
    ok: bool


def normalise(text: str) -> str:
    """Lower case, no accents, single spaces: "  País " -> "pais"."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(bare.replace("_", " ").casefold().split())


def read_rows(data: bytes) -> list[BulkRow]:
    """Parse an uploaded CSV (UTF-8, with or without BOM; comma, semicolon or tab)."""
    if len(data) > MAX_FILE_BYTES:
        raise BulkFileError(_("El archivo supera el máximo de 2 MB."))
    try:
        if b"\x00" in data:
            raise UnicodeDecodeError("utf-8", data, 0, 1, "NUL byte")
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BulkFileError(
            _("El archivo no es un CSV en UTF-8. Guárdalo como «CSV UTF-8» e inténtalo de nuevo.")
        ) from None
    first_line = text.split("\n", 1)[0]
    try:
        delimiter = csv.Sniffer().sniff(first_line, delimiters=",;\t").delimiter
    except csv.Error:
        delimiter = ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        columns = _columns(next(reader, []))
        rows = []
        for number, record in enumerate(reader, start=2):
            if not any(cell.strip() for cell in record):
                continue
            if len(rows) == MAX_ROWS:
                raise BulkFileError(
                    _("El archivo tiene más de %(max)s filas. Divídelo en varios archivos.")
                    % {"max": MAX_ROWS}
                )
            values = {
                field: record[index].strip() if index < len(record) else ""
                for field, index in columns.items()
            }
            rows.append(BulkRow(number=number, **values))
    except csv.Error as error:
        raise BulkFileError(_("El archivo no es un CSV válido: %(error)s") % {"error": error}) from None
    if not rows:
        raise BulkFileError(_("El archivo no tiene filas para inscribir."))
    return rows


def _columns(header: list[str]) -> dict[str, int]:
    found = {}
    for index, name in enumerate(header):
        for field, names in HEADERS.items():
            if normalise(name) in names and field not in found:
                found[field] = index
    if len(found) < len(HEADERS):
        raise BulkFileError(
            _(
                "La primera fila debe tener los títulos de las columnas: "
                "email, nombre completo, ciudad, país (o email, full name, city, country)."
            )
        )
    return found


def country_lookup() -> dict[str, str]:
    """Country code by code or by name in any of the site's languages."""
    lookup = {}
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            lookup.update({normalise(str(label)): code for code, label in Country.choices})
    lookup.update({normalise(code): code for code in Country.values})
    return lookup


def bulk_enrol(cohort: Cohort, rows: list[BulkRow], by) -> list[RowReport]:
    """Enrol each row's person into `cohort`, as staff member `by`. Returns one
    report per row, in order."""
    countries = country_lookup()
    first_row_by_email: dict[str, int] = {}
    invited: list[int] = []
    reports = []
    for row in rows:
        email = row.email.strip()
        key = email.casefold()
        if key and key in first_row_by_email:
            message = _("Correo repetido: ya aparece en la fila %(row)s.") % {"row": first_row_by_email[key]}
            reports.append(RowReport(row.number, email, message, ok=False))
            continue
        if key:
            first_row_by_email[key] = row.number
        try:
            with transaction.atomic():
                outcome, new_user = _apply_row(cohort, row, by, countries)
        except (RowError, EnrollmentError) as error:
            reports.append(RowReport(row.number, email, error.message, ok=False))
        except IntegrityError:
            # Someone changed the same account at the same moment; the row is undone.
            logger.warning("Bulk enrolment row %s for cohort %s hit a conflict", row.number, cohort.pk)
            message = _("Otra operación cambió esta cuenta al mismo tiempo; vuelve a subir esta fila.")
            reports.append(RowReport(row.number, email, message, ok=False))
        else:
            reports.append(RowReport(row.number, email, outcome, ok=True))
            if new_user is not None:
                invited.append(new_user.pk)
    if invited:
        cohort_id = cohort.pk
        transaction.on_commit(lambda: _queue_invitations(cohort_id, invited))
    return reports


def _apply_row(cohort: Cohort, row: BulkRow, by, countries: dict[str, str]):
    email = _valid_email(row.email)
    full_name = _valid_name(row.full_name)
    city = " ".join(row.city.split())
    if not city:
        raise RowError(_("Falta la ciudad."))
    if len(city) > CITY_MAX_LENGTH:
        raise RowError(_("La ciudad tiene más de %(max)s caracteres.") % {"max": CITY_MAX_LENGTH})
    country = countries.get(normalise(row.country))
    if country is None:
        raise RowError(
            _("País desconocido: «%(country)s». Usa el código (AR, BR…) o el nombre.")
            % {"country": row.country}
        )

    user, created = _find_or_create_user(email)
    if not LearnerProfile.objects.filter(user=user).exists():
        LearnerProfile.objects.create(
            user=user,
            full_name=full_name,
            role=LearnerRole.OTHER,
            city=city,
            country=country,
            preferred_language="pt-br" if country == Country.BR else settings.LANGUAGE_CODE,
            accepted_terms_at=None,  # they accept when they first sign in
        )
    previous = (
        Enrollment.objects.filter(user=user, course=cohort.course)
        .exclude(status=EnrollmentStatus.WITHDRAWN)
        .select_related("cohort")
        .first()
    )
    if previous is not None:
        return _already_enrolled(previous, cohort), None
    enrollment = enroll(user=user, course=cohort.course, cohort=cohort, enrolled_by=by).enrollment
    waiting = enrollment.status == EnrollmentStatus.WAITLISTED
    if created:
        outcome = _("creada y en lista de espera") if waiting else _("creada y inscripta")
    else:
        outcome = _("en lista de espera") if waiting else _("inscripta")
    return outcome, user if created else None


def _already_enrolled(enrollment: Enrollment, cohort: Cohort) -> str:
    if enrollment.cohort_id != cohort.pk:
        other = enrollment.cohort.name if enrollment.cohort else _("sin cohorte")
        return _("ya tenía una inscripción en otra cohorte de este curso: %(cohort)s") % {"cohort": other}
    if enrollment.status in {EnrollmentStatus.ACTIVE, EnrollmentStatus.COMPLETED}:
        return _("ya estaba inscripta")
    return _("ya tenía una inscripción: %(status)s") % {"status": enrollment.get_status_display()}


def _valid_email(value: str) -> str:
    email = value.strip()
    if not email:
        raise RowError(_("Falta el correo."))
    if len(email) > EMAIL_MAX_LENGTH:
        raise RowError(_("El correo tiene más de %(max)s caracteres.") % {"max": EMAIL_MAX_LENGTH})
    try:
        validate_email(email)
    except ValidationError:
        raise RowError(_("El correo no es válido.")) from None
    return email


def _valid_name(value: str) -> str:
    if has_control_characters(value):
        raise RowError(_("El nombre no puede contener caracteres de control."))
    name = clean_full_name(value)
    if not name:
        raise RowError(_("Falta el nombre completo."))
    if len(name) > FULL_NAME_MAX_LENGTH:
        raise RowError(_("El nombre tiene más de %(max)s caracteres.") % {"max": FULL_NAME_MAX_LENGTH})
    return name


def _find_or_create_user(email: str):
    User = get_user_model()
    matches = list(User.objects.filter(email__iexact=email)[:2]) or list(
        User.objects.filter(pk__in=EmailAddress.objects.filter(email__iexact=email).values("user_id"))[:2]
    )
    if len(matches) > 1:
        raise RowError(_("Hay más de una cuenta con este correo; resuélvelo antes de inscribirla."))
    if matches:
        if not matches[0].is_active:
            raise RowError(_("La cuenta con este correo está desactivada."))
        return matches[0], False
    username = email.lower()
    if User.objects.filter(username__iexact=username).exists():
        raise RowError(
            _("Ya existe una cuenta con el usuario %(username)s y otro correo.") % {"username": username}
        )
    user = User(username=username, email=username)
    user.set_unusable_password()
    user.save()
    EmailAddress.objects.create(user=user, email=username, primary=True, verified=False)
    return user, True


def _queue_invitations(cohort_id: int, user_ids: list[int]) -> None:
    from capacitacion.tasks import send_cohort_invitations

    send_cohort_invitations.delay(cohort_id, user_ids)


def send_invitations(cohort_id: int, user_ids: list[int]) -> int:
    """Email each new account a link to set its password. A failure is logged and
    does not stop the others: the person can still use "forgot password"."""
    cohort = Cohort.objects.select_related("course").get(pk=cohort_id)
    users = get_user_model().objects.filter(pk__in=user_ids).select_related("learner_profile")
    sent = 0
    try:
        with mail.get_connection() as connection:
            for user in users:
                try:
                    invitation_message(user, cohort, connection=connection).send()
                    sent += 1
                except (smtplib.SMTPException, OSError):
                    logger.exception("Could not send the invitation to user %s", user.pk)
    except (smtplib.SMTPException, OSError):
        logger.exception("Could not send the invitations for cohort %s", cohort_id)
    return sent


def password_setup_url(user) -> str:
    path = reverse(
        "account_reset_password_from_key",
        kwargs={"uidb36": user_pk_to_url_str(user), "key": default_token_generator.make_token(user)},
    )
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def invitation_message(user, cohort: Cohort, connection=None) -> mail.EmailMessage:
    profile = getattr(user, "learner_profile", None)
    language = profile.preferred_language if profile is not None else settings.LANGUAGE_CODE
    enrollment = Enrollment.objects.filter(user=user, course=cohort.course).first()
    with translation.override(language):
        values = {
            "name": profile.full_name if profile is not None else user.email,
            "course": cohort.course.title,
            "cohort": cohort.name,
            "date": date_format(cohort.starts_on, "DATE_FORMAT"),
            "link": password_setup_url(user),
            "email": user.email,
            "days": max(1, settings.PASSWORD_RESET_TIMEOUT // 86400),
            "reset": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("account_reset_password"),
            "site": settings.WAGTAIL_SITE_NAME,
        }
        paragraphs = [
            _("Hola, %(name)s:") % values,
            _("Te inscribimos en el curso «%(course)s» (%(cohort)s), que comienza el %(date)s.") % values,
        ]
        if enrollment is not None and enrollment.status == EnrollmentStatus.WAITLISTED:
            paragraphs.append(_("Por ahora estás en la lista de espera: te avisaremos cuando tengas lugar."))
        paragraphs += [
            _("Para entrar, define tu contraseña: %(link)s") % values,
            _(
                "Tu usuario es este correo (%(email)s). El enlace vence en %(days)s días; "
                "si venció, pide uno nuevo en %(reset)s"
            )
            % values,
            values["site"],
        ]
        subject = _("Te inscribimos en «%(course)s»") % values
    return mail.EmailMessage(
        subject=getattr(settings, "ACCOUNT_EMAIL_SUBJECT_PREFIX", "") + subject,
        body="\n\n".join(paragraphs) + "\n",
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[user.email],
        connection=connection,
        headers={"Auto-Submitted": "auto-generated"},
    )
