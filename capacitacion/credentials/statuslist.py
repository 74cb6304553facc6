"""W3C Bitstring Status List: which certificates of a list are revoked.

Each certificate owns one bit (its status index) in one list; the list is published as
a signed BitstringStatusListCredential. Per the spec, index 0 is the left-most bit,
i.e. the most significant bit of the first byte, and the bitstring is GZIP-compressed,
then multibase-encoded as base64url without padding (prefix "u")."""

import base64
import gzip
from collections.abc import Iterable

from django.utils import timezone

from .dataintegrity import xsd_datetime
from .issuer import issuer_url, sign_as_issuer, status_list_url
from .loader import VC_V2

# The spec's minimum size (16 KiB), which also gives herd privacy: one list fetch
# does not reveal which of 131,072 certificates a verifier is looking at.
STATUS_LIST_SIZE = 131072
REVOCATION = "revocation"


def status_entry(list_number: int, index: int) -> dict:
    """The credentialStatus of the certificate at `index` in list `list_number`."""
    _check_index(index)
    list_url = status_list_url(list_number)
    return {
        # The Open Badges schema requires an id; the W3C spec leaves it free.
        "id": f"{list_url}#{index}",
        "type": "BitstringStatusListEntry",
        "statusPurpose": REVOCATION,
        # A string holding a base-10 integer, as the W3C spec defines it.
        "statusListIndex": str(index),
        "statusListCredential": list_url,
    }


def encode_bitstring(set_indexes: Iterable[int]) -> str:
    bits = bytearray(STATUS_LIST_SIZE // 8)
    for index in set_indexes:
        _check_index(index)
        bits[index // 8] |= 0x80 >> (index % 8)
    # mtime=0 keeps the output a function of the bits alone.
    compressed = gzip.compress(bytes(bits), mtime=0)
    return "u" + base64.urlsafe_b64encode(compressed).rstrip(b"=").decode("ascii")


def decode_bitstring(encoded: str) -> bytes:
    if not encoded.startswith("u"):
        raise ValueError("The status list is not multibase base64url.")
    text = encoded[1:]
    return gzip.decompress(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)))


def status_list_credential(list_number: int, revoked_indexes: Iterable[int]) -> dict:
    """The signed BitstringStatusListCredential for list `list_number`, as of now."""
    list_url = status_list_url(list_number)
    now = timezone.now()
    document = {
        "@context": [VC_V2],
        "id": list_url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer_url(),
        "validFrom": xsd_datetime(now),
        "credentialSubject": {
            "id": f"{list_url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": REVOCATION,
            "encodedList": encode_bitstring(revoked_indexes),
        },
    }
    return sign_as_issuer(document, now)


def is_revoked(status_list_doc: dict, index: int) -> bool:
    """Whether bit `index` is set in a revocation status list (signature not checked here)."""
    _check_index(index)
    subject = status_list_doc["credentialSubject"]
    if subject.get("statusPurpose") != REVOCATION:
        raise ValueError("Not a revocation status list.")
    bits = decode_bitstring(subject["encodedList"])
    return bool(bits[index // 8] & (0x80 >> (index % 8)))


def _check_index(index: int) -> None:
    if not 0 <= index < STATUS_LIST_SIZE:
        raise ValueError(f"Status index {index} outside 0..{STATUS_LIST_SIZE - 1}.")
