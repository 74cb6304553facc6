"""What a lesson is made of. Each block renders with its own template in
templates/cursos/blocks/; media embeds load nothing from a third party until the
learner asks for the player."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock

from home.blocks import ImageBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3", "h4", "blockquote"]


class VideoBlock(blocks.StructBlock):
    url = blocks.URLBlock(
        label=_("Dirección del video"),
        help_text=_("YouTube o Vimeo. El reproductor se carga solo cuando la persona lo pide."),
    )
    title = blocks.CharBlock(label=_("Título"), max_length=200)
    duration = blocks.CharBlock(label=_("Duración"), required=False, max_length=20, help_text=_("Ej.: 4:30"))
    transcript = blocks.RichTextBlock(label=_("Transcripción"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "cursos/blocks/video.html"


class AudioBlock(blocks.StructBlock):
    url = blocks.URLBlock(
        label=_("Dirección del audio"), help_text=_("Archivo de audio (MP3, OGG) o podcast.")
    )
    title = blocks.CharBlock(label=_("Título"), max_length=200)
    duration = blocks.CharBlock(label=_("Duración"), required=False, max_length=20)
    transcript = blocks.RichTextBlock(label=_("Transcripción"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "media"
        label = _("Audio")
        template = "cursos/blocks/audio.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Documento"))
    title = blocks.CharBlock(label=_("Título"), max_length=200)
    description = blocks.TextBlock(label=_("Descripción"), required=False, max_length=400)

    class Meta:
        icon = "doc-full"
        label = _("Documento descargable")
        template = "cursos/blocks/document.html"


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Tipo"),
        choices=[("key_idea", _("Idea clave")), ("warning", _("Advertencia")), ("example", _("Ejemplo"))],
        default="key_idea",
    )
    title = blocks.CharBlock(label=_("Título"), required=False, max_length=120)
    text = blocks.RichTextBlock(label=_("Texto"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "pick"
        label = _("Destacado")
        template = "cursos/blocks/callout.html"


class CaseStudyBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Título"), max_length=200)
    context = blocks.RichTextBlock(label=_("El caso"), features=RICH_TEXT_FEATURES)
    analysis = blocks.RichTextBlock(label=_("Análisis"), required=False, features=RICH_TEXT_FEATURES)
    questions = blocks.RichTextBlock(
        label=_("Preguntas para reflexionar"), required=False, features=RICH_TEXT_FEATURES
    )

    class Meta:
        icon = "openquote"
        label = _("Caso de estudio")
        template = "cursos/blocks/case_study.html"


class GlossaryTermBlock(blocks.StructBlock):
    term = blocks.CharBlock(label=_("Término"), max_length=120)
    definition = blocks.RichTextBlock(label=_("Definición"), features=["bold", "italic", "link"])

    class Meta:
        icon = "help"
        label = _("Término del glosario")
        template = "cursos/blocks/glossary_term.html"


class LessonBodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(
        label=_("Subtítulo"), max_length=120, form_classname="title", template="home/blocks/heading.html"
    )
    paragraph = blocks.RichTextBlock(label=_("Texto"), features=RICH_TEXT_FEATURES)
    image = ImageBlock()
    video = VideoBlock()
    audio = AudioBlock()
    document = DocumentBlock()
    callout = CalloutBlock()
    case_study = CaseStudyBlock()
    table = TableBlock(
        label=_("Tabla"),
        template="cursos/blocks/table.html",
        table_options={
            "contextMenu": ["row_above", "row_below", "col_left", "col_right", "remove_row", "remove_col"]
        },
    )
    glossary_term = GlossaryTermBlock()
