"""The certificate as a PDF/A-3b: a pure function of what it says and how it looks.

No models and no database: the caller snapshots the certificate into a
`CertificateContent`, the template into a `CertificateDesign`, and passes the signed
credential, which travels inside the PDF as an associated file so the document
carries its own proof.
"""

import copy
import datetime
import io
import threading
import unicodedata
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import SimpleNamespace

import fpdf.fpdf
import fpdf.output
import fpdf.syntax
import segno
from cachetools import LRUCache
from django.utils import formats, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from fontTools import subset as font_subset
from fontTools.ttLib import TTFont
from fpdf import FPDF
from fpdf.drawing import DeviceRGB
from fpdf.enums import (
    DocumentCompliance,
    MethodReturnValue,
    PathPaintRule,
    RenderStyle,
    StrokeCapStyle,
    StrokeJoinStyle,
)
from fpdf.fonts import SubsetMap, TTFFont
from fpdf.unicode_script import UnicodeScript, get_unicode_script
from PIL import Image

from capacitacion.certificates import qr

FONTS_DIR = Path(__file__).resolve().parent / "fonts"
FAMILY = "DejaVuSerif"
FONT_FILES = {"": "DejaVuSerif.ttf", "B": "DejaVuSerif-Bold.ttf"}

# A4 landscape, in millimetres.
PAGE_W, PAGE_H = 297.0, 210.0
TEXT_W = 237.0  # centred column for the holder, the course and the wording
TEXT_X = (PAGE_W - TEXT_W) / 2
INK = (40, 40, 40)
MUTED = (95, 95, 95)
# The network's mark, as static/img/aula-mark.svg draws it.
NETWORK_BLUE = (0x1D, 0x4F, 0x91)
NETWORK_ORANGE = (0xF2, 0xA3, 0x3A)

# Images are downscaled once per process so a worker does not re-encode a large
# template background for every certificate.
BACKGROUND_MAX_PX = 1754  # 150 dpi across the page
LOGO_MAX_PX = 800
SIGNATURE_MAX_PX = 600


@lru_cache(maxsize=4096)
def _script_keeping_marks_with_their_letter(char: str) -> UnicodeScript:
    """fpdf2 2.8.9 starts a new text run where the Unicode script changes and counts
    combining marks (script Inherited) as a change, so HarfBuzz shapes U+0303 apart
    from its g and cannot place it. Unicode (UAX #24) says Inherited takes the script
    of the letter before it, as Common does; fpdf2 already keeps Common in the run."""
    script = get_unicode_script(char)
    return UnicodeScript.COMMON if script == UnicodeScript.INHERITED else script


fpdf.fpdf.get_unicode_script = _script_keeping_marks_with_their_letter
qr.install()  # segno's mask choice, the same result, without most of its cost


@dataclass(frozen=True)
class Signatory:
    name: str
    role: str
    signature: bytes | None = None  # PNG or JPEG


@dataclass(frozen=True)
class CertificateDesign:
    accent_color: str = "#1f4e79"
    background: bytes | None = None
    logo: bytes | None = None
    signatories: tuple[Signatory, ...] = ()
    intro: str = ""  # authored in the admin, already in the certificate's language; "" = default
    body: str = ""


@dataclass(frozen=True)
class CertificateContent:
    language: str  # "es" | "pt-br" | "en"
    holder_name: str
    course_title: str
    institution_name: str
    hours: int | None
    completed_on: datetime.date
    code: str
    verify_url: str
    valid_until: datetime.date | None = None
    edition: str = ""  # the cohort the course was taken in, if any


def render_certificate_pdf(
    content: CertificateContent, design: CertificateDesign, credential_json: bytes
) -> bytes:
    """Return the certificate as PDF/A-3b bytes, labels in `content.language`,
    with `credential_json` attached as `credential.json`."""
    with translation.override(content.language):
        pdf = _new_document(content)
        accent = _parse_color(design.accent_color)
        if design.background:
            pdf.image(_image(design.background, BACKGROUND_MAX_PX, False), 0, 0, PAGE_W, PAGE_H)
        else:
            _draw_frame(pdf, accent)
        _draw_network_mark(pdf, x=20, y=18, size=11)
        y = 26.0
        if design.logo:
            y = 18.0
            pdf.image(
                _image(design.logo, LOGO_MAX_PX, True),
                x=(PAGE_W - 70) / 2,
                y=y,
                w=70,
                h=20,
                keep_aspect_ratio=True,
            )
            y += 23
        _draw_wording(pdf, content, design, accent, y)
        _draw_signatories(pdf, design.signatories)
        _draw_code(pdf, content.code, accent)
        _draw_qr(pdf, content.verify_url)
        _attach_credential(pdf, credential_json)
        _use_cached_subsets(pdf)
        return bytes(pdf.output())


