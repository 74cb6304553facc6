"""Question banks as a snippet. Each institution's editors manage their own banks;
shared banks (no institution) and every bank belong to Coordination. And a course's
"Copiar para una nueva edición" action (cursos/editions.py). After a course page is
created, the listing where the next page is added. And the editor's own styles
(static/css/admin-editor.css: compact answer options)."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import FormView
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.action_menu import ActionMenuItem
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import ObjectList
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import Button
from wagtail.log_actions import LogFormatter
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views import chooser as chooser_views
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet

from aula.slugs import ASCII_SLUG_MESSAGE
from capacitacion.admin.scoping import is_coordinator
from cursos import course_review
from cursos.models import CoursePage, InstitutionPage, LessonPage, ModulePage, QuestionBank, QuizPage


def institutions_editable_by(user):
    if not (user.is_authenticated and user.is_active):
        return InstitutionPage.objects.none()
    if is_coordinator(user):
        return InstitutionPage.objects.all()
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return InstitutionPage.objects.filter(pk__in=editable.values("pk"))


def banks_editable_by(user):
    if is_coordinator(user):
        return QuestionBank.objects.all()
    return QuestionBank.objects.filter(institution__in=institutions_editable_by(user))


def banks_usable_by(user):
    """The banks `user` may draw from: the ones they manage and those shared by the
    network. (On save a quiz may only draw from its own institution's or shared banks.)"""
    if is_coordinator(user):
        return QuestionBank.objects.all()
    if not institutions_editable_by(user).exists():
        return QuestionBank.objects.none()
    return QuestionBank.objects.filter(
        Q(institution__in=institutions_editable_by(user)) | Q(institution__isnull=True)
    )


class QuestionBankPermissionPolicy(ModelPermissionPolicy):
    """Authors (an institution's editors, Coordination) may use banks, no separate
    model permission needed; each bank only within its institution."""

    def user_has_permission(self, user, action):
        return institutions_editable_by(user).exists()

    def users_with_any_permission(self, actions):
        return self._get_users_with_any_permission_codenames(["access_admin"])

    def _in_scope(self, user, instance) -> bool:
        return banks_editable_by(user).filter(pk=instance.pk).exists()

    def user_has_permission_for_instance(self, user, action, instance):
        return self._in_scope(user, instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self._in_scope(user, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        return banks_editable_by(user)


class QuestionBankForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["institution"]
        field.queryset = institutions_editable_by(self.for_user).order_by("title")
        # Only Coordination keeps shared banks.
        field.required = not is_coordinator(self.for_user)

    def clean_institution(self):
        institution = self.cleaned_data.get("institution")
        if institution is None and not is_coordinator(self.for_user):
            raise forms.ValidationError(_("Elige la institución del banco."))
        return institution


class ScopedBankMixin:
    def get_queryset(self):
        return banks_editable_by(self.request.user)


def bank_import_buttons(bank) -> list[Button]:
    return [
        Button(
            _("Importar preguntas"),
            url=reverse("aula_bank_import", args=[bank.pk]),
            icon_name="upload",
            priority=30,
        ),
        Button(
            _("Exportar GIFT"),
            url=reverse("aula_bank_export", args=[bank.pk]),
            icon_name="download",
            priority=31,
        ),
    ]


class BankEditView(ScopedBankMixin, snippet_views.EditView):
    @property
    def header_more_buttons(self):
        return [*super().header_more_buttons, *bank_import_buttons(self.object)]


class BankDeleteView(ScopedBankMixin, snippet_views.DeleteView):
    pass


class BankUsageView(snippet_views.UsageView):
    def get_base_object_queryset(self):
        return banks_editable_by(self.request.user)


class BankHistoryView(snippet_views.HistoryView):
    def get_base_object_queryset(self):
        return banks_editable_by(self.request.user)


class UsableBanksMixin:
    def get_object_list(self):
        return banks_usable_by(self.request.user)


class BankChooseView(UsableBanksMixin, chooser_views.ChooseView):
    pass


class BankChooseResultsView(UsableBanksMixin, chooser_views.ChooseResultsView):
    pass


class BankChosenView(chooser_views.SnippetChosenView):
    def get_object(self, pk):
        return banks_usable_by(self.request.user).get(pk=pk)


class BankChosenMultipleView(chooser_views.SnippetChosenMultipleView):
    def get_objects(self, pks):
        return banks_usable_by(self.request.user).filter(pk__in=pks)


class BankChooserViewSet(chooser_views.SnippetChooserViewSet):
    choose_view_class = BankChooseView
    choose_results_view_class = BankChooseResultsView
    chosen_view_class = BankChosenView
    chosen_multiple_view_class = BankChosenMultipleView


class QuestionBankViewSet(SnippetViewSet):
    model = QuestionBank
    icon = "help"
    # Short enough for the side menu (about 20 characters: "Bancos de preguntas" is cut).
    menu_label = gettext_lazy("Banco de preguntas")
    menu_order = 240
    add_to_admin_menu = True
    copy_view_enabled = False
    edit_view_class = BankEditView
    delete_view_class = BankDeleteView
    usage_view_class = BankUsageView
    history_view_class = BankHistoryView
    chooser_viewset_class = BankChooserViewSet
    list_display = ["name", "institution"]
    search_fields = ["name", "description"]
    search_backend_name = None
    edit_handler = ObjectList(QuestionBank.panels, base_form_class=QuestionBankForm)

    def get_queryset(self, request):
        return banks_editable_by(request.user)


@hooks.register("register_snippet_listing_buttons")
def bank_listing_import_buttons(snippet, user, next_url=None):
    if isinstance(snippet, QuestionBank):
        yield from bank_import_buttons(snippet)


@hooks.register("register_page_header_buttons")
def quiz_import_button(page, user, view_name, next_url=None):
    from cursos.models import QuizPage

    if page.specific_class is QuizPage and page.permissions_for_user(user).can_edit():
        yield Button(
            _("Importar preguntas"),
            reverse("aula_quiz_import", args=[page.pk]),
            icon_name="upload",
            priority=81,
        )


@hooks.register("register_admin_urls")
def question_import_urls():
    from cursos.question_import_views import ExportBankView, ImportIntoBankView, ImportIntoQuizView

    return [
        path("bancos/<int:pk>/importar/", ImportIntoBankView.as_view(), name="aula_bank_import"),
        path("bancos/<int:pk>/exportar/", ExportBankView.as_view(), name="aula_bank_export"),
        path("cuestionarios/<int:pk>/importar/", ImportIntoQuizView.as_view(), name="aula_quiz_import"),
    ]


register_permission_policy(QuestionBank, QuestionBankPermissionPolicy(QuestionBank))
register_snippet(QuestionBankViewSet)


# A course's new edition (cursos/editions.py): a button on the course, a small form
# for the new title and slug, then the editor lands on the copy's edit page.


class NewEditionForm(forms.Form):
    title = forms.CharField(label=gettext_lazy("Título de la nueva edición"), max_length=255)
    slug = forms.SlugField(
        label=gettext_lazy("Slug"),
        max_length=255,
        error_messages={"invalid": ASCII_SLUG_MESSAGE},
        help_text=gettext_lazy("La dirección de la nueva edición; única dentro de la institución."),
    )

    def __init__(self, *args, institution, **kwargs):
        super().__init__(*args, **kwargs)
        self.institution = institution

    def clean_slug(self):
        from cursos.editions import slug_is_free

        slug = self.cleaned_data["slug"]
        if not slug_is_free(self.institution, slug):
            raise forms.ValidationError(_("Ya hay una página con este slug en la institución."))
        return slug


class NewEditionView(WagtailAdminTemplateMixin, FormView):
    """GET shows the form with next year's title and slug; POST makes the edition.
    A course the user may not add editions of is a 404, as if it did not exist."""

    template_name = "cursos/admin/new_edition.html"
    form_class = NewEditionForm
    page_title = gettext_lazy("Copiar para una nueva edición")
    header_icon = "copy"

    def setup(self, request, *args, **kwargs):
        from cursos.editions import can_make_edition

        super().setup(request, *args, **kwargs)
        self.course = get_object_or_404(CoursePage, pk=kwargs["page_id"])
        if not can_make_edition(request.user, self.course):
            raise Http404

    def get_page_subtitle(self):
        return self.course.title

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("wagtailadmin_pages:edit", args=[self.course.pk]), "label": self.course.title},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_initial(self):
        from cursos.editions import suggested_edition

        defaults = suggested_edition(self.course)
        return {"title": defaults.title, "slug": defaults.slug}

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "institution": self.course.get_parent()}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            course=self.course,
            cancel_url=reverse("wagtailadmin_pages:edit", args=[self.course.pk]),
        )
        return context

    def form_valid(self, form):
        from cursos.editions import EditionError, make_edition

        try:
            edition = make_edition(
                self.course,
                title=form.cleaned_data["title"],
                slug=form.cleaned_data["slug"],
                user=self.request.user,
            )
        except EditionError as error:
            form.add_error(None, error.message)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("Creaste la nueva edición «%(title)s» como borrador: revísala y envíala a publicar.")
            % {"title": edition.title},
        )
        return redirect("wagtailadmin_pages:edit", edition.pk)


