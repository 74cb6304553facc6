import datetime
import io
import re
import unicodedata
import xml.etree.ElementTree as ET

import pypdf
import pypdfium2
import pytest
import zxingcpp
from PIL import Image, ImageDraw

from capacitacion.certificates.pdf import (
    CertificateContent,
    CertificateDesign,
    Signatory,
    render_certificate_pdf,
)

# Every letter the issue names, the combining g̃ (no precomposed form) and both apostrophes.
GUARANI_NAME = "Ag̃uero Ñandú Gonçalves D’Ávila O'Neil Irã Põ Ẽma Ĩra Ũrú Ỹva"
CREDENTIAL = b'{"@context": ["https://www.w3.org/ns/credentials/v2"], "name": "Ag\xcc\x83uero"}'
A4_LANDSCAPE_PT = (841.89, 595.28)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", " ".join(text.split()))


def make_content(**overrides) -> CertificateContent:
    values = {
        "language": "es",
        "holder_name": GUARANI_NAME,
        "course_title": "Comunicación de riesgos: antes, durante y después del desastre",
        "institution_name": "Universidad Regional del Plata",
        "hours": 40,
        "completed_on": datetime.date(2026, 3, 12),
        "code": "7K3M-Q9XD-2HFT-W8PA",
        "verify_url": "https://aula.example.org/certificados/verificar/7K3M-Q9XD-2HFT-W8PA/",
    }
    return CertificateContent(**{**values, **overrides})


def image_bytes(size: tuple[int, int], fmt: str, mode: str = "RGB") -> bytes:
    image = Image.new(mode, size, (250, 245, 230, 0) if mode == "RGBA" else (250, 245, 230))
    ImageDraw.Draw(image).line((0, size[1] - 1, size[0] - 1, 0), fill=(20, 40, 90, 255), width=5)
    out = io.BytesIO()
    image.save(out, format=fmt)
    return out.getvalue()


def page_text(pdf: bytes) -> str:
    return pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text()


def char_boxes(pdf: bytes) -> list[tuple[str, tuple[float, float, float, float]]]:
    """Each printed character with its box (left, bottom, right, top) in points."""
    page = pypdfium2.PdfDocument(pdf)[0]
    text_page = page.get_textpage()
    return [
        (text_page.get_text_range(index, 1), text_page.get_charbox(index))
        for index in range(text_page.count_chars())
        if not text_page.get_text_range(index, 1).isspace()
    ]


def test_text_has_the_holder_name_with_every_special_character_the_course_and_the_code():
    content = make_content()

    text = nfc(page_text(render_certificate_pdf(content, CertificateDesign(), CREDENTIAL)))

    assert nfc(GUARANI_NAME) in text
    assert nfc(content.course_title) in text
    assert "7K3M-Q9XD-2HFT-W8PA" in text
    assert "Universidad Regional del Plata certifica que" in text
    assert "Carga horaria: 40 horas" in text


@pytest.mark.parametrize("base", ["g", "G"])
def test_the_combining_tilde_sits_centred_above_its_letter(base):
    pdf = render_certificate_pdf(
        make_content(holder_name=f"A{base}\u0303uero"), CertificateDesign(), CREDENTIAL
    )

    boxes = char_boxes(pdf)
    index = next(i for i, (char, _) in enumerate(boxes) if char == "\u0303")
    base_char, (base_left, _, base_right, base_top) = boxes[index - 1]
    _, (tilde_left, tilde_bottom, tilde_right, _) = boxes[index]
    assert base_char == base
    base_width = base_right - base_left
    assert abs((tilde_left + tilde_right) / 2 - (base_left + base_right) / 2) < 0.15 * base_width
    assert tilde_bottom > base_top  # above the letter, not through it


def test_qr_code_is_vector_and_decodes_to_the_verification_url():
    content = make_content()
    pdf = render_certificate_pdf(content, CertificateDesign(), CREDENTIAL)

    # The default design has no images at all, so the QR code must be drawn with paths.
    resources = pypdf.PdfReader(io.BytesIO(pdf)).pages[0]["/Resources"]
    assert "/XObject" not in resources
    bitmap = pypdfium2.PdfDocument(pdf)[0].render(scale=200 / 72).to_pil()
    decoded = [barcode.text for barcode in zxingcpp.read_barcodes(bitmap)]
    assert decoded == [content.verify_url]
    assert content.verify_url in page_text(pdf)


