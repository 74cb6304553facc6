"""Signed Open Badges 3.0 credentials: the signer, the credential, keys and status lists.

Everything here is pure computation: no database. Reference data (the spec's test
vector, the official schema) lives in tests/data/openbadges with its provenance."""

import base64
import copy
import gzip
import hashlib
import json
import os
import stat
import uuid
from datetime import UTC, datetime
from pathlib import Path

import base58
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from django.core.exceptions import ImproperlyConfigured
from jsonschema import Draft201909Validator

from capacitacion.credentials import (
    STATUS_LIST_SIZE,
    CredentialData,
    credential_url,
    dataintegrity,
    ensure_demo_key,
    generate_key_line,
    is_revoked,
    issue_credential,
    issuer_profile,
    issuer_url,
    jwks,
    loader,
    status_list_credential,
    status_list_url,
    verify_credential,
)
from capacitacion.credentials.keys import b64url_encode, public_key_multibase

DATA = Path(__file__).resolve().parent / "data" / "openbadges"
TEST_VECTOR = json.loads((DATA / "eddsa-rdfc-2022.json").read_text(encoding="utf-8"))
SCHEMA = json.loads((DATA / "achievementcredential.schema.json").read_text(encoding="utf-8"))

OLD_KEY = "k2025-old:" + b64url_encode(b"old-test-key-for-rotation-tests!")
NEW_KEY = "k2026-new:" + b64url_encode(b"new-test-key-for-rotation-tests!")

GUARANI_NAME = "Ẽrã Ĩñũ Ỹg̃uasu"  # g̃ is g + U+0303: no precomposed character exists


@pytest.fixture(autouse=True)
def only_shipped_contexts():
    """Every test starts with an empty context cache, so each one really goes through the
    loader, and fails if the loader was asked for anything that is not shipped."""
    loader.RESOLVED_CONTEXTS.clear()
    loader.LOADER.requested.clear()
    yield
    assert loader.LOADER.requested <= set(loader.SHIPPED_CONTEXTS)


@pytest.fixture(autouse=True)
def site(settings):
    """The URLs and issuer name the assertions spell out, whatever the environment says."""
    settings.SITE_URL = "http://127.0.0.1:8000"
    settings.CREDENTIAL_ISSUER_NAME = "Aula — Red de ciudades"


def credential_data(**changes) -> CredentialData:
    values = {
        "code": "7K3M-Q9XD-2HVA-PR4T",
        "certificate_uuid": uuid.UUID("0b7a6c1e-3f5d-4e2a-9c8b-1d2e3f4a5b6c"),
        "holder_name": "María José Ñandutí O'Connor",
        "email": "Maria.Nanduti@periodico.com.py",
        "salt": "3c9f1a7e52b04d68",
        "subject_uuid": uuid.UUID("5f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0"),
        "course_title": "Comunicación de riesgos para periodistas",
        "course_description": "Cómo informar antes, durante y después de un desastre.",
        "course_url": "http://127.0.0.1:8000/cursos/urp/comunicacion-de-riesgos/",
        "institution_name": "Universidad Regional del Plata",
        "institution_url": "http://127.0.0.1:8000/cursos/urp/",
        "hours": 24,
        "language": "es",
        "issued_on": datetime(2026, 3, 2, 14, 30, 5, tzinfo=UTC),
        "valid_until": datetime(2029, 3, 2, 14, 30, 5, tzinfo=UTC),
        "status_list": 0,
        "status_index": 4242,
    }
    values.update(changes)
    return CredentialData(**values)


def without_proof(document: dict) -> dict:
    return {key: value for key, value in document.items() if key != "proof"}


# --- the spec's test vector, byte for byte -------------------------------------------


def test_vector_canonical_document():
    expected = (DATA / "document-canon.nq").read_text(encoding="utf-8")
    assert dataintegrity.canonicalize(TEST_VECTOR["unsigned_credential"]) == expected


def test_vector_canonical_proof_configuration():
    expected = (DATA / "proof-canon.nq").read_text(encoding="utf-8")
    config = dataintegrity.proof_configuration(
        TEST_VECTOR["unsigned_credential"], TEST_VECTOR["proof_options"]
    )
    assert dataintegrity.canonicalize(config) == expected


