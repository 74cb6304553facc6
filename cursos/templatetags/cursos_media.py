"""Template helpers for lesson media blocks; the URL logic lives in cursos.media."""

from django import template

from cursos import media

register = template.Library()


@register.simple_tag
def video_embed(url):
    """``{% video_embed value.url as video %}``: a cursos.media.VideoEmbed or None."""
    return media.video_embed(url)


@register.simple_tag
def audio_file_url(url):
    """``{% audio_file_url value.url as audio_src %}``: the URL if it is a playable audio file."""
    return media.audio_file_url(url)


@register.filter
def http_url(url):
    """The URL if it is http(s), else an empty string: never print a ``javascript:`` link."""
    return media.http_url(url) or ""