def _new_document(content: CertificateContent) -> FPDF:
    pdf = FPDF(orientation="L", unit="mm", format="A4", enforce_compliance=DocumentCompliance.PDFA_3B)
    _add_parsed_fonts(pdf)
    pdf.set_auto_page_break(False)
    pdf.set_margin(0)
    pdf.c_margin = 0
    pdf.set_lang(content.language)
    pdf.set_title(f"{_('Certificado')}: {content.holder_name}, {content.course_title}")
    pdf.set_subject(content.course_title)
    pdf.set_author(content.institution_name)
    pdf.set_keywords(content.code)
    pdf.set_creator("Aula")
    # The completion date, not the wall clock, so re-rendering the same certificate
    # gives the same dates inside the file.
    issued = datetime.datetime.combine(content.completed_on, datetime.time(), tzinfo=datetime.UTC)
    pdf.set_creation_date(issued)
    pdf.add_page()
    return pdf


def _draw_frame(pdf: FPDF, accent: tuple[int, int, int]) -> None:
    pdf.set_draw_color(*accent)
    pdf.set_line_width(1.2)
    pdf.rect(8, 8, PAGE_W - 16, PAGE_H - 16)
    pdf.set_line_width(0.3)
    pdf.rect(11, 11, PAGE_W - 22, PAGE_H - 22)


def _draw_network_mark(pdf: FPDF, x: float, y: float, size: float) -> None:
    """The network's mark (static/img/aula-mark.svg) drawn as vector paths, its
    name beside it: on every certificate, whatever the institution's design."""
    scale = size / 64  # the SVG's viewBox is 64 units square
    pdf.set_fill_color(*NETWORK_BLUE)
    pdf.rect(x, y, size, size, style=RenderStyle.F, round_corners=True, corner_radius=14 * scale)
    for colour, width, points in (
        ((255, 255, 255), 7, [(18, 47), (32, 16), (46, 47)]),
        (NETWORK_ORANGE, 5, None),
    ):
        with pdf.new_path(paint_rule=PathPaintRule.STROKE) as path:
            path.style.auto_close = False  # open strokes, as in the SVG
            path.style.stroke_color = DeviceRGB(*(c / 255 for c in colour))
            path.style.stroke_width = width * scale
            path.style.stroke_cap_style = StrokeCapStyle.ROUND
            path.style.stroke_join_style = StrokeJoinStyle.ROUND
            if points:
                path.move_to(x + points[0][0] * scale, y + points[0][1] * scale)
                for px, py in points[1:]:
                    path.line_to(x + px * scale, y + py * scale)
            else:  # the smile: M23.5 37.5 q8.5 5 17 0
                path.move_to(x + 23.5 * scale, y + 37.5 * scale)
                path.quadratic_curve_to(x + 32 * scale, y + 42.5 * scale, x + 40.5 * scale, y + 37.5 * scale)
    pdf.set_text_color(*NETWORK_BLUE)
    pdf.set_font(FAMILY, "B", 15)
    pdf.set_xy(x + size + 2.5, y - 0.5)
    pdf.cell(40, 7, "Aula")
    pdf.set_text_color(*MUTED)
    pdf.set_font(FAMILY, "", 7)
    pdf.set_xy(x + size + 2.5, y + 6.5)
    pdf.cell(60, 4, _("Red de ciudades sudamericanas"))


