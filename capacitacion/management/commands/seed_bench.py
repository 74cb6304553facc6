"""Load a network-sized dataset for bench/ (docs/performance.md): 40 institutions,
400 courses, 8,000 lessons, 1,500 quizzes, 50,000 learners, ~500,000 lesson
completions, 100,000 quiz attempts and 20,000 certificates, in about a minute.

Only for a throwaway database (bench/ creates one): it writes rows in bulk, around
the services. Pages get their treebeard paths computed here and are inserted in
batches instead of one add_child() each; every learner shares one precomputed
password hash; the big tables (completions, attempts, results) are filled with
INSERT .. SELECT. Certificates are rows with a stored credential and no PDF; only
the first SIGNED_CERTIFICATES carry a real signature (signing is the slow part and
is measured by bench/certificates.py), the rest an unsigned document of the same shape.
`--small` builds the same shape with a handful of each, to compare query counts."""

import time
import uuid
from dataclasses import dataclass, field
from datetime import timedelta
from itertools import cycle
from operator import attrgetter

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Locale, Page, Revision
from wagtail.search.backends import get_search_backend

from capacitacion import credentials
from capacitacion.certificates.codes import generate_code
from capacitacion.credentials.openbadges import build_credential
from capacitacion.models import Certificate, Enrollment, EnrollmentStatus, LearnerProfile
from cursos.blocks.questions import auto_graded_types, question_block
from cursos.models import CatalogPage, CoursePage, InstitutionPage, LessonPage, ModulePage, QuizPage
from cursos.selectors import institution_path
from home.demo import ensure_home_page, ensure_locales
from home.models import HomeFeaturedItem

PASSWORD = "aula-bench-2026"
SIGNED_CERTIFICATES = 20
BATCH = 2000
COUNTRIES = ["AR", "BO", "BR", "CL", "CO", "EC", "PY", "PE", "UY", "VE"]
TOPICS = [
    "Comunicación de riesgos",
    "Alertas tempranas",
    "Cobertura de desastres",
    "Marco lógico",
    "Presupuesto de proyectos",
    "Cooperación Sur-Sur",
    "Verificación de datos",
    "Fuentes oficiales",
]


@dataclass(frozen=True)
class Size:
    institutions: int
    courses_per_institution: int
    modules_per_course: int
    lessons_per_module: int
    quizzes: int
    learners: int
    # Rough targets; the exact counts follow from the patterns below and are printed.
    attempts: int
    certificates: int


SIZES = {
    "network": Size(40, 10, 4, 5, 1500, 50_000, 100_000, 20_000),
    "small": Size(2, 2, 2, 3, 4, 40, 60, 10),
}


def quiz_questions() -> list[dict]:
    """Twenty auto-graded questions, cycling through the types, each its block's example
    (as bench/quiz.py)."""
    kinds = cycle(auto_graded_types().items())
    return [
        {"type": name, "value": block.example_value(number)}
        for number, (name, block) in zip(range(1, 21), kinds, strict=False)
    ]


def lesson_body() -> list[dict]:
    paragraph = (
        "<p>Antes de una emergencia, la comunicación de riesgos construye confianza: fuentes "
        "oficiales identificadas, mensajes claros y canales que llegan a toda la población.</p>"
    )
    return [
        {"type": "heading", "value": "Ideas clave"},
        {"type": "paragraph", "value": paragraph * 3},
        {"type": "heading", "value": "En la práctica"},
        {"type": "paragraph", "value": paragraph * 4},
    ]


def canonical_stream(model, field_name: str, raw: list[dict]):
    """The stored JSON of a StreamField with every block, choice and item id assigned,
    so all pages share one question set whose answers are known."""
    value = getattr(model(**{field_name: raw}), field_name)
    list(value)
    return value.get_prep_value()