def test_credential_is_attached_byte_for_byte_as_an_associated_file():
    pdf = render_certificate_pdf(make_content(), CertificateDesign(), CREDENTIAL)

    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert reader.attachments["credential.json"] == [CREDENTIAL]
    (file_spec,) = [ref.get_object() for ref in reader.trailer["/Root"]["/AF"]]
    assert file_spec["/F"] == "credential.json"
    assert file_spec["/AFRelationship"] == "/Data"
    assert file_spec["/EF"]["/F"].get_object()["/Subtype"] == "/application/ld+json"


def test_document_declares_pdf_a_3b_with_an_srgb_output_intent():
    pdf = render_certificate_pdf(make_content(), CertificateDesign(), CREDENTIAL)

    reader = pypdf.PdfReader(io.BytesIO(pdf))
    root = reader.trailer["/Root"]
    xmp = ET.fromstring(root["/Metadata"].get_object().get_data())
    pdfaid = "{http://www.aiim.org/pdfa/ns/id/}"
    assert xmp.find(f".//{pdfaid}part").text == "3"
    assert xmp.find(f".//{pdfaid}conformance").text == "B"
    (intent,) = root["/OutputIntents"]
    assert intent["/S"] == "/GTS_PDFA1"
    assert intent["/DestOutputProfile"].get_object().get_data()[36:40] == b"acsp"  # an ICC profile
    assert reader.pdf_header == "%PDF-1.7"
    for font in reader.pages[0]["/Resources"]["/Font"].values():
        descriptor = font.get_object()["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        assert "/FontFile2" in descriptor


def test_a_long_name_shrinks_onto_one_line():
    name = "María de los Ángeles Ñandutí Gonçalves da Conceição Ybyrapytã"  # 62 characters

    text = page_text(render_certificate_pdf(make_content(holder_name=name), CertificateDesign(), CREDENTIAL))

    assert name in text.splitlines()


@pytest.mark.parametrize("name", ["Ñandutí " * 15, "Gonçalves" * 13])
def test_a_120_character_name_stays_whole_and_on_the_page(name):
    name = name.strip()[:120]
    pdf = render_certificate_pdf(make_content(holder_name=name), CertificateDesign(), CREDENTIAL)

    assert nfc(name).replace(" ", "") in nfc(page_text(pdf)).replace(" ", "")
    width, height = A4_LANDSCAPE_PT
    frame = 11 / 25.4 * 72  # the inner frame line, 11 mm from the edge
    for char, (left, bottom, right, top) in char_boxes(pdf):
        assert frame < left and right < width - frame, char
        assert frame < bottom and top < height - frame, char


def test_a_design_with_background_logo_and_two_signatories_renders():
    design = CertificateDesign(
        accent_color="#7a1f1f",
        background=image_bytes((3508, 2480), "JPEG"),
        logo=image_bytes((600, 200), "PNG", mode="RGBA"),
        signatories=(
            Signatory("Dra. Ana Pérez", "Directora académica", image_bytes((500, 150), "PNG", "RGBA")),
            Signatory("Lic. João Araújo", "Coordinador de la red", image_bytes((400, 120), "JPEG")),
        ),
        intro="La Universidad Regional del Plata hace constar que",
        body="aprobó el curso virtual",
    )

    pdf = render_certificate_pdf(make_content(), design, CREDENTIAL)

    text = nfc(page_text(pdf))
    for expected in (
        "Dra. Ana Pérez",
        "Directora académica",
        "Lic. João Araújo",
        "Coordinador de la red",
        "La Universidad Regional del Plata hace constar que",
        "aprobó el curso virtual",
    ):
        assert expected in text
    assert "certifica que" not in text
    images = pypdf.PdfReader(io.BytesIO(pdf)).pages[0].images
    assert len(images) == 4
    # The print-resolution background is scaled down before it is embedded.
    assert max(image.image.width for image in images) <= 1754


@pytest.mark.parametrize(
    ("language", "date"),
    [("es", "12 de marzo de 2026"), ("pt-br", "12 de março de 2026"), ("en", "March 12, 2026")],
)
def test_labels_and_dates_follow_the_certificate_language(language, date):
    content = make_content(language=language, valid_until=datetime.date(2031, 3, 12))

    pdf = render_certificate_pdf(content, CertificateDesign(), CREDENTIAL)

    text = page_text(pdf)
    assert date in text
    assert pypdf.PdfReader(io.BytesIO(pdf)).trailer["/Root"]["/Lang"] == language
    if language == "es":
        assert "CERTIFICADO" in text
        assert "Finalizado el 12 de marzo de 2026" in text
        assert "Válido hasta el 12 de marzo de 2031" in text


def test_a_certificate_without_hours_leaves_the_hours_out():
    text = page_text(render_certificate_pdf(make_content(hours=None), CertificateDesign(), CREDENTIAL))

    assert "Carga horaria" not in text
    assert "Finalizado el 12 de marzo de 2026" in text


def embedded_fonts(pdf: bytes) -> dict[str, bytes]:
    fonts = pypdf.PdfReader(io.BytesIO(pdf)).pages[0]["/Resources"]["/Font"].values()
    return {
        font.get_object()["/BaseFont"]: font.get_object()["/DescendantFonts"][0]
        .get_object()["/FontDescriptor"]["/FontFile2"]
        .get_object()
        .get_data()
        for font in fonts
    }


def test_reused_font_cuts_are_the_fonts_of_a_fresh_cut():
    """Fonts are parsed once per process and their subsets cut once per glyph set; a
    certificate with other letters in between changes nothing in the next one."""
    from capacitacion.certificates import pdf

    first = make_content(holder_name="Zoë Ñandú Gonçalves")
    other = make_content(holder_name="Łukasz Żółw Ağaoğlu", code="ABCD-EFGH-JKMN-PQRS")
    pdf._CUTS.clear()
    fresh = render_certificate_pdf(first, CertificateDesign(), CREDENTIAL)
    between = render_certificate_pdf(other, CertificateDesign(), CREDENTIAL)
    reused = render_certificate_pdf(first, CertificateDesign(), CREDENTIAL)

    assert len(embedded_fonts(fresh)) == 2
    assert embedded_fonts(reused) == embedded_fonts(fresh)
    assert embedded_fonts(between) != embedded_fonts(fresh)
    assert nfc("Zoë Ñandú Gonçalves") in nfc(page_text(reused))
    assert nfc("Łukasz Żółw Ağaoğlu") in nfc(page_text(between))


def test_what_is_prepared_once_per_process_gives_the_document_a_fresh_process_makes():
    """Constant streams (fonts, maps, the ICC profile) are compressed once, the shared
    characters' glyphs picked once: the next certificate is byte for byte what a
    fresh process would make (but for the clock)."""
    from capacitacion.certificates import pdf

    content = make_content(holder_name="Zoë Ñandú Gonçalves")
    pdf._COMPRESSED.clear()
    pdf._parsed.__dict__.pop("subsets", None)
    fresh = render_certificate_pdf(content, CertificateDesign(), CREDENTIAL)
    render_certificate_pdf(make_content(holder_name="Łukasz Żółw"), CertificateDesign(), b"{}")
    reused = render_certificate_pdf(content, CertificateDesign(), CREDENTIAL)

    assert without_the_clock(reused) == without_the_clock(fresh)
    assert len(pdf._COMPRESSED) <= pdf._COMPRESSED.maxsize


def without_the_clock(document: bytes) -> bytes:
    """fpdf2 stamps the wall clock into the XMP metadata and the file /ID hashes it."""
    document = re.sub(rb'xmp:(ModifyDate|MetadataDate)="[^"]*"', b"", document)
    return re.sub(rb"/ID \[<[0-9A-F]+><[0-9A-F]+>\]", b"", document)


def pixel(pdf: bytes, x_mm: float, y_mm: float, dpi: int = 150) -> tuple[int, int, int]:
    bitmap = pypdfium2.PdfDocument(pdf)[0].render(scale=dpi / 72).to_pil().convert("RGB")
    return bitmap.getpixel((round(x_mm / 25.4 * dpi), round(y_mm / 25.4 * dpi)))


def near(colour: tuple[int, int, int], expected: tuple[int, int, int], tolerance: int = 12) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(colour, expected, strict=True))


