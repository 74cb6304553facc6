"""Demo certificate templates: each demo institution's logo and colour, two
signatories with their signatures (drawn here with Pillow, a different hand for
each person) and the wording in Spanish, Portuguese and English. Idempotent: a
template is completed, never duplicated, and an edited one is left as it is."""

import hashlib
import math
import random
from io import BytesIO

from django.core.files.images import ImageFile
from django.db import transaction
from django.utils.text import slugify
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images.models import Image

from capacitacion.models import CertificateSignatory, CertificateTemplate
from cursos.models import InstitutionPage

# Certificates speak in the third person; no "tú" or "você" is needed.
WORDING = {
    "intro_es": "Certificamos que",
    "intro_pt": "Certificamos que",
    "intro_en": "This is to certify that",
    "body_es": "completó y aprobó el curso",
    "body_pt": "concluiu com aprovação o curso",
    "body_en": "has successfully completed the course",
}

# By institution slug (cursos/demo): its colour and who signs its certificates.
TEMPLATES = {
    "universidad-regional-del-plata": {
        "accent_color": "#1d4f91",
        "signatories": [
            ("Dra. Graciela Inés Sosa", "Decana de la Facultad de Comunicación"),
            ("Mg. Martín Alejandro Ríos", "Secretario ejecutivo de la red"),
        ],
    },
    "universidad-andina-de-gestion-local": {
        "accent_color": "#0b6b6b",
        "signatories": [
            ("Dra. Rosa Elena Mamani", "Coordinadora académica"),
            ("Mg. Martín Alejandro Ríos", "Secretario ejecutivo de la red"),
        ],
    },
}

SIGNATURE_SIZE = (600, 200)  # the sheet it is drawn on; the result is cropped to the ink
_SUPERSAMPLE = 3  # drawn large and scaled down: smooth edges on a transparent background


