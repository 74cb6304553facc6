"""Enrol a list of people into a cohort at once (a CSV uploaded by staff).

Each row is applied in its own transaction: a row is either fully applied (account,
profile, enrolment, the emails it causes) or not at all, and a bad row never stops
the others. People who get a new account are invited to set their password through
allauth's password-reset link; everyone hears about the enrolment through the usual
enrolment notification. Both emails go through the outbox (capacitacion.notifications)."""

import csv
import io
import logging
import unicodedata
from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from capacitacion.forms import has_control_characters
from capacitacion.models import (
    FULL_NAME_MAX_LENGTH,
    Cohort,
    Enrollment,
    EnrollmentStatus,
    LearnerProfile,
    LearnerRole,
    NotificationEvent,
    clean_full_name,
)
from capacitacion.notifications import notify
from capacitacion.services.enrollment import EnrollmentError, enroll
from cursos.models import Country

logger = logging.getLogger(__name__)

# Audit-log action of an upload (label in wagtail_hooks).
BULK_ENROL_ACTION = "aula.cohort.bulk_enrol"
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
    """Enrol each row's person into `cohort`, as staff member `by`, and log the upload.
    Returns one report per row, in order."""
    countries = country_lookup()
    first_row_by_email: dict[str, int] = {}
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
                outcome = _apply_row(cohort, row, by, countries)
        except (RowError, EnrollmentError) as error:
            reports.append(RowReport(row.number, email, error.message, ok=False))
        except IntegrityError:
            # Someone changed the same account at the same moment; the row is undone.
            logger.warning("Bulk enrolment row %s for cohort %s hit a conflict", row.number, cohort.pk)
            message = _("Otra operación cambió esta cuenta al mismo tiempo; vuelve a subir esta fila.")
            reports.append(RowReport(row.number, email, message, ok=False))
        else:
            reports.append(RowReport(row.number, email, outcome, ok=True))
    applied = sum(report.ok for report in reports)
    log(
        cohort,
        BULK_ENROL_ACTION,
        user=by,
        data={"rows": len(reports), "applied": applied, "failed": len(reports) - applied},
    )
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
        return _already_enrolled(previous, cohort)
    enrollment = enroll(user=user, course=cohort.course, cohort=cohort, enrolled_by=by).enrollment
    waiting = enrollment.status == EnrollmentStatus.WAITLISTED
    if created:
        # A new account cannot sign in yet: invite it to set its password.
        notify(enrollment, NotificationEvent.INVITED)
        return _("creada y en lista de espera") if waiting else _("creada y inscripta")
    return _("en lista de espera") if waiting else _("inscripta")


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