def test_vector_hashes():
    data = dataintegrity.hash_data(TEST_VECTOR["unsigned_credential"], TEST_VECTOR["proof_options"])
    assert data[:32].hex() == TEST_VECTOR["expected_proof_hash"]
    assert data[32:].hex() == TEST_VECTOR["expected_document_hash"]


def test_vector_proof_value_and_verification():
    options = TEST_VECTOR["proof_options"]
    private_key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(TEST_VECTOR["secret_key_hex"]))
    signed = dataintegrity.sign(
        TEST_VECTOR["unsigned_credential"],
        private_key,
        options["verificationMethod"],
        datetime.fromisoformat(options["created"]),
    )
    (proof,) = signed["proof"]
    assert proof == {**options, "proofValue": TEST_VECTOR["expected_proof_value"]}
    assert dataintegrity.verify(signed, lambda method: private_key.public_key())


def test_multikey_encoding_matches_the_test_vector_key():
    """The vector's verification method ends in the key's own Multikey encoding."""
    private_key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(TEST_VECTOR["secret_key_hex"]))
    public_bytes = private_key.public_key().public_bytes_raw()
    fragment = TEST_VECTOR["proof_options"]["verificationMethod"].split("#")[1]
    assert public_key_multibase(public_bytes) == fragment


# --- issued credentials: schema and signature ----------------------------------------


@pytest.mark.parametrize(
    "changes",
    [
        {},
        {"hours": None, "valid_until": None},
        {"language": "pt-br", "holder_name": "João Conceição"},
        {"language": "en", "hours": 1, "status_list": 3, "status_index": STATUS_LIST_SIZE - 1},
    ],
    ids=["full", "no-hours-no-expiry", "portuguese", "english-last-index"],
)
def test_issued_credential_validates_against_the_official_schema_and_verifies(changes):
    credential = issue_credential(credential_data(**changes))

    Draft201909Validator.check_schema(SCHEMA)
    validator = Draft201909Validator(SCHEMA, format_checker=Draft201909Validator.FORMAT_CHECKER)
    errors = [f"{list(error.absolute_path)}: {error.message}" for error in validator.iter_errors(credential)]
    assert errors == []
    # What is published is JSON text: check the signature on a parsed copy of it.
    assert verify_credential(json.loads(json.dumps(credential))).ok


def test_credential_states_what_the_certificate_says():
    credential = issue_credential(credential_data())
    subject = credential["credentialSubject"]
    achievement = subject["achievement"]
    assert credential["id"] == credential_url("7K3M-Q9XD-2HVA-PR4T")
    assert credential["issuer"]["id"] == issuer_url() == "http://127.0.0.1:8000/certificados/emisor.json"
    assert credential["issuer"]["name"] == "Aula — Red de ciudades"
    assert credential["validFrom"] == "2026-03-02T14:30:05Z"
    assert credential["validUntil"] == "2029-03-02T14:30:05Z"
    assert subject["id"] == "urn:uuid:5f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0"
    assert subject["name"] == "María José Ñandutí O'Connor"
    assert achievement["name"] == "Comunicación de riesgos para periodistas"
    assert achievement["creditsAvailable"] == 24
    assert achievement["creator"]["name"] == "Universidad Regional del Plata"
    assert "24 horas" in achievement["criteria"]["narrative"]
    assert credential["credentialStatus"] == {
        "id": "http://127.0.0.1:8000/certificados/estado/0.json#4242",
        "type": "BitstringStatusListEntry",
        "statusPurpose": "revocation",
        "statusListIndex": "4242",
        "statusListCredential": status_list_url(0),
    }
    (proof,) = credential["proof"]
    assert proof["verificationMethod"] == f"{issuer_url()}#test-only-2026"
    assert proof["created"] == "2026-03-02T14:30:05Z"


