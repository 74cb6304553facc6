"""The issuer's Ed25519 keys.

`CREDENTIAL_SIGNING_KEYS` holds comma-separated `kid:base64url(32-byte seed)` entries.
The first one signs; the others only verify credentials signed before a rotation,
so certificates already handed out stay verifiable. In development, with the setting
empty, the keys come from `CREDENTIAL_KEYS_FILE` (written by `ensure_demo_key()`)."""

import base64
import functools
import os
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import base58
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

# The kid becomes a URL fragment (`…/emisor.json#<kid>`) and a JWKS "kid".
_KID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
# Multicodec prefix of an Ed25519 public key (varint 0xed), as Multikey requires.
_ED25519_PUB_MULTICODEC = b"\xed\x01"


@dataclass(frozen=True)
class SigningKey:
    kid: str
    private_key: Ed25519PrivateKey

    @functools.cached_property
    def public_bytes(self) -> bytes:
        return self.private_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

    @property
    def public_key(self) -> Ed25519PublicKey:
        return self.private_key.public_key()

    @property
    def multikey(self) -> str:
        return public_key_multibase(self.public_bytes)


def public_key_multibase(public_bytes: bytes) -> str:
    """Multikey encoding: `z` + base58btc(0xed01 + 32-byte public key)."""
    return "z" + base58.b58encode(_ED25519_PUB_MULTICODEC + public_bytes).decode("ascii")


def _b64url_decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def b64url_encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


@functools.lru_cache(maxsize=8)
def parse_keys(raw: str) -> tuple[SigningKey, ...]:
    """Parse the setting's format; cached, so signing does not re-derive keys."""
    keys = []
    for entry in (item.strip() for item in raw.split(",")):
        if not entry:
            continue
        kid, sep, seed_text = entry.partition(":")
        if not sep or not _KID.match(kid):
            raise ImproperlyConfigured(
                "CREDENTIAL_SIGNING_KEYS: each entry is kid:base64url-seed, kid of letters, digits, . _ -"
            )
        try:
            seed = _b64url_decode(seed_text.strip())
        except ValueError as error:
            raise ImproperlyConfigured(f"CREDENTIAL_SIGNING_KEYS: the key {kid} is not base64url") from error
        if len(seed) != 32:
            raise ImproperlyConfigured(
                f"CREDENTIAL_SIGNING_KEYS: the key {kid} must be a 32-byte Ed25519 seed"
            )
        if any(key.kid == kid for key in keys):
            raise ImproperlyConfigured(f"CREDENTIAL_SIGNING_KEYS: the kid {kid} appears twice")
        keys.append(SigningKey(kid=kid, private_key=Ed25519PrivateKey.from_private_bytes(seed)))
    return tuple(keys)


def _keys_file() -> Path | None:
    path = getattr(settings, "CREDENTIAL_KEYS_FILE", None)
    return Path(path) if path else None


def _raw_keys() -> str:
    raw = settings.CREDENTIAL_SIGNING_KEYS.strip()
    if raw:
        return raw
    path = _keys_file()
    if path and path.exists():
        return path.read_text(encoding="ascii").strip()
    return ""


def all_keys() -> tuple[SigningKey, ...]:
    """Every configured key, the current one first. Empty when none is configured."""
    return parse_keys(_raw_keys())


def current_key() -> SigningKey:
    keys = all_keys()
    if not keys:
        raise ImproperlyConfigured(
            "No credential signing key: set CREDENTIAL_SIGNING_KEYS (see docs/deploy.md); "
            "in development `manage.py seed_demo` writes one to var/credential-keys."
        )
    return keys[0]


def find_key(kid: str) -> SigningKey | None:
    return next((key for key in all_keys() if key.kid == kid), None)


def generate_key_line() -> str:
    """A fresh `kid:seed` entry for CREDENTIAL_SIGNING_KEYS; the kid says when it was made.

    Needs no Django settings, so it can run before any are configured."""
    kid = f"{datetime.now(UTC):%Y%m%d}-{secrets.token_hex(3)}"
    return f"{kid}:{b64url_encode(secrets.token_bytes(32))}"


def ensure_demo_key() -> Path | None:
    """Create the development key file if nothing provides a key yet.

    Returns the file written, or None when keys are already configured or when these
    settings name no key file (production: the key must come from the environment)."""
    path = _keys_file()
    if settings.CREDENTIAL_SIGNING_KEYS.strip() or path is None or path.exists():
        return None
    path.parent.mkdir(parents=True, exist_ok=True)
    # Written owner-read-only from the start: the seed is a private key.
    with open(path, "x", encoding="ascii", opener=lambda p, flags: os.open(p, flags, 0o600)) as f:
        f.write(generate_key_line() + "\n")
    return path
