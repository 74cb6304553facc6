"""Lesson body blocks render accessible, light HTML: media load nothing from a third party
until the learner asks, everything is escaped, every string is translatable."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.template import Context, Template
from django.utils import translation
from wagtail.documents import get_document_model

from cursos.blocks.content import LessonBodyBlock
from cursos.media import audio_file_url, http_url, video_embed, video_embed_url

TRANSCRIPT = "<p>Hola, esta es la transcripción.</p>"


@pytest.fixture(autouse=True)
def spanish():
    with translation.override("es"):
        yield


def render(block_type, value):
    """Render one block of the lesson body, as the lesson page does."""
    stream = LessonBodyBlock().to_python([{"type": block_type, "value": value}])
    return str(stream[0].render())


def video(url, **extra):
    return render("video", {"url": url, "title": "Cómo verificar", "transcript": TRANSCRIPT, **extra})


def assert_no_third_party_load(html):
    assert "<iframe" not in html
    assert "<video" not in html
    assert "<audio" not in html
    assert "<script" not in html
    assert "<img" not in html
    assert not re.search(r"""\ssrc\s*=\s*["']?\s*(https?:)?//""", html)


def assert_transcript(html):
    details = re.search(r"<details[^>]*>(.*?)</details>", html, re.S)
    assert details, html
    assert "<summary>Transcripción</summary>" in details.group(1)
    assert "Hola, esta es la transcripción." in details.group(1)


# --- cursos.media -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "https://youtube.com/watch?feature=share&v=dQw4w9WgXcQ&t=30",
        "https://m.youtube.com/watch?v=dQw4w9WgXcQ",
        "https://youtu.be/dQw4w9WgXcQ",
        "https://youtu.be/dQw4w9WgXcQ?si=abc&t=10",
        "https://www.youtube.com/shorts/dQw4w9WgXcQ",
        "https://www.youtube.com/embed/dQw4w9WgXcQ",
        "https://www.youtube.com/live/dQw4w9WgXcQ",
        "http://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
        "  https://WWW.YOUTUBE.COM/watch?v=dQw4w9WgXcQ  ",
    ],
)
def test_youtube_urls_become_nocookie_embeds(url):
    assert video_embed_url(url) == "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"
    assert video_embed(url).provider_name == "YouTube"


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871?dnt=1"),
        (
            "https://www.vimeo.com/channels/staffpicks/76979871",
            "https://player.vimeo.com/video/76979871?dnt=1",
        ),
        ("https://player.vimeo.com/video/76979871", "https://player.vimeo.com/video/76979871?dnt=1"),
        (
            "https://vimeo.com/76979871/a1b2c3d4e5",
            "https://player.vimeo.com/video/76979871?h=a1b2c3d4e5&dnt=1",
        ),
    ],
)
def test_vimeo_urls_become_player_embeds(url, expected):
    assert video_embed_url(url) == expected
    assert video_embed(url).provider_name == "Vimeo"


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/watch?v=dQw4w9WgXcQ",  # unknown host
        "https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ",  # look-alike host
        "https://www.youtube.com/watch?v=short",  # malformed id
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ%22onload",
        "https://www.youtube.com/",
        "https://youtu.be/",
        "https://vimeo.com/about",
        "https://[::1",  # malformed URL
        "not a url",
        "//www.youtube.com/watch?v=dQw4w9WgXcQ",  # no scheme
        "javascript:alert(1)//youtube.com/watch?v=dQw4w9WgXcQ",
        "JavaScript://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "data:text/html,https://youtu.be/dQw4w9WgXcQ",
        "ftp://youtu.be/dQw4w9WgXcQ",
        "",
        None,
    ],
)
def test_unknown_or_unsafe_video_urls_have_no_embed(url):
    assert video_embed_url(url) is None
    assert video_embed(url) is None


def test_http_url_only_accepts_http_and_https():
    assert http_url("https://example.org/a") == "https://example.org/a"
    assert http_url("http://example.org") == "http://example.org"
    assert http_url("javascript:alert(1)") is None
    assert http_url("https://exa\nmple.org") is None
    assert http_url("/relative/path") is None
    assert http_url(None) is None


def test_audio_file_url_only_for_playable_files():
    assert audio_file_url("https://example.org/ep1.MP3") == "https://example.org/ep1.MP3"
    assert audio_file_url("https://example.org/ep1.ogg?x=1") == "https://example.org/ep1.ogg?x=1"
    assert audio_file_url("https://podcasts.example.org/show/ep1") is None
    assert audio_file_url("javascript:alert(1)//a.mp3") is None