def test_email_only_appears_as_a_salted_hash():
    data = credential_data(email="  Ana.Perez@Municipio.gov.py ")
    credential = issue_credential(data)
    text = json.dumps(credential, ensure_ascii=False).lower()
    assert "ana.perez" not in text and "municipio" not in text
    (identity,) = credential["credentialSubject"]["identifier"]
    assert identity["hashed"] is True
    assert identity["salt"] == data.salt
    # Anyone who knows the address can confirm it, typed in any case.
    expected = hashlib.sha256(("ana.perez@municipio.gov.py" + data.salt).encode()).hexdigest()
    assert identity["identityHash"] == f"sha256${expected}"


def test_issuing_the_same_snapshot_again_gives_the_same_bytes():
    assert json.dumps(issue_credential(credential_data())) == json.dumps(issue_credential(credential_data()))


def test_a_naive_issue_time_is_refused():
    with pytest.raises(ValueError):
        issue_credential(credential_data(issued_on=datetime(2026, 3, 2, 14, 30)))


# --- tampering ------------------------------------------------------------------------


def changed(value):
    """A plausible different value of the same kind."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return value + 1
    if isinstance(value, str) and value.isdigit():
        return str(int(value) + 1)
    if isinstance(value, str) and value[:4].isdigit() and value.endswith("Z"):
        return value.replace(value[:4], str(int(value[:4]) - 1), 1)
    return value + "x"


def leaf_paths(node, path=()):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from leaf_paths(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from leaf_paths(value, (*path, index))
    else:
        yield path


def tampered(document: dict, path: tuple) -> dict:
    document = copy.deepcopy(document)
    target = document
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = changed(target[path[-1]])
    return document


@pytest.mark.parametrize(
    "path",
    [
        ("credentialSubject", "name"),
        ("credentialSubject", "id"),
        ("credentialSubject", "achievement", "name"),
        ("credentialSubject", "achievement", "creditsAvailable"),
        ("credentialSubject", "achievement", "criteria", "narrative"),
        ("credentialSubject", "achievement", "creator", "name"),
        ("credentialSubject", "identifier", 0, "identityHash"),
        ("validFrom",),
        ("validUntil",),
        ("credentialStatus", "statusListIndex"),
        ("issuer", "name"),
        ("proof", 0, "created"),
    ],
)
def test_changing_a_field_breaks_the_signature(path):
    credential = issue_credential(credential_data())
    result = verify_credential(tampered(credential, path))
    assert not result.ok
    assert result.reason == "La firma no es válida: el documento fue modificado."


def test_changing_any_value_anywhere_fails_verification():
    credential = issue_credential(credential_data())
    # A changed @context URL is an unshipped one: see the loader tests.
    paths = [path for path in leaf_paths(credential) if path[-1] != "proofValue" and path[0] != "@context"]
    assert len(paths) >= 40
    still_valid = [path for path in paths if verify_credential(tampered(credential, path)).ok]
    assert still_valid == []


def test_adding_a_field_breaks_the_signature():
    credential = issue_credential(credential_data())
    credential["description"] = "Con honores."
    assert not verify_credential(credential).ok


def test_an_undefined_property_is_refused_not_silently_dropped():
    """A property no context defines would otherwise be left out of what is signed."""
    document = without_proof(issue_credential(credential_data()))
    document["credentialSubject"]["nota"] = 10
    with pytest.raises(dataintegrity.CanonicalizationError):
        dataintegrity.canonicalize(document)


def test_an_undefined_type_is_refused_not_signed_as_an_example_org_iri():
    document = without_proof(issue_credential(credential_data()))
    document["type"].append("DiplomaDeHonor")
    with pytest.raises(dataintegrity.CanonicalizationError):
        dataintegrity.canonicalize(document)


def test_an_unsigned_or_foreign_document_does_not_verify():
    credential = issue_credential(credential_data())
    assert verify_credential(without_proof(credential)).reason == "El documento no está firmado."
    foreign = {**credential, "issuer": {**credential["issuer"], "id": "https://otra-red.example/emisor"}}
    assert not verify_credential(foreign).ok


# --- canonical form and context loading -----------------------------------------------


def test_no_canonical_line_names_example_org():
    documents = [
        without_proof(issue_credential(credential_data())),
        without_proof(status_list_credential(0, [1])),
        issuer_profile(),
    ]
    for document in documents:
        lines = dataintegrity.canonicalize(document).splitlines()
        assert lines
        assert [line for line in lines if "example.org" in line] == []


def test_the_loader_refuses_an_unshipped_context_and_records_it():
    unknown = "https://w3id.org/security/data-integrity/v2"
    document = without_proof(issue_credential(credential_data()))
    document["@context"] = [*document["@context"], unknown]
    with pytest.raises(dataintegrity.CanonicalizationError):
        dataintegrity.canonicalize(document)
    assert unknown in loader.LOADER.requested
    # Asked for on purpose here; the fixture's check is for everything else.
    loader.LOADER.requested.discard(unknown)


def test_a_credential_needs_only_the_shipped_contexts():
    verify_credential(issue_credential(credential_data()))
    assert loader.LOADER.requested == {loader.VC_V2, loader.OB_V3}


# --- revocation -------------------------------------------------------------------------


def test_revocation_flips_the_status_list_bit():
    credential = issue_credential(credential_data(status_list=2, status_index=4242))
    entry = credential["credentialStatus"]
    index = int(entry["statusListIndex"])

    before = status_list_credential(2, [])
    after = status_list_credential(2, [index])

    assert before["id"] == after["id"] == entry["statusListCredential"]
    assert not is_revoked(before, index)
    assert is_revoked(after, index)
    assert not is_revoked(after, index - 1) and not is_revoked(after, index + 1)
    assert verify_credential(after).ok


def test_status_list_bits_are_msb_first_and_full_size():
    status_list = status_list_credential(0, [0, 9, STATUS_LIST_SIZE - 1])
    encoded = status_list["credentialSubject"]["encodedList"]
    # Decoded here by hand, as any verifier would: multibase "u", base64url, gzip.
    assert encoded.startswith("u")
    bits = gzip.decompress(base64.urlsafe_b64decode(encoded[1:] + "=" * (-len(encoded[1:]) % 4)))
    assert len(bits) * 8 == STATUS_LIST_SIZE == 131072
    assert bits[0] == 0b1000_0000  # index 0 is the left-most bit
    assert bits[1] == 0b0100_0000  # index 9: second byte, second bit
    assert bits[-1] == 0b0000_0001
    assert sum(bin(byte).count("1") for byte in bits) == 3


def test_status_list_credential_says_what_it_is():
    status_list = status_list_credential(5, [])
    assert status_list["id"] == status_list_url(5) == "http://127.0.0.1:8000/certificados/estado/5.json"
    assert status_list["type"] == ["VerifiableCredential", "BitstringStatusListCredential"]
    assert status_list["credentialSubject"]["type"] == "BitstringStatusList"
    assert status_list["credentialSubject"]["statusPurpose"] == "revocation"


def test_a_status_index_outside_the_list_is_refused():
    with pytest.raises(ValueError):
        issue_credential(credential_data(status_index=STATUS_LIST_SIZE))
    with pytest.raises(ValueError):
        status_list_credential(0, [-1])


# --- keys and rotation ------------------------------------------------------------------


def test_a_credential_signed_with_an_old_key_verifies_after_rotation(settings):
    settings.CREDENTIAL_SIGNING_KEYS = OLD_KEY
    old_credential = issue_credential(credential_data())

    settings.CREDENTIAL_SIGNING_KEYS = f"{NEW_KEY},{OLD_KEY}"
    new_credential = issue_credential(credential_data(code="AAAA-BBBB-CCCC-DDDD"))
    assert new_credential["proof"][0]["verificationMethod"].endswith("#k2026-new")
    assert verify_credential(old_credential).ok
    assert verify_credential(new_credential).ok
    assert [key["kid"] for key in jwks()["keys"]] == ["k2026-new", "k2025-old"]

    settings.CREDENTIAL_SIGNING_KEYS = NEW_KEY
    result = verify_credential(old_credential)
    assert not result.ok
    assert result.reason == "La firma no corresponde a ninguna clave de esta red."
    assert verify_credential(new_credential).ok


def test_the_issuer_profile_lets_an_outside_verifier_check_a_credential(settings):
    """Resolve the key the way a verifier does: from the profile's Multikey, by id."""
    settings.CREDENTIAL_SIGNING_KEYS = f"{NEW_KEY},{OLD_KEY}"
    credential = issue_credential(credential_data())
    profile = json.loads(json.dumps(issuer_profile()))
    methods = {method["id"]: method for method in profile["verificationMethod"]}
    assert set(profile["assertionMethod"]) == set(methods)

    def resolve(method_id: str) -> Ed25519PublicKey | None:
        method = methods.get(method_id)
        if method is None or method["controller"] != profile["id"]:
            return None
        decoded = base58.b58decode(method["publicKeyMultibase"][1:])
        assert decoded[:2] == b"\xed\x01"
        return Ed25519PublicKey.from_public_bytes(decoded[2:])

    assert dataintegrity.verify(credential, resolve)
    dataintegrity.canonicalize(profile)  # every term of the profile is defined