@dataclass
class Tree:
    """Pages to insert, with their treebeard paths computed here."""

    locale: Locale
    now: object
    pages: dict = field(default_factory=dict)  # model -> [instances]
    children: dict = field(default_factory=dict)  # parent path -> count

    def add(self, parent, model, **fields):
        number = self.children.get(parent.path, parent.numchild) + 1
        self.children[parent.path] = number
        slug = fields.pop("slug")
        page = model(
            path=Page._get_path(parent.path, parent.depth + 1, number),
            depth=parent.depth + 1,
            numchild=0,
            slug=slug,
            url_path=f"{parent.url_path}{slug}/",
            draft_title=fields["title"],
            locale=self.locale,
            translation_key=uuid.uuid4(),
            live=True,
            has_unpublished_changes=False,
            first_published_at=self.now,
            last_published_at=self.now,
            content_type=ContentType.objects.get_for_model(model),
            **fields,
        )
        self.pages.setdefault(model, []).append(page)
        return page

    def insert(self):
        """The wagtailcore_page rows, then each type's own table, with COPY (Django's
        bulk_create refuses multi-table inheritance, and is slower anyway)."""
        for page_list in self.pages.values():
            for page in page_list:
                page.numchild = self.children.get(page.path, 0)
        for model, page_list in self.pages.items():
            base_fields = [f for f in Page._meta.concrete_fields if not f.primary_key]
            bases = [Page(**{f.attname: getattr(page, f.attname) for f in base_fields}) for page in page_list]
            copy_rows(Page, bases)
            for page, base in zip(page_list, bases, strict=True):
                page.page_ptr_id = page.id = base.id
            copy_rows(model, page_list)
        for parent_path, count in self.children.items():
            Page.objects.filter(path=parent_path).update(numchild=count)


def copy_rows(model, objs: list) -> None:
    """Write model instances to the model's own table with COPY, their ids taken
    from the table's sequence first so the caller can refer to them."""
    if not objs:
        return
    table, fields = model._meta.db_table, model._meta.local_concrete_fields
    with connection.cursor() as cursor:
        if model._meta.pk.get_internal_type() in ("AutoField", "BigAutoField"):
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                [table, model._meta.pk.column, len(objs)],
            )
            for obj, (pk,) in zip(objs, cursor.fetchall(), strict=True):
                obj.pk = pk
        columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
        values = [column_value(f) for f in fields]
        with cursor.cursor.copy(f"COPY {connection.ops.quote_name(table)} ({columns}) FROM STDIN") as copy:
            for obj in objs:
                copy.write_row([value(obj) for value in values])


def column_value(field):
    """How to read a field's column value off an instance. psycopg adapts plain
    values itself; only JSON (StreamField included), files and auto_now dates need
    Django, and skipping it for the rest makes COPY several times faster."""
    if field.get_internal_type() in ("JSONField", "FileField"):
        return lambda obj: field.get_db_prep_save(getattr(obj, field.attname), connection)
    if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
        return lambda obj: field.pre_save(obj, True)
    return attrgetter(field.attname)


class Command(BaseCommand):
    help = "Bench dataset (throwaway databases only): --small, or the network size by default."

    def add_arguments(self, parser):
        parser.add_argument("--small", action="store_true", help="A few courses and learners.")

    def handle(self, *args, small=False, **options):
        if connection.vendor != "postgresql":
            raise CommandError("seed_bench needs PostgreSQL (INSERT .. SELECT, generate_series).")
        if get_user_model().objects.exists():
            raise CommandError("seed_bench loads an empty database only (bench/ makes a throwaway one).")
        size = SIZES["small" if small else "network"]
        started = time.monotonic()

        def log(step: str) -> None:
            if options["verbosity"] > 1:
                self.stdout.write(f"{time.monotonic() - started:6.1f} s  {step}")

        with transaction.atomic():
            counts = seed(size, log)
        log("commit")
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        log("analyze")
        if options["verbosity"]:
            for name, count in counts.items():
                self.stdout.write(f"{name}: {count}")