def _draw_wording(
    pdf: FPDF,
    content: CertificateContent,
    design: CertificateDesign,
    accent: tuple[int, int, int],
    y: float,
) -> None:
    pdf.set_text_color(*accent)
    pdf.set_font(FAMILY, "B", 30)
    pdf.set_char_spacing(3)
    pdf.set_xy(TEXT_X, y + 6)
    pdf.cell(TEXT_W, 12, _("Certificado").upper(), align="C")
    pdf.set_char_spacing(0)
    y += 24

    pdf.set_text_color(*INK)
    intro = design.intro or _("%(institution)s certifica que") % {"institution": content.institution_name}
    y = _fitted_text(pdf, intro, "", 14, 10, y) + 2
    y = _fitted_text(pdf, content.holder_name, "B", 32, 15, y)

    pdf.set_draw_color(*accent)
    pdf.set_line_width(0.5)
    pdf.line(PAGE_W / 2 - 35, y + 3, PAGE_W / 2 + 35, y + 3)
    y += 7

    y = _fitted_text(pdf, design.body or _("completó el curso"), "", 14, 10, y) + 1
    pdf.set_text_color(*accent)
    y = _fitted_text(pdf, content.course_title, "B", 19, 13, y) + 3

    pdf.set_text_color(*MUTED)
    if content.institution_name:
        y = _fitted_text(
            pdf, _("Institución: %(institution)s") % {"institution": content.institution_name}, "", 11, 8, y
        )
    if content.edition:
        y = _fitted_text(pdf, _("Edición: %(edition)s") % {"edition": content.edition}, "", 11, 8, y)
    details = []
    if content.hours:
        details.append(
            ngettext("Carga horaria: %(hours)s hora", "Carga horaria: %(hours)s horas", content.hours)
            % {"hours": content.hours}
        )
    details.append(_("Finalizado el %(date)s") % {"date": formats.date_format(content.completed_on)})
    if content.valid_until:
        details.append(_("Válido hasta el %(date)s") % {"date": formats.date_format(content.valid_until)})
    _fitted_text(pdf, "  ·  ".join(details), "", 11, 8, y)


def _fitted_text(
    pdf: FPDF,
    text: str,
    style: str,
    max_pt: float,
    min_pt: float,
    y: float,
    x: float = TEXT_X,
    width: float = TEXT_W,
    align: str = "C",
) -> float:
    """Print `text` centred at `y`: on one line, shrunk from `max_pt` down to
    `min_pt` if needed; past that on two lines, shrinking further until they fit.
    Returns the y below the text."""
    text = unicodedata.normalize("NFC", text.strip())
    # HarfBuzz places a combining mark that has no precomposed form (g + U+0303 in
    # Guaraní) over its letter; it costs milliseconds per line, so only such text gets it.
    pdf.set_text_shaping(any(unicodedata.combining(char) for char in text))
    pdf.set_font(FAMILY, style, max_pt)
    natural = pdf.get_string_width(text)
    size = max_pt if natural <= width else max_pt * width / natural
    lines = [text]
    if size < min_pt:
        # Even a name no one has should not leave the page: keep shrinking until
        # two lines hold it (a half-size floor is reached only by absurd input).
        size = min_pt
        while True:
            pdf.set_font(FAMILY, style, size)
            lines = pdf.multi_cell(width, text=text, dry_run=True, output=MethodReturnValue.LINES)
            if len(lines) <= 2 or size <= min_pt / 2:
                break
            size -= 1
    pdf.set_font(FAMILY, style, size)
    line_h = size * 0.3528 * 1.25  # points to millimetres, with leading
    for line in lines:
        pdf.set_xy(x, y)
        pdf.cell(width, line_h, line, align=align)
        y += line_h
    return y


def _draw_signatories(pdf: FPDF, signatories: tuple[Signatory, ...]) -> None:
    if not signatories:
        return
    # Between the code (left) and the QR code with its URL (right).
    zone_x, zone_w = 72.0, 128.0
    slot_w = min(zone_w / len(signatories), 70.0)
    x = zone_x + (zone_w - slot_w * len(signatories)) / 2
    for signatory in signatories:
        inner_x, inner_w = x + 4, slot_w - 8
        if signatory.signature:
            pdf.image(
                _image(signatory.signature, SIGNATURE_MAX_PX, True),
                x=inner_x,
                y=152,
                w=inner_w,
                h=17,
                keep_aspect_ratio=True,
            )
        pdf.set_draw_color(*MUTED)
        pdf.set_line_width(0.3)
        pdf.line(inner_x, 170, inner_x + inner_w, 170)
        pdf.set_text_color(*INK)
        y = _fitted_text(pdf, signatory.name, "B", 10, 7, 171.5, x=inner_x, width=inner_w)
        pdf.set_text_color(*MUTED)
        _fitted_text(pdf, signatory.role, "", 8.5, 6.5, y, x=inner_x, width=inner_w)
        x += slot_w


def _draw_code(pdf: FPDF, code: str, accent: tuple[int, int, int]) -> None:
    pdf.set_text_color(*MUTED)
    _fitted_text(pdf, _("Código de verificación"), "", 8, 6, 166, x=20, width=52, align="L")
    pdf.set_text_color(*accent)
    _fitted_text(pdf, code, "B", 11, 7, 170, x=20, width=52, align="L")