@pytest.mark.parametrize("background", [None, image_bytes((1200, 850), "JPEG")])
def test_every_certificate_carries_the_network_mark(background):
    """Drawn over the institution's design too: its blue square with the white A
    and the orange curve (static/img/aula-mark.svg), and the network's name."""
    pdf = render_certificate_pdf(make_content(), CertificateDesign(background=background), CREDENTIAL)

    text = page_text(pdf)
    assert "Aula" in text.split() and "Red de ciudades sudamericanas" in text

    # The mark is 11 mm square at (20, 18) mm; the SVG is 64 units square.
    def at(units_x, units_y):
        return pixel(pdf, 20 + units_x * 11 / 64, 18 + units_y * 11 / 64)

    assert near(at(6, 6), (0x1D, 0x4F, 0x91))  # the square
    assert near(at(32, 18), (255, 255, 255))  # the A's apex
    assert near(at(32, 30), (0x1D, 0x4F, 0x91))  # inside the A: an open stroke, not a filled triangle
    assert near(at(32, 40), (0xF2, 0xA3, 0x3A), tolerance=30)  # the curve


def test_the_details_name_the_institution_and_the_edition():
    text = nfc(
        page_text(
            render_certificate_pdf(
                make_content(edition="Cohorte 2026 · Cono Sur"), CertificateDesign(), CREDENTIAL
            )
        )
    )

    assert "Institución: Universidad Regional del Plata" in text
    assert "Edición: Cohorte 2026 · Cono Sur" in text
    assert "Carga horaria: 40 horas" in text and "Finalizado el 12 de marzo de 2026" in text
    assert "Edición" not in page_text(render_certificate_pdf(make_content(), CertificateDesign(), CREDENTIAL))


