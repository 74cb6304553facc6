"""JSON-LD document loading for the signer: only the contexts shipped in `contexts/`.

A context fetched from the network, or silently missing, would change what gets
signed, so any other URL is an error. Every URL asked for is recorded, so tests can
prove nothing outside the shipped set is ever requested."""

import copy
import json
from pathlib import Path

from cachetools import LRUCache
from pyld.context_resolver import ContextResolver
from pyld.jsonld import JsonLdError

VC_V2 = "https://www.w3.org/ns/credentials/v2"
OB_V3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
OB_EXTENSIONS = "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json"

_CONTEXT_DIR = Path(__file__).resolve().parent / "contexts"
SHIPPED_CONTEXTS = {
    VC_V2: "credentials-v2.jsonld",
    OB_V3: "ob-context-3.0.3.json",
    OB_EXTENSIONS: "ob-extensions.json",
}


class ShippedContextLoader:
    """A pyld document loader (callable as `loader(url, options)`)."""

    def __init__(self, files: dict[str, str]):
        self.documents = {
            url: json.loads((_CONTEXT_DIR / name).read_text(encoding="utf-8")) for url, name in files.items()
        }
        self.requested: set[str] = set()

    def __call__(self, url: str, options: dict | None = None) -> dict:
        self.requested.add(url)
        if url not in self.documents:
            raise JsonLdError(
                f"The JSON-LD context {url} is not shipped with Aula; it will not be fetched.",
                "jsonld.LoadDocumentError",
                {"url": url},
                code="loading document failed",
            )
        return {
            "contentType": "application/ld+json",
            "contextUrl": None,
            "documentUrl": url,
            # pyld may annotate what it is given; the parsed file stays pristine.
            "document": copy.deepcopy(self.documents[url]),
            # "static" lets pyld keep the processed context in RESOLVED_CONTEXTS.
            "tag": "static",
        }


LOADER = ShippedContextLoader(SHIPPED_CONTEXTS)

# Processing a context is most of the cost of canonicalising a credential. This
# cache is ours, not pyld's process-wide one, so only LOADER ever fills it.
RESOLVED_CONTEXTS = LRUCache(maxsize=32)


def context_resolver() -> ContextResolver:
    return ContextResolver(RESOLVED_CONTEXTS, LOADER)