def _draw_qr(pdf: FPDF, url: str) -> None:
    """Draw the QR code as filled rectangles, one per run of dark modules in a
    row: vector, so it stays sharp at any zoom and in print."""
    size, right, top = 26.0, PAGE_W - 20, 150.0
    matrix = segno.make(url, error="m").matrix
    module = size / len(matrix)
    left = right - size
    quiet = 4 * module
    pdf.set_fill_color(255, 255, 255)
    pdf.rect(left - quiet, top - quiet, size + 2 * quiet, size + 2 * quiet, style="F")
    pdf.set_fill_color(0, 0, 0)
    for row_index, row in enumerate(matrix):
        y = top + row_index * module
        start = None
        for col_index, dark in enumerate([*row, 0]):
            if dark and start is None:
                start = col_index
            elif not dark and start is not None:
                # The enum, not "F": fpdf2 would parse the string again for each of hundreds of runs.
                pdf.rect(left + start * module, y, (col_index - start) * module, module, style=RenderStyle.F)
                start = None
    pdf.set_text_color(*MUTED)
    _fitted_text(pdf, url, "", 6.5, 5, top + size + quiet / 2, x=right - 75, width=75, align="R")


def _attach_credential(pdf: FPDF, credential_json: bytes) -> None:
    pdf.embed_file(
        bytes=credential_json,
        basename="credential.json",
        mime_type="application/ld+json",
        # The page is a rendering of the data in the credential.
        associated_file_relationship="Data",
        desc=_("Credencial Open Badges firmada"),
        modification_date=pdf.creation_date,
        compress=True,
    )


def _parse_color(value: str) -> tuple[int, int, int]:
    hex_digits = value.strip().lstrip("#")
    if len(hex_digits) != 6:
        raise ValueError(f"Not a #rrggbb colour: {value!r}")
    return tuple(int(hex_digits[i : i + 2], 16) for i in (0, 2, 4))


# Fonts. fpdf2 parses the TTF files again in add_font() and cuts a subset of each
# from scratch in output(): together most of a certificate's cost. Here each process
# (and thread) parses them once, and fpdf2's cut for a given set of glyphs is made
# once and reused (fpdf2 still builds everything else in the PDF). Every document
# also carries the glyphs of SHARED_CHARACTERS, so that the random verification code
# and the usual names do not change that set.

SHARED_CHARACTERS = (
    "".join(map(chr, range(0x20, 0x7F)))  # ASCII: codes, URLs, most names
    + "".join(map(chr, range(0xA0, 0x100)))  # Latin-1: Spanish and Portuguese letters
    + "\u2018\u2019\u201c\u201d\u2013\u2014\u2026"  # typographic quotes and dashes
)
_parsed = threading.local()  # fontTools objects are not shared between threads


def _add_parsed_fonts(pdf: FPDF) -> None:
    """What FPDF.add_font() does for FONT_FILES, from fonts parsed once: what the
    drawing only reads is shared, what it writes (the glyphs used) is the document's."""
    parsed = getattr(_parsed, "fonts", None)
    if parsed is None:
        loader = FPDF()
        for style, filename in FONT_FILES.items():
            loader.add_font(FAMILY, style, FONTS_DIR / filename)
        parsed = _parsed.fonts = loader.fonts
    for key, shared in parsed.items():
        font = TTFFont.__new__(TTFFont)
        for name in TTFFont.__slots__:
            if hasattr(shared, name):
                setattr(font, name, getattr(shared, name))
        font.i = len(pdf.fonts) + 1
        font.missing_glyphs = []
        font.biggest_size_pt = 0
        font.subset = _shared_subset(key, font)
        pdf.fonts[key] = font


def _shared_subset(key: str, font: TTFFont) -> SubsetMap:
    """A SubsetMap holding SHARED_CHARACTERS' glyphs: picked once per process (and
    thread), copied for each document, which then adds its own."""
    templates = _parsed.__dict__.setdefault("subsets", {})
    template = templates.get(key)
    if template is None:
        template = templates[key] = SubsetMap(font)
        for char in SHARED_CHARACTERS:
            if ord(char) in font.cmap:
                template.pick(ord(char))
    subset = copy.copy(template)
    subset.font = font
    subset._reserved = list(template._reserved)
    subset._char_id_per_glyph = dict(template._char_id_per_glyph)
    return subset


def _use_cached_subsets(pdf: FPDF) -> None:
    """Before output(): fpdf2 cuts the font it finds in `ttfont` in place and then
    closes it, so the shared parsed font is swapped for a stand-in for this document."""
    for font in pdf.fonts.values():
        font.ttfont = _FontCut(str(font.ttffile))