def seed(size: Size, log=lambda step: None) -> dict:
    now = timezone.now()
    ensure_locales()
    home = ensure_home_page()
    tree = Tree(locale=Locale.get_default(), now=now)
    catalog = tree.add(
        home, CatalogPage, title="Cursos", slug="cursos", intro="<p>Todos los cursos de la red.</p>"
    )
    questions = canonical_stream(QuizPage, "questions", quiz_questions())
    body = canonical_stream(LessonPage, "body", lesson_body())
    courses, lessons_by_course, quizzes_by_course = [], {}, {}
    module_number = 0
    for i in range(size.institutions):
        institution = tree.add(
            catalog,
            InstitutionPage,
            title=f"Universidad {i + 1:02d} de la Red",
            slug=f"universidad-{i + 1:02d}",
            short_name=f"U{i + 1:02d}",
            country=COUNTRIES[i % len(COUNTRIES)],
            description="<p>Institución asociada de la red de ciudades.</p>",
            website="",
        )
        for _ in range(size.courses_per_institution):
            number = len(courses) + 1
            topic = TOPICS[number % len(TOPICS)]
            course = tree.add(
                institution,
                CoursePage,
                title=f"{topic} {number:03d}",
                slug=f"curso-{number:03d}",
                summary=f"{topic}: un curso de la red para periodistas y equipos municipales.",
                description="<p>Un curso de la red.</p>",
                hero_image_alt="",
                audience=["journalists", "municipal", "public"][number % 3],
                programme=["risk_communication", "cooperation"][number % 2],
                language="es",
                estimated_hours=8,
                enrolment_key="",
            )
            courses.append(course)
            lessons_by_course[course.path], quizzes_by_course[course.path] = [], []
            for m in range(size.modules_per_course):
                module = tree.add(
                    course, ModulePage, title=f"Módulo {m + 1}", slug=f"modulo-{m + 1}", summary="Un módulo."
                )
                for k in range(size.lessons_per_module):
                    lessons_by_course[course.path].append(
                        tree.add(
                            module,
                            LessonPage,
                            title=f"Lección {m + 1}.{k + 1}",
                            slug=f"leccion-{k + 1}",
                            body=body,
                        )
                    )
                if module_number < size.quizzes:
                    quizzes_by_course[course.path].append(
                        tree.add(
                            module,
                            QuizPage,
                            title=f"Cuestionario del módulo {m + 1}",
                            slug="cuestionario",
                            intro="<p>Veinte preguntas.</p>",
                            questions=questions,
                        )
                    )
                module_number += 1
    tree.insert()
    log("pages")
    publish_quiz_revisions(tree.pages[QuizPage], now)
    get_search_backend().add_bulk(CoursePage, list(CoursePage.objects.all()))
    log("quiz revisions and search index")
    HomeFeaturedItem.objects.bulk_create(
        [HomeFeaturedItem(home=home, page_id=course.id, sort_order=n) for n, course in enumerate(courses[:6])]
    )
    learners = seed_learners(size, now)
    log("learners")
    seed_learning(size, courses, lessons_by_course, quizzes_by_course, learners, now)
    log("enrolments, completions, attempts")
    seed_certificates(size, now)
    log("certificates")
    return {
        "institutions": InstitutionPage.objects.count(),
        "courses": CoursePage.objects.count(),
        "lessons": LessonPage.objects.count(),
        "quizzes": QuizPage.objects.count(),
        "learners": LearnerProfile.objects.count(),
        "enrollments": Enrollment.objects.count(),
        "lesson completions": table_count("capacitacion_lessoncompletion"),
        "quiz attempts": table_count("capacitacion_quizattempt"),
        "certificates": Certificate.objects.count(),
    }


def table_count(table: str) -> int:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM {table}")  # noqa: S608 (our own table names)
        return cursor.fetchone()[0]