@hooks.register("register_admin_urls")
def register_new_edition_url():
    return [path("cursos/<int:page_id>/nueva-edicion/", NewEditionView.as_view(), name="cursos_new_edition")]


def _new_edition_button(page, user, priority):
    from cursos.editions import can_make_edition

    if page.specific_class is CoursePage and can_make_edition(user, page):
        yield Button(
            _("Copiar para una nueva edición"),
            reverse("cursos_new_edition", args=[page.pk]),
            icon_name="copy",
            priority=priority,
        )


@hooks.register("register_page_header_buttons")
def new_edition_header_button(page, user, view_name, next_url=None):
    """In the course's edit page and explorer header, next to Wagtail's own "Copy"."""
    yield from _new_edition_button(page, user, priority=35)


@hooks.register("register_page_listing_more_buttons")
def new_edition_listing_button(page, user, next_url=None):
    """In the "more" menu of the course's row in the institution's page listing."""
    yield from _new_edition_button(page, user, priority=25)


@hooks.register("register_log_actions")
def register_new_edition_log_action(actions):
    from cursos.editions import EDITION_ACTION

    @actions.register_action(EDITION_ACTION)
    class NewEditionFormatter(LogFormatter):
        label = gettext_lazy("Nueva edición del curso")

        def format_message(self, log_entry):
            try:
                return _("Nueva edición, copiada de «%(title)s»") % log_entry.data["source"]
            except (KeyError, TypeError):
                return _("Nueva edición del curso")


