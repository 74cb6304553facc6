"""The issuer: its public URLs, its profile and keys, and signing and verifying in its name.

Every URL is built from settings.SITE_URL. The paths are part of what is signed, so
they are Spanish-only (no language prefix) and must not change."""

from dataclasses import dataclass
from datetime import datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from . import dataintegrity
from .keys import all_keys, b64url_encode, current_key, find_key
from .loader import OB_V3, VC_V2

# Multikey verification methods are not defined by the two shipped contexts; these
# terms are the ones https://w3id.org/security/multikey/v1 defines, inline so the
# profile stays loadable without fetching anything.
_MULTIKEY_TERMS = {
    "Multikey": "https://w3id.org/security#Multikey",
    "controller": {"@id": "https://w3id.org/security#controller", "@type": "@id"},
    "publicKeyMultibase": {
        "@id": "https://w3id.org/security#publicKeyMultibase",
        "@type": "https://w3id.org/security#multibase",
    },
    "verificationMethod": {"@id": "https://w3id.org/security#verificationMethod", "@type": "@id"},
    "assertionMethod": {
        "@id": "https://w3id.org/security#assertionMethod",
        "@type": "@id",
        "@container": "@set",
    },
}


def issuer_url() -> str:
    return f"{settings.SITE_URL}/certificados/emisor.json"


def credential_url(code: str) -> str:
    return f"{settings.SITE_URL}/certificados/{code}.json"


def status_list_url(list_number: int) -> str:
    return f"{settings.SITE_URL}/certificados/estado/{list_number}.json"


def jwks_url() -> str:
    return f"{settings.SITE_URL}/.well-known/jwks.json"


def verification_method_url(kid: str) -> str:
    return f"{issuer_url()}#{kid}"


def issuer_name() -> str:
    return settings.CREDENTIAL_ISSUER_NAME


def issuer_profile() -> dict:
    """The issuer's Profile, with every key (current and rotated out) as a Multikey:
    a verifier dereferences a proof's verificationMethod to this document."""
    methods = [
        {
            "id": verification_method_url(key.kid),
            "type": "Multikey",
            "controller": issuer_url(),
            "publicKeyMultibase": key.multikey,
        }
        for key in all_keys()
    ]
    return {
        "@context": [VC_V2, OB_V3, _MULTIKEY_TERMS],
        "id": issuer_url(),
        "type": ["Profile"],
        "name": issuer_name(),
        "url": settings.SITE_URL,
        "verificationMethod": methods,
        # Rotated keys stay here too: credentials they signed are still assertions.
        "assertionMethod": [method["id"] for method in methods],
    }


def jwks() -> dict:
    """The same public keys as a JSON Web Key Set (RFC 8037 OKP keys)."""
    return {
        "keys": [
            {
                "kty": "OKP",
                "crv": "Ed25519",
                "x": b64url_encode(key.public_bytes),
                "kid": key.kid,
                "use": "sig",
            }
            for key in all_keys()
        ]
    }


def sign_as_issuer(document: dict, created: datetime) -> dict:
    key = current_key()
    return dataintegrity.sign(document, key.private_key, verification_method_url(key.kid), created)


def _resolve_public_key(verification_method: str) -> Ed25519PublicKey | None:
    prefix = issuer_url() + "#"
    if not verification_method.startswith(prefix):
        return None
    key = find_key(verification_method.removeprefix(prefix))
    return key.public_key if key else None


@dataclass(frozen=True)
class Verification:
    ok: bool
    # A lazily translated Spanish msgid: shown in the language of whoever reads it.
    reason: str


_REASONS = {
    dataintegrity.ProofError.NO_PROOF: _("El documento no está firmado."),
    dataintegrity.ProofError.UNSUPPORTED: _("La firma no es del tipo que emite esta red."),
    dataintegrity.ProofError.UNKNOWN_KEY: _("La firma no corresponde a ninguna clave de esta red."),
    dataintegrity.ProofError.UNREADABLE: _("El documento no se puede leer como credencial."),
    dataintegrity.ProofError.BAD_SIGNATURE: _("La firma no es válida: el documento fue modificado."),
}


def verify_credential(document: dict) -> Verification:
    """Check the signature with any key the issuer has ever used and still lists.

    Only the signature: expiry and revocation are the caller's to check."""
    if not isinstance(document, dict):
        return Verification(False, _REASONS[dataintegrity.ProofError.UNREADABLE])
    issuer = document.get("issuer")
    if (issuer.get("id") if isinstance(issuer, dict) else issuer) != issuer_url():
        return Verification(False, _("El documento no fue emitido por esta red."))
    try:
        dataintegrity.check(document, _resolve_public_key)
    except dataintegrity.ProofError as error:
        return Verification(False, _REASONS[error.code])
    return Verification(True, _("La firma es válida."))