def publish_quiz_revisions(quizzes: list[QuizPage], now) -> None:
    """Attempts pin the quiz revision they start on: every quiz gets a live revision."""
    page_type = ContentType.objects.get_for_model(Page)
    quiz_type = ContentType.objects.get_for_model(QuizPage)
    # Serialising 1,500 pages one by one is slow: one serialisation, with each quiz's own fields.
    template = quizzes[0].serializable_data()
    copy_rows(
        Revision,
        [
            Revision(
                content_type=quiz_type,
                base_content_type=page_type,
                object_id=str(quiz.pk),
                created_at=now,
                object_str=quiz.title,
                content={
                    **template,
                    **{key: getattr(quiz, key) for key in ("pk", "path", "title", "draft_title", "url_path")},
                    "page_ptr": quiz.pk,
                    "translation_key": str(quiz.translation_key),
                },
            )
            for quiz in quizzes
        ],
    )
    with connection.cursor() as cursor:
        cursor.execute(
            """UPDATE wagtailcore_page p SET live_revision_id = r.id, latest_revision_id = r.id,
                      latest_revision_created_at = r.created_at
               FROM wagtailcore_revision r
               WHERE r.base_content_type_id = %s AND r.object_id = p.id::text""",
            [page_type.pk],
        )


def seed_learners(size: Size, now) -> list[int]:
    from allauth.account.models import EmailAddress

    User = get_user_model()
    password = make_password(PASSWORD)
    ids = []
    for start in range(0, size.learners, BATCH):
        users = [
            User(
                username=f"learner{n:05d}",
                email=f"learner{n:05d}@bench.aula.example.org",
                password=password,
                date_joined=now,
            )
            for n in range(start, min(start + BATCH, size.learners))
        ]
        copy_rows(User, users)
        copy_rows(
            LearnerProfile,
            [
                LearnerProfile(
                    user_id=user.pk,
                    full_name=f"Estudiante Número {user.pk} Núñez",
                    role="journalist",
                    city="Montevideo",
                    country=COUNTRIES[user.pk % len(COUNTRIES)],
                    accepted_terms_at=now,
                )
                for user in users
            ],
        )
        copy_rows(
            EmailAddress,
            [EmailAddress(user_id=user.pk, email=user.email, verified=True, primary=True) for user in users],
        )
        ids.extend(user.pk for user in users)
    return ids