@hooks.register("register_log_actions")
def register_course_review_log_actions(actions):
    actions.register_action(
        course_review.SUBMIT_ACTION,
        gettext_lazy("Enviar el curso a revisión"),
        gettext_lazy("Curso enviado a revisión con sus páginas"),
    )
    actions.register_action(
        course_review.APPROVE_ACTION,
        gettext_lazy("Aprobar el curso"),
        gettext_lazy("Curso aprobado y publicado con sus páginas"),
    )


@hooks.register("register_admin_urls")
def register_course_review_url():
    from django.urls import path

    return [path("revision/<int:task_state_id>/", course_review.ReviewView.as_view(), name="cursos_review")]


@hooks.register("construct_homepage_panels")
def show_reviews_by_course(request, panels):
    """Coordination's "awaiting your review" names each page's course and links to
    the review of the whole course."""
    replaced = course_review.ReviewsAwaitingPanel.name
    panels[:] = [panel for panel in panels if getattr(panel, "name", "") != replaced]
    panels.append(course_review.ReviewsAwaitingPanel(request.user))


@hooks.register("insert_global_admin_css")
def admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin-editor.css"))


@hooks.register("after_create_page")
def continue_where_the_next_page_is_added(request, page):
    """A new course or module opens its own listing (where its first module or lesson is
    added); a new lesson or quiz, its module's listing (where the next one is). One click
    fewer per page than the edit page Wagtail returns to. Background (JSON) saves keep
    Wagtail's answer: it ignores a hook's redirect there."""
    page = page.specific
    if isinstance(page, (CoursePage, ModulePage)):
        return redirect("wagtailadmin_explore", page.pk)
    if isinstance(page, (LessonPage, QuizPage)):
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    return None


# From any page below a course, the course goes to review in one action: the page is
# saved as a draft (Wagtail's own save), then the course and every changed page below
# it are sent (cursos/course_review.submit_course). On the course itself Wagtail's own
# "Submit" already does this.

SUBMIT_COURSE = "action-submit-course"


class SubmitCourseMenuItem(ActionMenuItem):
    name = SUBMIT_COURSE
    label = gettext_lazy("Guardar y enviar el curso a revisión")
    icon_name = "resubmit"

    def course(self, context):
        page = context.get("page") if context["view"] == "edit" else context.get("parent_page")
        if page is None or page.pk is None:
            return None
        course = course_review.course_of(page)
        if course is None or (context["view"] == "edit" and course.pk == page.pk):
            return None
        return course

    def is_shown(self, context):
        if context["view"] not in ("create", "edit") or context.get("locked_for_user"):
            return False
        course = self.course(context)
        return course is not None and course_review.can_submit_course(context["request"].user, course)


@hooks.register("register_page_action_menu_item")
def register_submit_course_menu_item():
    return SubmitCourseMenuItem(order=55)  # just before Wagtail's "Submit" for the page alone


def submit_the_course_when_asked(request, page):
    """After the draft is saved: send its course, or say which pages are unfinished."""
    if not request.POST.get(SUBMIT_COURSE):
        return None
    course = course_review.course_of(page)
    if course is None:
        return None
    try:
        in_review = course_review.submit_course(course, request.user)
    except course_review.CourseIncomplete as incomplete:
        first = incomplete.pages[0]
        messages.error(
            request,
            _("No enviamos el curso a revisión: completa antes %(pages)s.")
            % {"pages": ", ".join(f"«{item.title}»" for item in incomplete.pages)},
            buttons=[
                messages.button(reverse("wagtailadmin_pages:edit", args=[first.pk]), _("Completar la página"))
            ],
        )
        return redirect("wagtailadmin_pages:edit", first.pk)
    except PermissionDenied:
        messages.error(request, _("No puedes enviar este curso a revisión."))
        return redirect("wagtailadmin_pages:edit", page.pk)
    messages.success(
        request,
        ngettext(
            "Enviaste el curso «%(title)s» a revisión con su única página.",
            "Enviaste el curso «%(title)s» a revisión con sus %(count)d páginas.",
            len(in_review),
        )
        % {"title": course.title, "count": len(in_review)},
    )
    return redirect("wagtailadmin_explore", course.get_parent().pk)


hooks.register("after_create_page", submit_the_course_when_asked, order=-10)
hooks.register("after_edit_page", submit_the_course_when_asked, order=-10)
