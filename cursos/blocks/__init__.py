from cursos.blocks.content import LessonBodyBlock
from cursos.blocks.questions import QuestionStreamBlock

__all__ = ["LessonBodyBlock", "QuestionStreamBlock"]
