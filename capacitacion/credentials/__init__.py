"""Signed Open Badges 3.0 credentials: pure functions, no models, no views.

Everything other code needs is exported here; see each module for the details."""

from .issuer import (
    Verification,
    credential_url,
    issuer_profile,
    issuer_url,
    jwks,
    jwks_url,
    status_list_url,
    verify_credential,
)
from .keys import ensure_demo_key, generate_key_line
from .openbadges import CredentialData, issue_credential
from .statuslist import STATUS_LIST_SIZE, is_revoked, status_list_credential

__all__ = [
    "STATUS_LIST_SIZE",
    "CredentialData",
    "Verification",
    "credential_url",
    "ensure_demo_key",
    "generate_key_line",
    "is_revoked",
    "issue_credential",
    "issuer_profile",
    "issuer_url",
    "jwks",
    "jwks_url",
    "status_list_credential",
    "status_list_url",
    "verify_credential",
]
