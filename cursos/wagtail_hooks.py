"""Question banks as a snippet. Each institution's editors manage their own banks;
shared banks (no institution) and every bank belong to Coordination."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import ObjectList
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views import chooser as chooser_views
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet

from capacitacion.admin.scoping import is_coordinator
from cursos.models import InstitutionPage, QuestionBank


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


class BankEditView(ScopedBankMixin, snippet_views.EditView):
    pass


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


register_permission_policy(QuestionBank, QuestionBankPermissionPolicy(QuestionBank))
register_snippet(QuestionBankViewSet)