# --- video ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url", ["https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://youtu.be/dQw4w9WgXcQ"]
)
def test_youtube_video_is_a_light_placeholder(url):
    html = video(url, duration="4:30")
    assert_no_third_party_load(html)
    assert 'data-embed="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"' in html
    assert f'href="{url}"' in html
    assert "Ver el video en YouTube" in html
    assert "Cómo verificar" in html
    assert "4:30" in html
    assert_transcript(html)


def test_video_play_button_is_hidden_until_javascript_is_ready():
    html = video("https://youtu.be/dQw4w9WgXcQ")
    button = re.search(r"<button[^>]*>(.*?)</button>", html, re.S)
    assert button, html
    assert 'type="button"' in button.group(0)
    assert re.search(r"<button[^>]*\shidden[\s>]", button.group(0))
    assert 'data-media-play="video"' in button.group(0)
    assert "Reproducir video: Cómo verificar" in " ".join(button.group(1).split())


def test_vimeo_video_embed():
    html = video("https://vimeo.com/76979871")
    assert_no_third_party_load(html)
    assert 'data-embed="https://player.vimeo.com/video/76979871?dnt=1"' in html
    assert "Ver el video en Vimeo" in html


def test_unknown_video_provider_gets_only_the_link():
    html = video("https://videos.example.org/clip/12")
    assert_no_third_party_load(html)
    assert "<button" not in html
    assert "data-embed" not in html
    assert 'href="https://videos.example.org/clip/12"' in html
    assert "Ver el video en su sitio web" in html
    assert_transcript(html)


def test_video_never_links_a_javascript_url():
    html = video("javascript:alert(1)")
    assert "javascript:" not in html
    assert "<button" not in html


def test_video_escapes_author_text():
    html = video("https://youtu.be/dQw4w9WgXcQ", title='<b>"x"</b>', duration="<i>1</i>")
    assert "<b>" not in html
    assert "<i>1" not in html
    assert "&lt;b&gt;&quot;x&quot;&lt;/b&gt;" in html
    assert 'data-title="&lt;b&gt;&quot;x&quot;&lt;/b&gt;"' in html


# --- audio ---------------------------------------------------------------------------------------


def audio(url):
    return render("audio", {"url": url, "title": "Entrevista", "duration": "12:00", "transcript": TRANSCRIPT})


def test_audio_file_is_a_light_placeholder():
    html = audio("https://radio.example.org/episodio-1.mp3")
    assert_no_third_party_load(html)
    assert 'data-embed="https://radio.example.org/episodio-1.mp3"' in html
    assert 'data-media-play="audio"' in html
    assert "Reproducir audio: Entrevista" in " ".join(html.split())
    assert 'href="https://radio.example.org/episodio-1.mp3"' in html
    assert "Escuchar el audio" in html
    assert "12:00" in html
    assert_transcript(html)


def test_podcast_page_gets_only_the_link():
    html = audio("https://podcasts.example.org/show/episodio-1")
    assert_no_third_party_load(html)
    assert "<button" not in html
    assert 'href="https://podcasts.example.org/show/episodio-1"' in html
    assert "Escuchar el audio" in html


# --- callout, case study, glossary -------------------------------------------------------------


@pytest.mark.parametrize(
    "kind, label", [("key_idea", "Idea clave"), ("warning", "Advertencia"), ("example", "Ejemplo")]
)
def test_callout_has_visible_label_per_kind(kind, label):
    html = render("callout", {"kind": kind, "title": "Fuentes", "text": "<p>Cita la fuente oficial.</p>"})
    assert re.search(
        rf'<aside class="callout callout--{kind}" role="note" aria-label="{label}: Fuentes">', html
    )
    assert f'<p class="callout__label">{label}</p>' in html
    assert "Cita la fuente oficial." in html


def test_callout_without_title():
    html = render("callout", {"kind": "warning", "title": "", "text": "<p>Ojo.</p>"})
    assert 'aria-label="Advertencia"' in html
    assert "callout__title" not in html


def test_case_study_shows_present_parts_only():
    html = render(
        "case_study",
        {
            "title": "Inundación en Santa Fe",
            "context": "<p>Lo que pasó.</p>",
            "analysis": "",
            "questions": "",
        },
    )
    assert html.strip().startswith("<section")
    assert re.search(r"<h3[^>]*>.*Inundación en Santa Fe</h3>", html)
    assert "El caso" in html and "Lo que pasó." in html
    assert "Análisis" not in html
    assert "Preguntas para reflexionar" not in html

    full = render(
        "case_study",
        {"title": "T", "context": "<p>c</p>", "analysis": "<p>a</p>", "questions": "<p>q</p>"},
    )
    assert "Análisis" in full and "Preguntas para reflexionar" in full


