"""Pictures for the demo, drawn here with Pillow (nothing downloaded): a 1200x675
cover per course and a small logo per institution, so cards and heroes show images
after `make run`. Each is stored once as a Wagtail image, found again by title."""

import math
from io import BytesIO

from django.core.files.images import ImageFile
from django.utils.text import slugify
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images.models import Image

COVER_SIZE = (1200, 675)


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    return tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))


def _gradient(size, top: str, bottom: str) -> PILImage.Image:
    width, height = size
    start, end = _rgb(top), _rgb(bottom)
    column = PILImage.new("RGB", (1, height))
    for y in range(height):
        t = y / (height - 1)
        column.putpixel((0, y), tuple(round(a + (b - a) * t) for a, b in zip(start, end, strict=True)))
    return column.resize(size)


def _risk_cover() -> PILImage.Image:
    """Storm cloud, rain, rising water and a broadcast tower: risk communication."""
    image = _gradient(COVER_SIZE, "#153a6b", "#2f6fb3")
    draw = ImageDraw.Draw(image)
    # Radio waves from a tower.
    tower_x, tower_y = 860, 300
    for radius in (70, 130, 190):
        draw.arc(
            [tower_x - radius, tower_y - radius, tower_x + radius, tower_y + radius],
            210,
            330,
            fill="#f2a33a",
            width=14,
        )
    draw.polygon([(tower_x, tower_y), (tower_x - 70, 560), (tower_x + 70, 560)], outline="#ffffff", width=12)
    draw.line([(tower_x - 45, 470), (tower_x + 45, 470)], fill="#ffffff", width=10)
    draw.ellipse([tower_x - 22, tower_y - 22, tower_x + 22, tower_y + 22], fill="#f2a33a")
    # A cloud with rain.
    for box in ([150, 130, 330, 290], [250, 80, 460, 280], [380, 140, 540, 290]):
        draw.ellipse(box, fill="#dbe6f4")
    draw.rectangle([200, 215, 500, 290], fill="#dbe6f4")
    for x in range(210, 500, 45):
        draw.line([(x, 320), (x - 20, 380)], fill="#9fc3ea", width=10)
    # Houses and water.
    for x in (140, 300, 460):
        draw.rectangle([x, 470, x + 110, 560], fill="#ffffff")
        draw.polygon([(x - 12, 475), (x + 55, 415), (x + 122, 475)], fill="#e8eff8")
    for row, colour in enumerate(("#5aa0e0", "#3d86cf", "#2a6db5")):
        points = [(x, 545 + row * 40 + 14 * math.sin(x / 55 + row)) for x in range(0, 1201, 20)]
        draw.polygon([*points, (1200, 675), (0, 675)], fill=colour)
    return image


def _cooperation_cover() -> PILImage.Image:
    """Cities on a map joined by lines: international cooperation between municipalities."""
    image = _gradient(COVER_SIZE, "#0b5a5a", "#1d8a7a")
    draw = ImageDraw.Draw(image)
    for x in range(0, 1200, 60):
        draw.line([(x, 0), (x, 675)], fill="#137068", width=2)
    for y in range(0, 675, 60):
        draw.line([(0, y), (1200, y)], fill="#137068", width=2)
    cities = [(180, 200), (420, 120), (640, 260), (880, 150), (1030, 380), (760, 500), (420, 470), (230, 520)]
    for index, start in enumerate(cities):
        for end in cities[index + 1 : index + 3]:
            draw.line([start, end], fill="#bfe6dd", width=6)
    for number, (x, y) in enumerate(cities):
        radius = 34 if number % 3 == 0 else 24
        draw.ellipse([x - radius - 10, y - radius - 10, x + radius + 10, y + radius + 10], fill="#0b5a5a")
        draw.ellipse(
            [x - radius, y - radius, x + radius, y + radius], fill="#f2a33a" if number % 3 == 0 else "#ffffff"
        )
    # Two hands' worth of buildings at the bottom.
    for x, height in ((60, 120), (150, 180), (250, 140), (900, 160), (1000, 220), (1100, 130)):
        draw.rectangle([x, 675 - height, x + 80, 675], fill="#e3f3f1")
        for window_y in range(675 - height + 20, 660, 36):
            draw.rectangle([x + 16, window_y, x + 32, window_y + 16], fill="#1d8a7a")
            draw.rectangle([x + 48, window_y, x + 64, window_y + 16], fill="#1d8a7a")
    return image


def _logo(initials: str, colour: str) -> PILImage.Image:
    """A round seal with two bars: a stand-in institution logo (no text, no font files)."""
    size = 192
    image = PILImage.new("RGB", (size, size), "#ffffff")
    draw = ImageDraw.Draw(image)
    draw.ellipse([8, 8, size - 8, size - 8], fill=colour)
    draw.ellipse([34, 34, size - 34, size - 34], outline="#ffffff", width=8)
    seed = sum(map(ord, initials))
    for index in range(3):
        angle = (seed + index * 120) % 360
        x = size / 2 + 42 * math.cos(math.radians(angle))
        y = size / 2 + 42 * math.sin(math.radians(angle))
        draw.ellipse([x - 10, y - 10, x + 10, y + 10], fill="#f2a33a")
    return image


# By course slug: the drawing, its title in the image library and the alt text.
COVERS = {
    "comunicacion-de-riesgos": (
        _risk_cover,
        "Demo: comunicación de riesgos",
        "Ilustración: una nube de tormenta sobre casas junto al agua y una antena que emite una alerta.",
    ),
    "formulacion-de-proyectos": (
        _cooperation_cover,
        "Demo: cooperación entre ciudades",
        "Ilustración: un mapa con ciudades unidas por líneas y edificios municipales.",
    ),
    "formulacao-de-projetos": (
        _cooperation_cover,
        "Demo: cooperación entre ciudades",
        "Ilustração: um mapa com cidades ligadas por linhas e prédios municipais.",
    ),
}


def _stored(title: str, draw) -> Image:
    existing = Image.objects.filter(title=title).first()
    if existing is not None:
        return existing
    buffer = BytesIO()
    draw().save(buffer, format="PNG", optimize=True)
    slug = slugify(title.removeprefix("Demo:"))
    return Image.objects.create(title=title, file=ImageFile(buffer, name=f"demo-{slug}.png"))


def course_cover(slug: str) -> tuple[Image, str] | None:
    """(image, alt text) for the demo course with this slug, None for another course."""
    if slug not in COVERS:
        return None
    draw, title, alt = COVERS[slug]
    return _stored(title, draw), alt


def institution_logo(short_name: str, colour: str) -> Image:
    return _stored(f"Demo: logo {short_name}", lambda: _logo(short_name, colour))