def test_jwks_publishes_the_public_key_only():
    (key,) = jwks()["keys"]
    assert key["kty"] == "OKP" and key["crv"] == "Ed25519" and key["kid"] == "test-only-2026"
    assert set(key) == {"kty", "crv", "x", "kid", "use"}


def test_no_key_configured_is_a_clear_configuration_error(settings):
    settings.CREDENTIAL_SIGNING_KEYS = ""
    settings.CREDENTIAL_KEYS_FILE = None
    with pytest.raises(ImproperlyConfigured, match="CREDENTIAL_SIGNING_KEYS"):
        issue_credential(credential_data())


@pytest.mark.parametrize("raw", ["no-colon", "bad kid:" + b64url_encode(bytes(32)), "short:AAAA"])
def test_a_malformed_key_setting_is_a_configuration_error(settings, raw):
    settings.CREDENTIAL_SIGNING_KEYS = raw
    with pytest.raises(ImproperlyConfigured):
        issue_credential(credential_data())


def test_generated_key_line_signs_and_verifies(settings):
    settings.CREDENTIAL_SIGNING_KEYS = generate_key_line()
    assert verify_credential(issue_credential(credential_data())).ok


def test_demo_key_file_is_created_once_and_used(settings, tmp_path):
    settings.CREDENTIAL_SIGNING_KEYS = ""
    settings.CREDENTIAL_KEYS_FILE = tmp_path / "var" / "credential-keys"

    path = ensure_demo_key()
    assert path == settings.CREDENTIAL_KEYS_FILE
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    first = path.read_text()
    assert ensure_demo_key() is None
    assert path.read_text() == first

    credential = issue_credential(credential_data())
    assert credential["proof"][0]["verificationMethod"].endswith("#" + first.split(":")[0])
    assert verify_credential(credential).ok


def test_demo_key_is_not_written_when_keys_are_configured(settings, tmp_path):
    settings.CREDENTIAL_KEYS_FILE = tmp_path / "credential-keys"
    assert ensure_demo_key() is None
    assert not settings.CREDENTIAL_KEYS_FILE.exists()


# --- names ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Íñigo Ñandutí Peña",
        "Gonçalo Conceição",
        "João Simões Guimarães",
        GUARANI_NAME,
        "Seõ Pirẽ Kuñataĩ",
        "Siobhán O'Connor",
        "Joana D’Ávila",
    ],
)
def test_names_survive_signing_and_publication(name):
    credential = issue_credential(credential_data(holder_name=name))
    published = json.loads(json.dumps(credential, ensure_ascii=False).encode("utf-8"))
    assert published["credentialSubject"]["name"] == name
    assert verify_credential(published).ok
    assert f'<https://schema.org/name> "{name}" .' in dataintegrity.canonicalize(without_proof(published))


def test_the_guarani_g_tilde_is_kept_as_written():
    assert "g\u0303" in GUARANI_NAME
    credential = issue_credential(credential_data(holder_name=GUARANI_NAME))
    assert "g\u0303" in credential["credentialSubject"]["name"]
