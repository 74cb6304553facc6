"""Media URLs for lesson blocks: turn what an author pastes into the address of a
privacy-friendly player, or say that we do not know how to embed it.

Plain functions (no Django) so they are easy to test; the template tags in
cursos/templatetags/cursos_media.py are thin wrappers around them.
"""

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

YOUTUBE_HOSTS = {
    "youtube.com",
    "www.youtube.com",
    "m.youtube.com",
    "music.youtube.com",
    "youtube-nocookie.com",
    "www.youtube-nocookie.com",
}
YOUTU_BE_HOSTS = {"youtu.be", "www.youtu.be"}
VIMEO_HOSTS = {"vimeo.com", "www.vimeo.com", "player.vimeo.com"}

_YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
_VIMEO_ID = re.compile(r"^[0-9]{1,12}$")
_VIMEO_HASH = re.compile(r"^[0-9a-f]{6,20}$")
# Paths such as /embed/<id>, /shorts/<id>, /live/<id>, /v/<id>.
_YOUTUBE_PATH_PREFIXES = ("embed", "shorts", "live", "v")

AUDIO_EXTENSIONS = (".mp3", ".m4a", ".aac", ".ogg", ".oga", ".opus", ".wav", ".webm", ".flac")


@dataclass(frozen=True)
class VideoEmbed:
    provider: str  # "youtube" or "vimeo"
    provider_name: str  # what a learner calls the site: "YouTube", "Vimeo"
    video_id: str
    embed_url: str


def http_url(url):
    """The URL if it is an absolute http(s) address with a host, else None.

    Guards every link we print from a stored value (``javascript:``, ``data:``, relative junk).
    """
    if not isinstance(url, str):
        return None
    url = url.strip()
    if not url or any(ch in url for ch in "\n\r\t\x00"):
        return None
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not host:
        return None
    return url


def _split(url):
    """(host, path segments, query dict) of a http(s) URL, or None."""
    url = http_url(url)
    if url is None:
        return None
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower().rstrip(".")
    except ValueError:
        return None
    segments = [s for s in parts.path.split("/") if s]
    return host, segments, parse_qs(parts.query)


def _youtube_id(host, segments, query):
    candidate = None
    if host in YOUTU_BE_HOSTS:
        candidate = segments[0] if segments else None
    elif host in YOUTUBE_HOSTS:
        if segments[:1] == ["watch"]:
            candidate = (query.get("v") or [None])[0]
        elif len(segments) >= 2 and segments[0] in _YOUTUBE_PATH_PREFIXES:
            candidate = segments[1]
    if candidate and _YOUTUBE_ID.match(candidate):
        return candidate
    return None


def _vimeo_id(host, segments):
    """(id, unlisted hash or None) for vimeo.com/<id>[/<hash>], vimeo.com/channels/x/<id>,
    player.vimeo.com/video/<id>."""
    if host not in VIMEO_HOSTS:
        return None, None
    for index, segment in enumerate(segments):
        if _VIMEO_ID.match(segment):
            following = segments[index + 1] if index + 1 < len(segments) else ""
            return segment, (following if _VIMEO_HASH.match(following) else None)
    return None, None


def video_embed(url):
    """A VideoEmbed for a YouTube or Vimeo address, or None for anything else."""
    split = _split(url)
    if split is None:
        return None
    host, segments, query = split

    youtube_id = _youtube_id(host, segments, query)
    if youtube_id:
        return VideoEmbed(
            provider="youtube",
            provider_name="YouTube",
            video_id=youtube_id,
            embed_url=f"https://www.youtube-nocookie.com/embed/{youtube_id}",
        )

    vimeo_id, vimeo_hash = _vimeo_id(host, segments)
    if vimeo_id:
        # dnt=1: Vimeo's "do not track" mode, no cookies or analytics for the learner.
        query_string = f"h={vimeo_hash}&dnt=1" if vimeo_hash else "dnt=1"
        return VideoEmbed(
            provider="vimeo",
            provider_name="Vimeo",
            video_id=vimeo_id,
            embed_url=f"https://player.vimeo.com/video/{vimeo_id}?{query_string}",
        )
    return None


def video_embed_url(url):
    """The privacy-friendly player address for a YouTube/Vimeo URL, or None."""
    embed = video_embed(url)
    return embed.embed_url if embed else None


def audio_file_url(url):
    """The URL if it points straight at an audio file a browser can play, else None.

    A podcast page (not a file) cannot go into an <audio> element; it only gets a link.
    """
    url = http_url(url)
    if url is None:
        return None
    path = urlsplit(url).path.lower()
    return url if path.endswith(AUDIO_EXTENSIONS) else None