class _FontCut:
    """What fpdf2's output() uses of a fontTools font, cut once per set of glyphs.

    fpdf2 2.8.9 makes ftsubset.Subsetter(options), populates it with the glyph names,
    calls subset(font), then font.getGlyphID(name), `"CFF " in font`, font.save(stream)
    and font.close(). _ReusingSubsetter fills this in from the cache instead of cutting;
    if a later fpdf2 uses the font otherwise, this fails loudly (AttributeError)."""

    def __init__(self, path: str):
        self.path = path
        self.data = b""
        self.glyph_ids: dict[str, int] = {}
        self.tables: frozenset[str] = frozenset()

    def fill(self, glyphs: frozenset[str], options: font_subset.Options) -> None:
        key = (self.path, glyphs, repr(sorted(vars(options).items())))
        with _CUTS_LOCK:
            cut = _CUTS.get(key)
        if cut is None:
            cut = _cut_font(self.path, glyphs, options)
            with _CUTS_LOCK:
                _CUTS[key] = cut
        self.data, self.glyph_ids, self.tables = cut

    def getGlyphID(self, name: str) -> int:  # noqa: N802 (fontTools' name)
        return self.glyph_ids[name]

    def __contains__(self, tag: str) -> bool:
        return tag in self.tables

    def save(self, stream) -> None:
        stream.write(self.data)

    def close(self) -> None:
        pass


# A cut per font file, set of glyphs and fpdf2 options: a few per process.
_CUTS = LRUCache(maxsize=32)
_CUTS_LOCK = threading.Lock()


def _cut_font(path: str, glyphs: frozenset[str], options: font_subset.Options):
    font = TTFont(path, recalcTimestamp=False, lazy=True)
    subsetter = font_subset.Subsetter(options)
    subsetter.populate(glyphs=glyphs)
    subsetter.subset(font)
    glyph_ids = {name: gid for gid, name in enumerate(font.getGlyphOrder())}
    out = io.BytesIO()
    font.save(out)
    return out.getvalue(), glyph_ids, frozenset(font.keys())


class _ReusingSubsetter(font_subset.Subsetter):
    def subset(self, font):
        if isinstance(font, _FontCut):
            font.fill(frozenset(self.glyph_names_requested), self.options)
        else:
            super().subset(font)


fpdf.output.ftsubset = SimpleNamespace(Options=font_subset.Options, Subsetter=_ReusingSubsetter)


# fpdf2 compresses every stream of every document again, and most of what it
# compresses is the same each time: the two fonts' files and CIDToGIDMaps (128 KiB
# each) for a given cut, the ICC profile. Identical input, identical output: those
# are compressed once per process; the page and the credential, which differ, pass
# through a cache they never hit.
_COMPRESSED = LRUCache(maxsize=16)
_COMPRESSED_LOCK = threading.Lock()


def _compress_once(data, level=-1) -> bytes:
    key = (bytes(data), level)
    with _COMPRESSED_LOCK:
        compressed = _COMPRESSED.get(key)
    if compressed is None:
        compressed = zlib.compress(key[0], level=level)
        with _COMPRESSED_LOCK:
            _COMPRESSED[key] = compressed
    return compressed


fpdf.syntax.zlib = SimpleNamespace(compress=_compress_once)


# Keyed by the uploaded bytes: a cohort's certificates share one template, and a few
# templates' images stay in memory per worker, not every upload ever seen.
@lru_cache(maxsize=16)
def _prepared_image(data: bytes, max_px: int, keep_alpha: bool) -> bytes:
    """Downscale to `max_px` and normalise to 8-bit sRGB (PDF/A's output intent):
    PNG when transparency is kept, JPEG otherwise, which fpdf2 embeds as is."""
    with Image.open(io.BytesIO(data)) as image:
        image.load()
        has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
        if keep_alpha and has_alpha:
            image = image.convert("RGBA")
        elif has_alpha:
            flat = Image.new("RGB", image.size, (255, 255, 255))
            flat.paste(image.convert("RGBA"), mask=image.convert("RGBA").getchannel("A"))
            image = flat
        else:
            image = image.convert("RGB")
        image.thumbnail((max_px, max_px))
        out = io.BytesIO()
        if image.mode == "RGBA":
            image.save(out, format="PNG")
        else:
            image.save(out, format="JPEG", quality=88)
    return out.getvalue()


def _image(data: bytes, max_px: int, keep_alpha: bool) -> io.BytesIO:
    return io.BytesIO(_prepared_image(data, max_px, keep_alpha))