def overlapping(boxes, tolerance: float = 0.3):
    """Pairs of characters whose boxes overlap by more than `tolerance` points each
    way, letters next to each other aside (an f leans over the i after it)."""
    found = []
    for index, (char, (left, bottom, right, top)) in enumerate(boxes):
        for other, (o_left, o_bottom, o_right, o_top) in boxes[index + 2 :]:
            if (
                min(right, o_right) - max(left, o_left) > tolerance
                and min(top, o_top) - max(bottom, o_bottom) > tolerance
            ):
                found.append((char, other))
    return found


def test_a_long_name_three_signatories_and_every_detail_fit_without_overlapping():
    signature = image_bytes((500, 150), "PNG", "RGBA")
    design = CertificateDesign(
        logo=image_bytes((600, 200), "PNG", mode="RGBA"),
        signatories=(
            Signatory("Dra. Graciela Inés Sosa", "Decana de la Facultad de Comunicación", signature),
            Signatory("Mg. Martín Alejandro Ríos", "Secretario ejecutivo de la red", signature),
            Signatory(
                "Prof. Dr. Joaquim Augusto Cavalcanti de Albuquerque",
                "Pró-reitor de Extensão e Cultura da Universidade Federal",
                signature,
            ),
        ),
        intro="Certificamos que",
        body="completó y aprobó el curso",
    )
    content = make_content(
        holder_name="María de los Ángeles Fernández-Villanueva Gonçalves",
        course_title="Comunicación de riesgos para periodistas y comunicadores en emergencias y desastres",
        edition="Cohorte 2026 · Cono Sur",
        valid_until=datetime.date(2031, 3, 12),
    )

    pdf = render_certificate_pdf(content, design, CREDENTIAL)

    text = nfc(page_text(pdf))
    assert "María de los Ángeles Fernández-Villanueva Gonçalves" in text
    for name in ("Graciela Inés Sosa", "Martín Alejandro", "Joaquim Augusto"):
        assert name in text
    boxes = char_boxes(pdf)
    width, height = A4_LANDSCAPE_PT
    frame = 11 / 25.4 * 72
    for char, (left, bottom, right, top) in boxes:
        assert frame < left and right < width - frame, char
        assert frame < bottom and top < height - frame, char
    assert overlapping(boxes) == []