def seed_learning(size, courses, lessons_by_course, quizzes_by_course, learners, now) -> None:
    """Each learner in two courses; every fifth enrolment completed (it gets a
    certificate), the others part-way through; attempts on the completed ones' quizzes
    and on a third of the others' first quiz."""
    n_courses = len(courses)
    enrollments = []
    for n, user_id in enumerate(learners):
        for course_index in (n % n_courses, (n * 7 + 13) % n_courses):
            done = len(enrollments) % 5 == 0
            enrollments.append(
                Enrollment(
                    user_id=user_id,
                    course_id=courses[course_index].pk,
                    status=EnrollmentStatus.COMPLETED if done else EnrollmentStatus.ACTIVE,
                    status_changed_at=now,
                    completed_at=now - timedelta(days=len(enrollments) % 300) if done else None,
                )
            )
    copy_rows(Enrollment, enrollments)
    with connection.cursor() as cursor:
        cursor.execute("CREATE TEMP TABLE bench_item (course_id bigint, pos int, item_id bigint, kind text)")
        rows = [
            (course.pk, pos, item.pk, kind)
            for course in courses
            for kind, items in (
                ("lesson", lessons_by_course[course.path]),
                ("quiz", quizzes_by_course[course.path]),
            )
            for pos, item in enumerate(items)
        ]
        cursor.executemany("INSERT INTO bench_item VALUES (%s, %s, %s, %s)", rows)
        # Completed: every lesson; active: 0 to 3 of the first lessons.
        cursor.execute(
            """INSERT INTO capacitacion_lessoncompletion (enrollment_id, lesson_id, completed_at)
               SELECT e.id, i.item_id, %s FROM capacitacion_enrollment e
               JOIN bench_item i ON i.course_id = e.course_id AND i.kind = 'lesson'
               WHERE e.status = 'completed' OR i.pos < (e.id %% 7) / 2""",
            [now],
        )
        draw = [
            {"id": q["id"], "order": order_of(q)} for q in QuizPage.objects.first().questions.get_prep_value()
        ]
        cursor.execute(
            """INSERT INTO capacitacion_quizattempt
                 (enrollment_id, quiz_id, revision_id, number, questions, responses, results, status,
                  started_at, submitted_at, score, max_score, passed)
               SELECT e.id, i.item_id, p.live_revision_id, 1, %s::jsonb, '{}'::jsonb, '{}'::jsonb, 'graded',
                      %s, %s, CASE WHEN e.status = 'completed' THEN 18 ELSE 9 END, 20, e.status = 'completed'
               FROM capacitacion_enrollment e
               JOIN bench_item i ON i.course_id = e.course_id AND i.kind = 'quiz'
               JOIN wagtailcore_page p ON p.id = i.item_id
               WHERE e.status = 'completed' OR (e.id %% 3 = 1 AND i.pos = 0)
               LIMIT %s""",
            [json_dumps(draw), now, now, size.attempts],
        )
        cursor.execute(
            """INSERT INTO capacitacion_quizresult (enrollment_id, quiz_id, score_percent, passed, updated_at)
               SELECT enrollment_id, quiz_id, score * 100 / max_score, passed, %s
               FROM capacitacion_quizattempt""",
            [now],
        )
        cursor.execute("DROP TABLE bench_item")


def order_of(question: dict) -> list[str]:
    """The ids of the items the question's type orders, from its stored JSON."""
    field = question_block(question["type"]).shuffled_items
    return [item["id"] for item in question["value"][field]] if field else []


def json_dumps(value) -> str:
    import json

    return json.dumps(value)


def seed_certificates(size: Size, now) -> None:
    completed = (
        Enrollment.objects.filter(status=EnrollmentStatus.COMPLETED)
        .select_related("user__learner_profile", "course")
        .order_by("pk")[: size.certificates]
    )
    institutions = {page.path: page for page in InstitutionPage.objects.all()}
    certificates = []
    for index, enrollment in enumerate(completed):
        course = enrollment.course
        institution = institutions[institution_path(course)]
        certificate = Certificate(
            enrollment=enrollment,
            code=generate_code(),
            holder_name=enrollment.user.learner_profile.full_name,
            course_title=course.title,
            institution_name=institution.title,
            hours=course.estimated_hours,
            completed_on=timezone.localdate(enrollment.completed_at),
            language="es",
            issued_at=enrollment.completed_at,
            status_list=1 + index // credentials.STATUS_LIST_SIZE,
            status_index=index % credentials.STATUS_LIST_SIZE,
        )
        data = credentials.CredentialData(
            code=certificate.code,
            certificate_uuid=str(certificate.uuid),
            holder_name=certificate.holder_name,
            email=enrollment.user.email,
            salt=uuid.uuid4().hex,
            subject_uuid=str(uuid.uuid4()),
            course_title=certificate.course_title,
            course_description=course.summary,
            course_url=settings.SITE_URL + "/" + course.url_path.split("/", 2)[2],
            institution_name=certificate.institution_name,
            institution_url=settings.SITE_URL + "/" + institution.url_path.split("/", 2)[2],
            hours=certificate.hours,
            language="es",
            issued_on=certificate.issued_at,
            valid_until=None,
            status_list=certificate.status_list,
            status_index=certificate.status_index,
        )
        sign = index < SIGNED_CERTIFICATES
        certificate.credential = (credentials.issue_credential if sign else build_credential)(data)
        certificates.append(certificate)
    copy_rows(Certificate, certificates)