def signature_image(name: str) -> PILImage.Image:
    """A handwriting-like signature for `name` on a transparent background: for each
    word a capital and a run of joined loops (x-height letters, ascenders and
    descenders), the pen lifted between words, and a closing underline. The hand
    (slant, size, pace, ink) comes from the name, so each person signs their own way."""
    rng = random.Random(hashlib.sha256(name.encode()).digest())
    width, height = (side * _SUPERSAMPLE for side in SIGNATURE_SIZE)
    ink = rng.choice([(20, 32, 84, 255), (28, 28, 36, 255), (16, 52, 110, 255)])
    image = PILImage.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    slant = rng.uniform(0.2, 0.5)
    pen = rng.uniform(2.0, 3.0) * _SUPERSAMPLE
    baseline = height * rng.uniform(0.6, 0.66)
    x_height = height * rng.uniform(0.12, 0.18)
    pace = width * rng.uniform(0.028, 0.04)  # how wide one joined letter runs
    drift = rng.uniform(-0.08, 0.04)  # the line rises or falls a little across the name
    words = [word for word in name.replace(".", " ").split() if len(word) > 2][-3:] or [name]

    x = width * rng.uniform(0.04, 0.08)
    for index, word in enumerate(words):
        points = _capital(rng, x, baseline, height * rng.uniform(0.4, 0.52), pace, slant)
        x = points[-1][0]
        # The rest of the word, abbreviated after the first: one loop per letter.
        letters = len(word) - 1 if index == len(words) - 1 else rng.randint(1, 3)
        for letter in word[1 : 1 + min(letters, 8)]:
            if letter in "bdfhklt":
                size = x_height * rng.uniform(2.2, 2.8)
            elif letter in "gjpqy":
                size = -x_height * rng.uniform(1.8, 2.4)
            else:
                size = x_height * rng.uniform(0.8, 1.2)
            for step in range(1, 17):
                t = step / 16 * 2 * math.pi
                lift = size * (1 - math.cos(t)) / 2
                y = baseline - lift + drift * (x - width / 2)
                points.append((x + pace * (t / (2 * math.pi) - 0.3 * math.sin(t)) + slant * lift, y))
            x = points[-1][0]
        _stroke(draw, points, pen, ink)
        x += pace * rng.uniform(0.8, 1.6)  # the pen lifts between words
        if x > width * 0.82:
            break

    # The underline: one quick stroke back under the name, thinning out at its end.
    start = (width * rng.uniform(0.06, 0.16), baseline + height * rng.uniform(0.14, 0.2))
    end = (min(x, width * 0.95), baseline + height * rng.uniform(0.04, 0.12) + drift * width / 2)
    lift = height * rng.uniform(-0.08, 0.06)
    underline = [
        (
            start[0] + (end[0] - start[0]) * t,
            start[1] + (end[1] - start[1]) * t + lift * math.sin(math.pi * t),
        )
        for t in (step / 60 for step in range(61))
    ]
    _stroke(draw, underline, pen * 0.9, ink, taper=True)
    # Cropped to the ink, with a margin: the certificate scales it into the signature's box.
    left, top, right, bottom = image.getchannel("A").getbbox()
    margin = 4 * _SUPERSAMPLE
    image = image.crop((left - margin, top - margin, right + margin, bottom + margin))
    alpha = image.getchannel("A").resize(
        (image.width // _SUPERSAMPLE, image.height // _SUPERSAMPLE), PILImage.LANCZOS
    )
    # One flat ink colour, the strokes only in the alpha: the PNG (and the PDF) stay small.
    signature = PILImage.new("RGBA", alpha.size, ink)
    signature.putalpha(alpha)
    return signature


def _capital(rng, x: float, baseline: float, size: float, pace: float, slant: float):
    """A capital letter's stroke, in one of three hands: a tall loop, a wide oval
    swept round the first letters, or an S-like swash down to the line."""
    shape = rng.randrange(3)
    points = []
    for step in range(60):
        t = step / 59
        if shape == 0:  # up a straight stem, looping back down through the line
            dx = pace * (1.4 * t + 0.5 * math.sin(2 * math.pi * t))
            dy = -size * math.sin(math.pi * t)
        elif shape == 1:  # an oval, clockwise from its foot, ending on the line
            angle = math.pi / 2 + 2 * math.pi * t
            dx = pace * 1.3 * (1 + math.cos(angle - math.pi))
            dy = -size * 0.5 * (1 - math.sin(angle))
        else:  # a swash: from the top, a wave down to the line
            dx = pace * 2.2 * t
            dy = -size * (1 - t) + 0.15 * size * math.sin(3 * math.pi * t)
        points.append((x + dx + slant * -dy, baseline + dy))
    return points


def _stroke(draw: ImageDraw.ImageDraw, points, pen: float, ink, taper: bool = False) -> None:
    """A pen line through `points`, a little thicker on the down strokes, as a nib draws."""
    for index, (start, end) in enumerate(zip(points, points[1:], strict=False)):
        downward = end[1] > start[1]
        width = pen * (1.25 if downward else 0.8)
        if taper:
            width *= 1 - 0.7 * index / len(points)
        radius = width / 2
        draw.line([start, end], fill=ink, width=max(1, round(width)))
        draw.ellipse([end[0] - radius, end[1] - radius, end[0] + radius, end[1] + radius], fill=ink)


def png_bytes(image: PILImage.Image) -> bytes:
    buffer = BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def _signature(name: str) -> Image:
    title = f"Demo: firma {name}"
    existing = Image.objects.filter(title=title).first()
    if existing is not None:
        return existing
    file = ImageFile(BytesIO(png_bytes(signature_image(name))), name=f"demo-firma-{slugify(name)}.png")
    return Image.objects.create(title=title, file=file)


@transaction.atomic
def seed_certificate_templates() -> None:
    """Each demo institution's certificate template, in every language the
    institution's pages are in (its translations share the one template)."""
    for slug, data in TEMPLATES.items():
        institution = InstitutionPage.objects.filter(slug=slug, locale__language_code="es").first()
        if institution is None:
            continue
        template, created = CertificateTemplate.objects.get_or_create(
            institution=institution,
            defaults={"logo": institution.logo, "accent_color": data["accent_color"], **WORDING},
        )
        if created or not template.signatories.exists():
            for order, (name, role) in enumerate(data["signatories"]):
                CertificateSignatory.objects.create(
                    template=template, sort_order=order, name=name, role=role, signature=_signature(name)
                )