def test_glossary_term_is_a_description_list():
    html = render("glossary_term", {"term": "Alerta <temprana>", "definition": "<p>Aviso previo.</p>"})
    assert re.search(r"<dl[^>]*>\s*<dt[^>]*><dfn>Alerta &lt;temprana&gt;</dfn></dt>\s*<dd[^>]*>", html)
    assert "Aviso previo." in html


# --- table ---------------------------------------------------------------------------------------


def test_table_is_accessible_and_scrollable():
    html = render(
        "table",
        {
            "data": [["Ciudad", "Alertas"], ["Rosario", "3"], ["Quito <b>", None]],
            "first_row_is_table_header": True,
            "first_col_is_header": True,
            "table_caption": "Alertas por ciudad",
        },
    )
    assert re.search(
        r'<div class="table-scroll" role="region" tabindex="0" aria-label="[^"]*Alertas por ciudad"', html
    )
    assert "<caption>Alertas por ciudad</caption>" in html
    assert re.search(r'<th scope="col"\s*>Ciudad</th>', html)
    assert re.search(r'<th scope="col"\s*>Alertas</th>', html)
    assert re.search(r'<th scope="row"\s*>Rosario</th>', html)
    assert re.search(r"<td\s*>3</td>", html)
    assert "Quito &lt;b&gt;" in html
    assert "None" not in html


def test_table_without_headers_or_caption():
    html = render(
        "table",
        {"data": [["a", "b"]], "first_row_is_table_header": False, "first_col_is_header": False},
    )
    assert "<th" not in html
    assert "<caption" not in html
    assert 'aria-label="Tabla"' in html
    assert re.search(r"<td\s*>a</td>", html)


# --- document ------------------------------------------------------------------------------------


@pytest.fixture
def document(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    Document = get_document_model()
    doc = Document(title="Guía")
    doc.file.save("guia-de-fuentes.pdf", ContentFile(b"%PDF-1.4 " + b"x" * 2048), save=False)
    doc._set_document_file_metadata()
    doc.save()
    return doc


def test_document_link_with_extension_and_size(document):
    html = render(
        "document", {"document": document.pk, "title": "Guía de fuentes", "description": "Lee <esto>."}
    )
    assert f'href="{document.url}"' in html
    assert "Guía de fuentes" in html
    assert "PDF" in html
    assert "2,0\xa0KB" in html or "2.0\xa0KB" in html
    assert "Lee &lt;esto&gt;." in html


def test_document_without_known_size(document):
    type(document).objects.filter(pk=document.pk).update(file_size=None)
    html = render("document", {"document": document.pk, "title": "Guía", "description": ""})
    assert "PDF" in html
    assert "None" not in html
    assert "bytes" not in html
    assert "doc-link__description" not in html


@pytest.mark.django_db
def test_document_that_was_deleted():
    html = render("document", {"document": 999999, "title": "Guía", "description": ""})
    assert "<a" not in html
    assert "Guía" in html


# --- the whole stream ----------------------------------------------------------------------------


@pytest.mark.django_db
def test_lesson_body_renders_with_include_block_and_loads_no_script():
    body = LessonBodyBlock().to_python(
        [
            {"type": "heading", "value": "Antes del desastre"},
            {
                "type": "video",
                "value": {"url": "https://youtu.be/dQw4w9WgXcQ", "title": "V", "transcript": "<p>t</p>"},
            },
            {
                "type": "audio",
                "value": {"url": "https://a.example.org/a.ogg", "title": "A", "transcript": "<p>t</p>"},
            },
            {"type": "glossary_term", "value": {"term": "SAT", "definition": "<p>Sistema de alerta.</p>"}},
        ]
    )
    html = Template("{% load wagtailcore_tags %}{% include_block body %}").render(Context({"body": body}))
    assert_no_third_party_load(html)
    assert html.count("<details") == 2
    assert "<h2>Antes del desastre</h2>" in html


def test_media_script_is_idempotent_and_self_contained():
    script = (Path(settings.BASE_DIR) / "static" / "js" / "media-embed.js").read_text()
    assert "window.aulaMediaEmbed" in script
    assert "import " not in script
    assert not re.search(r"https?://[a-z]", script)  # fetches nothing of its own
