from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Imagen"))
    alt_text = blocks.CharBlock(
        label=_("Texto alternativo"),
        max_length=250,
        help_text=_("Describe la imagen para quien no puede verla."),
    )
    caption = blocks.CharBlock(label=_("Leyenda"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Imagen")
        template = "home/blocks/image_block.html"


class BodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(
        label=_("Subtítulo"), max_length=120, form_classname="title", template="home/blocks/heading.html"
    )
    paragraph = blocks.RichTextBlock(
        label=_("Párrafo"), features=["bold", "italic", "link", "ol", "ul", "h3", "h4"]
    )
    image = ImageBlock()
