"""Open Badges 3.0 credentials (W3C VC 2.0) for course certificates.

The credential says who earned what, from whom, and when, and nothing that would
expose the learner: the subject is a pseudonymous `urn:uuid:` and the email appears
only as a salted SHA-256 hash, which lets someone who already knows the address
confirm it without anyone being able to read it."""

import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from aula.languages import bcp47

from .dataintegrity import xsd_datetime
from .issuer import credential_url, issuer_name, issuer_url, sign_as_issuer
from .loader import OB_V3, VC_V2
from .statuslist import status_entry


@dataclass(frozen=True)
class CredentialData:
    """The certificate's snapshot, as the credential states it.

    `certificate_uuid` is the certificate's private identity (it addresses the PDF);
    it is deliberately left out of the public credential, whose id is the code's URL."""

    code: str
    certificate_uuid: uuid.UUID
    holder_name: str
    email: str
    salt: str
    subject_uuid: uuid.UUID
    course_title: str
    course_description: str
    course_url: str
    institution_name: str
    institution_url: str
    hours: int | None
    language: str
    issued_on: datetime
    valid_until: datetime | None
    status_list: int
    status_index: int


def email_identity_hash(email: str, salt: str) -> str:
    """OB 3.0 IdentityHash: `sha256$` + hex SHA-256 of the UTF-8 identity followed by the salt.

    The address is stripped and lower-cased first, so anyone checking it gets the same
    hash whatever case they type it in."""
    identity = email.strip().lower()
    return "sha256$" + hashlib.sha256((identity + salt).encode("utf-8")).hexdigest()


def _criteria_narrative(data: CredentialData) -> str:
    with translation.override(data.language):
        text = _(
            "Completó el curso «%(course)s» de %(institution)s y cumplió sus requisitos de aprobación."
        ) % {
            "course": data.course_title,
            "institution": data.institution_name,
        }
        if data.hours:
            text += " " + ngettext(
                "Carga horaria: %(hours)d hora.", "Carga horaria: %(hours)d horas.", data.hours
            ) % {"hours": data.hours}
    return text


def build_credential(data: CredentialData) -> dict:
    """The unsigned OpenBadgeCredential."""
    if not data.salt:
        raise ValueError("An unsalted email hash could be reversed by trying addresses.")
    achievement = {
        "id": data.course_url,
        "type": ["Achievement"],
        "achievementType": "CertificateOfCompletion",
        "name": data.course_title,
        "description": data.course_description,
        "criteria": {"narrative": _criteria_narrative(data)},
        "creator": {
            "id": data.institution_url,
            "type": ["Profile"],
            "name": data.institution_name,
            "url": data.institution_url,
        },
        "inLanguage": bcp47(data.language),  # the form the OB schema's pattern accepts
    }
    if data.hours is not None:
        # OB 3.0 has no "duration" field. creditsAvailable is defined as the "credit
        # hours associated with this entity" (a number in the schema), so the course's
        # hours go here; the criteria narrative repeats them for people.
        achievement["creditsAvailable"] = data.hours
    credential = {
        "@context": [VC_V2, OB_V3],
        "id": credential_url(data.code),
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": data.course_title,
        "issuer": {
            "id": issuer_url(),
            "type": ["Profile"],
            "name": issuer_name(),
            "url": settings.SITE_URL,
        },
        "validFrom": xsd_datetime(data.issued_on),
        "credentialSubject": {
            "id": f"urn:uuid:{data.subject_uuid}",
            "type": ["AchievementSubject"],
            "name": data.holder_name,
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityHash": email_identity_hash(data.email, data.salt),
                    "identityType": "emailAddress",
                    "hashed": True,
                    "salt": data.salt,
                }
            ],
            "achievement": achievement,
        },
        # One object, not a list: the OB 3.0 schema accepts nothing else.
        "credentialStatus": status_entry(data.status_list, data.status_index),
    }
    if data.valid_until is not None:
        if data.valid_until <= data.issued_on:
            raise ValueError("A credential cannot expire before it is issued.")
        credential["validUntil"] = xsd_datetime(data.valid_until)
    return credential


def issue_credential(data: CredentialData) -> dict:
    """The signed credential. The proof's `created` is the issue time, so issuing the
    same snapshot again with the same key yields the same bytes (Ed25519 is
    deterministic): a retried task cannot produce a second, different credential."""
    return sign_as_issuer(build_credential(data), data.issued_on)
