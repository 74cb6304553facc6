"""The demo courses, read from text files that a content person can correct and a
translator can diff: cursos/demo/content/<course-slug>/course.yaml holds the course's
own fields, and NN-<module-slug>.yaml one module each (its lessons and quizzes in order,
lesson blocks and questions as the raw StreamField data the pages store, rich text as
the HTML the blocks expect). A translated course is a folder of the same shape whose
course.yaml says `translation_of: <source-course-slug>`; its files pair with the source's
by number, block for block.

load_course() returns the dictionary cursos.demo builds pages from. Every mistake it finds
(a key that the page or block does not have, a missing key, a repeated key, a file whose
name does not match its slug, a translation whose shape differs from its source) raises
ContentError naming the file, the line and the place in the data."""

from pathlib import Path

import yaml
from wagtail import blocks

from cursos.models import LessonPage, QuizPage

CONTENT = Path(__file__).resolve().parent / "content"

COURSE_KEYS = {
    "required": (
        "title",
        "slug",
        "summary",
        "description",
        "audience",
        "programme",
        "language",
        "estimated_hours",
        "tags",
    ),
    "optional": ("translation_of",),
}
MODULE_KEYS = {"required": ("title", "slug", "summary", "items"), "optional": ()}
ITEM_KEYS = {
    "lesson": {"required": ("kind", "title", "slug", "estimated_minutes", "body"), "optional": ()},
    "quiz": {
        "required": ("kind", "title", "slug", "intro", "pass_mark", "questions"),
        "optional": ("max_attempts",),
    },
}
# Raw StreamField data: a list of {"type": ..., "value": ...}; "id" is allowed but optional.
STREAM_CHILD_KEYS = {"required": ("type", "value"), "optional": ("id",)}


class ContentError(ValueError):
    """A mistake in a demo content file, with the file and the place it is in."""


def _path_text(path: tuple) -> str:
    text = ""
    for step in path:
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else str(step))
    return text


class _Located:
    """Errors about one file: finds the line of a place in the data from the YAML nodes."""

    def __init__(self, file: Path, text: str):
        self.file, self.text = file, text

    def line_of(self, path: tuple) -> int | None:
        node = yaml.compose(self.text, Loader=yaml.SafeLoader)
        for step in path:
            if isinstance(node, yaml.MappingNode):
                node = next((value for key, value in node.value if key.value == step), None)
            elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
                node = node.value[step]
            else:
                node = None
            if node is None:
                return None
        return node.start_mark.line + 1

    def error(self, path: tuple, message: str, key: str | None = None) -> ContentError:
        line = self.line_of((*path, key) if key is not None else path) or self.line_of(path)
        where = f"{self.file.relative_to(CONTENT.parent)}" + (f", line {line}" if line else "")
        return ContentError(f"{where}: {message}" + (f" (at {_path_text(path)})" if path else ""))


