"""W3C Data Integrity proofs with the `eddsa-rdfc-2022` cryptosuite.

hash data = SHA-256(RDFC-1.0 of the proof configuration) || SHA-256(RDFC-1.0 of the
document without its proof); the proof value is the Ed25519 signature of it, in
multibase base58btc. Canonicalisation is strict: a property or type that no shipped
context defines is an error instead of being dropped or turned into a made-up IRI,
because either would leave that part of the document unsigned or signed as
something else."""

import functools
import hashlib
import json
from collections.abc import Callable
from datetime import UTC, datetime

import base58
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pyld.jsonld import DEFAULT_BASE_IRI, JsonLdError, JsonLdProcessor

from .loader import LOADER, context_resolver

PROOF_TYPE = "DataIntegrityProof"
CRYPTOSUITE = "eddsa-rdfc-2022"
PROOF_PURPOSE = "assertionMethod"


class CanonicalizationError(ValueError):
    """The document cannot be canonicalised faithfully with the shipped contexts."""


class ProofError(Exception):
    """Why a proof does not verify; `code` is one of the constants below."""

    NO_PROOF = "no-proof"
    UNSUPPORTED = "unsupported"
    UNKNOWN_KEY = "unknown-key"
    UNREADABLE = "unreadable"
    BAD_SIGNATURE = "bad-signature"

    def __init__(self, code: str, detail: str = ""):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code


def xsd_datetime(moment: datetime) -> str:
    """UTC, whole seconds, trailing Z: the form the spec's examples and test vector use."""
    if moment.tzinfo is None:
        raise ValueError("Credential timestamps must be timezone-aware.")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def canonicalize(document: dict) -> str:
    """RDFC-1.0 (URDNA2015) canonical N-Quads of a JSON-LD document."""
    dropped: list[str | None] = []
    processor = JsonLdProcessor(on_property_dropped=dropped.append)
    try:
        nquads = processor.normalize(
            document,
            {
                "algorithm": "URDNA2015",
                "format": "application/n-quads",
                "documentLoader": LOADER,
                "contextResolver": context_resolver(),
            },
        )
    except JsonLdError as error:
        raise CanonicalizationError(str(error)) from error
    if dropped:
        raise CanonicalizationError(f"Properties no shipped context defines: {sorted(map(str, dropped))}")
    if DEFAULT_BASE_IRI in nquads:
        # pyld resolves an undefined type or relative IRI against this placeholder.
        raise CanonicalizationError(f"Terms no shipped context defines ({DEFAULT_BASE_IRI}…)")
    return nquads


def proof_configuration(document: dict, proof_options: dict) -> dict:
    """The proof options as a document of their own, in the document's context."""
    return {"@context": document["@context"], **proof_options}


def hash_data(document: dict, proof_options: dict) -> bytes:
    proof_hash = _proof_configuration_hash(
        json.dumps(proof_configuration(document, proof_options), sort_keys=True, ensure_ascii=False)
    )
    document_hash = hashlib.sha256(canonicalize(document).encode()).digest()
    return proof_hash + document_hash


# A proof configuration differs between credentials only in `created` (whole seconds)
# and the key: a cohort signed in the same second canonicalises it once. Keyed by its
# JSON, the canonical form being a function of the document and the shipped contexts.
@functools.lru_cache(maxsize=64)
def _proof_configuration_hash(configuration_json: str) -> bytes:
    return hashlib.sha256(canonicalize(json.loads(configuration_json)).encode()).digest()


def sign(document: dict, private_key: Ed25519PrivateKey, verification_method: str, created: datetime) -> dict:
    """A copy of `document` with a DataIntegrityProof. The document must not carry one yet."""
    if "proof" in document:
        raise ValueError("The document is already signed.")
    proof = {
        "type": PROOF_TYPE,
        "cryptosuite": CRYPTOSUITE,
        "created": xsd_datetime(created),
        "verificationMethod": verification_method,
        "proofPurpose": PROOF_PURPOSE,
    }
    signature = private_key.sign(hash_data(document, proof))
    proof["proofValue"] = "z" + base58.b58encode(signature).decode("ascii")
    # A list: the Open Badges 3.0 schema accepts `proof` only as an array.
    return {**document, "proof": [proof]}


def check(document: dict, resolve_public_key: Callable[[str], Ed25519PublicKey | None]) -> None:
    """Raise ProofError unless `document` carries exactly one valid proof of ours.

    `resolve_public_key(verification_method)` returns the key, or None if unknown."""
    proofs = document.get("proof")
    if isinstance(proofs, dict):
        proofs = [proofs]
    if not proofs or not isinstance(proofs, list):
        raise ProofError(ProofError.NO_PROOF)
    if len(proofs) != 1 or not isinstance(proofs[0], dict):
        raise ProofError(ProofError.UNSUPPORTED, "exactly one proof expected")
    options = dict(proofs[0])
    proof_value = options.pop("proofValue", None)
    if (
        options.get("type") != PROOF_TYPE
        or options.get("cryptosuite") != CRYPTOSUITE
        or options.get("proofPurpose") != PROOF_PURPOSE
        or not isinstance(proof_value, str)
        or not proof_value.startswith("z")
    ):
        raise ProofError(ProofError.UNSUPPORTED)
    verification_method = options.get("verificationMethod")
    public_key = resolve_public_key(verification_method) if isinstance(verification_method, str) else None
    if public_key is None:
        raise ProofError(ProofError.UNKNOWN_KEY, str(verification_method))
    try:
        signature = base58.b58decode(proof_value[1:])
        unsigned = {key: value for key, value in document.items() if key != "proof"}
        data = hash_data(unsigned, options)
    except (ValueError, KeyError, TypeError) as error:  # CanonicalizationError is a ValueError
        raise ProofError(ProofError.UNREADABLE, str(error)) from error
    try:
        public_key.verify(signature, data)
    except InvalidSignature as error:
        raise ProofError(ProofError.BAD_SIGNATURE) from error


def verify(document: dict, resolve_public_key: Callable[[str], Ed25519PublicKey | None]) -> bool:
    try:
        check(document, resolve_public_key)
    except ProofError:
        return False
    return True