class _UniqueKeyLoader(yaml.SafeLoader):
    """Safe YAML, but a key written twice in one mapping is a mistake, not the last one wins."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _value in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    "while reading a mapping",
                    node.start_mark,
                    f"the key {key!r} is written twice",
                    key_node.start_mark,
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def _read(file: Path) -> tuple[object, _Located]:
    text = file.read_text(encoding="utf-8")
    located = _Located(file, text)
    try:
        data = yaml.load(text, Loader=_UniqueKeyLoader)  # a SafeLoader subclass
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{file.relative_to(CONTENT.parent)}" + (f", line {mark.line + 1}" if mark else "")
        raise ContentError(f"{where}: not valid YAML: {getattr(error, 'problem', error)}") from error
    return data, located


def _check_keys(data, keys: dict, located: _Located, path: tuple) -> None:
    if not isinstance(data, dict):
        raise located.error(path, f"expected keys {', '.join(keys['required'])}, found {type(data).__name__}")
    known = (*keys["required"], *keys["optional"])
    for key in data:
        if key not in known:
            raise located.error(path, f"unknown key {key!r}; the keys here are: {', '.join(known)}", key=key)
    for key in keys["required"]:
        if key not in data:
            raise located.error(path, f"missing key {key!r}")


def _check_block(block: blocks.Block, value, located: _Located, path: tuple) -> None:
    """The raw value against the block that will read it: Wagtail drops a key a struct
    block does not have without a word, so a typo would silently lose content."""
    if isinstance(block, blocks.StreamBlock):
        if not isinstance(value, list):
            raise located.error(path, "expected a list of blocks")
        for index, child in enumerate(value):
            _check_keys(child, STREAM_CHILD_KEYS, located, (*path, index))
            child_block = block.child_blocks.get(child["type"])
            if child_block is None:
                known = ", ".join(block.child_blocks)
                raise located.error(
                    (*path, index),
                    f"unknown block type {child['type']!r}; the types are: {known}",
                    key="type",
                )
            _check_block(child_block, child["value"], located, (*path, index, "value"))
    elif isinstance(block, blocks.StructBlock):
        keys = {"required": (), "optional": tuple(block.child_blocks)}
        _check_keys(value, keys, located, path)
        for name, child_value in value.items():
            _check_block(block.child_blocks[name], child_value, located, (*path, name))
    elif isinstance(block, blocks.ListBlock):
        if not isinstance(value, list):
            raise located.error(path, "expected a list")
        for index, child_value in enumerate(value):
            _check_block(block.child_block, child_value, located, (*path, index))


def _module(file: Path) -> tuple[dict, _Located]:
    data, located = _read(file)
    _check_keys(data, MODULE_KEYS, located, ())
    expected_name = f"{file.name[:2]}-{data['slug']}.yaml"
    if file.name != expected_name:
        raise located.error(
            (), f"the module's slug is {data['slug']!r}: name the file {expected_name}", key="slug"
        )
    if not isinstance(data["items"], list):
        raise located.error(("items",), "expected a list of lessons and quizzes")
    for index, item in enumerate(data["items"]):
        path = ("items", index)
        kind = item.get("kind") if isinstance(item, dict) else None
        if kind not in ITEM_KEYS:
            raise located.error(path, f"kind must be one of {', '.join(ITEM_KEYS)}, not {kind!r}", key="kind")
        _check_keys(item, ITEM_KEYS[kind], located, path)
        if kind == "lesson":
            _check_block(
                LessonPage._meta.get_field("body").stream_block, item["body"], located, (*path, "body")
            )
        else:
            stream = QuizPage._meta.get_field("questions").stream_block
            _check_block(stream, item["questions"], located, (*path, "questions"))
    return data, located


def _modules(folder: Path) -> list[tuple[dict, _Located]]:
    files = sorted(folder.glob("*.yaml"))
    modules = [file for file in files if file.name != "course.yaml"]
    for number, file in enumerate(modules, start=1):
        if not file.name.startswith(f"{number:02d}-"):
            raise ContentError(
                f"{file.relative_to(CONTENT.parent)}: modules are numbered 01-, 02-, … in order; "
                f"expected a name starting {number:02d}-"
            )
    return [_module(file) for file in modules]


def _shape(module: dict) -> list:
    return [
        (item["kind"], [block["type"] for block in item.get("body", item.get("questions", []))])
        for item in module["items"]
    ]


def _check_translation(modules: list[tuple[dict, _Located]], source_slug: str, located: _Located) -> None:
    """A translation's pages are linked to its source's by position, so both have the same
    modules, lessons and quizzes in the same order, with the same blocks and questions."""
    source_folder = CONTENT / source_slug
    if not (source_folder / "course.yaml").is_file():
        raise located.error(
            (), f"translation_of names {source_slug!r}, but there is no {source_folder.name}/course.yaml"
        )
    source_modules = _modules(source_folder)
    if len(source_modules) != len(modules):
        raise located.error(
            (),
            f"{len(modules)} modules, but its source {source_slug} has {len(source_modules)}",
            key="translation_of",
        )
    for (module, module_located), (source, source_located) in zip(modules, source_modules, strict=True):
        for index, (item, source_item) in enumerate(zip(_shape(module), _shape(source), strict=False)):
            if item != source_item:
                raise module_located.error(
                    ("items", index),
                    f"does not match {source_located.file.name} item {index}: {item[0]} with blocks "
                    f"{item[1]}, the source has {source_item[0]} with blocks {source_item[1]}",
                )
        if len(module["items"]) != len(source["items"]):
            raise module_located.error(
                ("items",),
                f"{len(module['items'])} lessons and quizzes, "
                f"{source_located.file.name} has {len(source['items'])}",
            )


def load_course(slug: str) -> dict:
    """The course in cursos/demo/content/<slug>/, as the dictionary the demo builder reads:
    the course's fields plus "modules", each with its "items"."""
    folder = CONTENT / slug
    course, located = _read(folder / "course.yaml")
    _check_keys(course, COURSE_KEYS, located, ())
    if course["slug"] != slug:
        raise located.error((), f"the slug is {course['slug']!r} but the folder is {slug!r}", key="slug")
    modules = _modules(folder)
    source_slug = course.pop("translation_of", None)
    if source_slug is not None:
        _check_translation(modules, source_slug, located)
    course["modules"] = [module for module, _located in modules]
    return course


def course_slugs() -> list[str]:
    """Every demo course with a folder of its own."""
    return sorted(folder.name for folder in CONTENT.iterdir() if (folder / "course.yaml").is_file())
