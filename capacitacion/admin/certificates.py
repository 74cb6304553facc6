"""Certificates in the Wagtail admin: the list (search by code or holder), each
certificate's details, revocation and re-issue; and the certificate templates.
Institution staff see their courses' certificates and templates; Coordination and
superusers see all. Certificates are never edited or deleted here: a correction is
a re-issue."""

from django import forms
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy

from capacitacion.admin.scoping import courses_editable_by, is_coordinator
from capacitacion.models import Certificate, CertificateStatus, CertificateTemplate
from capacitacion.services.certificates import CertificateError, reissue, revoke
from cursos.models import CoursePage, InstitutionPage


def is_institution_staff(user) -> bool:
    """Someone who may edit an institution's pages, or Coordination."""
    if not (user.is_authenticated and user.is_active):
        return False
    return institutions_managed_by(user).exists() or courses_editable_by(user).exists()


def certificates_managed_by(user):
    return Certificate.objects.filter(enrollment__course__in=courses_editable_by(user))


def institutions_managed_by(user):
    if is_coordinator(user):
        return InstitutionPage.objects.all()
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return InstitutionPage.objects.filter(pk__in=editable.values("pk"))


def templates_managed_by(user):
    return CertificateTemplate.objects.filter(
        Q(course__in=courses_editable_by(user)) | Q(institution__in=institutions_managed_by(user))
    )


class ScopedPolicy(BasePermissionPolicy):
    """Whoever manages a course manages what belongs to it; no model permission is
    needed on top of the page permissions that already say who that is."""

    actions: set[str] = set()

    def scoped(self, user):
        raise NotImplementedError

    def user_has_permission(self, user, action):
        return action in self.actions and is_institution_staff(user)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and self.scoped(user).filter(pk=instance.pk).exists()

    def instances_user_has_any_permission_for(self, user, actions):
        if not any(self.user_has_permission(user, action) for action in actions):
            return self.model.objects.none()
        return self.scoped(user)


class CertificatePolicy(ScopedPolicy):
    # Only "view": the snapshot is never edited, revoke and re-issue have own views.
    actions = {"view"}

    def scoped(self, user):
        return certificates_managed_by(user)


class CertificateTemplatePolicy(ScopedPolicy):
    actions = {"add", "change", "delete", "view"}

    def scoped(self, user):
        return templates_managed_by(user)


STATUS_LABELS = {
    "valid": gettext_lazy("Válido"),
    "expired": gettext_lazy("Vencido"),
    "revoked": gettext_lazy("Revocado"),
    "superseded": gettext_lazy("Reemplazado"),
}


class CertificateIndexView(generic.IndexView):
    def get_base_queryset(self):
        return certificates_managed_by(self.request.user)

    @cached_property
    def columns(self):
        return [
            self._get_title_column("code"),
            Column("holder_name", label=_("Titular"), sort_key="holder_name"),
            Column("course_title", label=_("Curso"), sort_key="course_title"),
            DateColumn("issued_at", label=_("Emitido"), sort_key="issued_at"),
            StatusTagColumn(
                "status",
                label=_("Estado"),
                accessor=lambda c: STATUS_LABELS[c.display_status],
                primary=lambda c: c.display_status == "valid",
            ),
        ]


class CertificateInspectView(generic.InspectView):
    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.fields = self.get_fields()  # now that the object is known

    def get_object(self, queryset=None):
        return get_object_or_404(certificates_managed_by(self.request.user), pk=self.kwargs["pk"])

    def get_fields(self):
        fields = [
            "code",
            "holder_name",
            "course_title",
            "institution_name",
            "hours",
            "completed_on",
            "issued_at",
            "valid_until",
            "status",
            "language",
            "email_sent_at",
        ]
        certificate = getattr(self, "object", None)
        if certificate is None:
            return fields
        if certificate.revoked_at:
            fields += ["revoked_at", "revoked_by", "revocation_reason"]
        if certificate.superseded_at:
            fields += ["superseded_at", "superseded_by", "reissued_by", "reissue_reason"]
        return fields

    @cached_property
    def header_buttons(self):
        buttons = [
            HeaderButton(
                _("Página pública"),
                url=reverse("certificates:verify", args=[self.object.code]),
                icon_name="link-external",
            )
        ]
        if self.object.status == CertificateStatus.VALID:
            buttons.append(
                HeaderButton(
                    _("Revocar"), url=reverse("certificados:revoke", args=[self.object.pk]), icon_name="cross"
                )
            )
        if self.object.status != CertificateStatus.SUPERSEDED and not self.object.holder_erased_at:
            buttons.append(
                HeaderButton(
                    _("Reemitir"),
                    url=reverse("certificados:reissue", args=[self.object.pk]),
                    icon_name="repeat",
                )
            )
        return buttons


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Motivo"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("Queda registrado en el historial; no se muestra en la página pública."),
    )


class CertificateActionView(WagtailAdminTemplateMixin, FormView):
    """Revoke or re-issue one certificate, with a reason; logged."""

    form_class = ReasonForm
    template_name = "capacitacion/certificates/admin_action.html"
    header_icon = "doc-full"
    service = None
    intro = ""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.certificate = get_object_or_404(
            certificates_managed_by(request.user).select_related("enrollment"), pk=kwargs["pk"]
        )

    def dispatch(self, request, *args, **kwargs):
        if not is_institution_staff(request.user):
            return redirect("wagtailadmin_home")
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return f"{self.certificate.code} — {self.certificate.holder_name}"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("certificados:index"), "label": _("Certificados")},
            {
                "url": reverse("certificados:inspect", args=[self.certificate.pk]),
                "label": self.certificate.code,
            },
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(certificate=self.certificate, intro=self.intro, **kwargs)

    def form_valid(self, form):
        reason = form.cleaned_data["reason"]
        try:
            result = type(self).service(self.certificate, by=self.request.user, reason=reason)
        except CertificateError as error:
            messages.error(self.request, error.message)
            return redirect("certificados:inspect", self.certificate.pk)
        messages.success(self.request, self.success_message(result))
        return redirect("certificados:inspect", result.pk)


class RevokeView(CertificateActionView):
    page_title = gettext_lazy("Revocar certificado")
    service = revoke
    intro = gettext_lazy(
        "El certificado dejará de ser válido: la página de verificación y la lista de estado lo mostrarán "
        "como revocado. No se puede deshacer."
    )

    def success_message(self, certificate):
        return _("Revocaste el certificado %(code)s.") % {"code": certificate.code}


class ReissueView(CertificateActionView):
    page_title = gettext_lazy("Reemitir certificado")
    service = reissue
    intro = gettext_lazy(
        "Se emitirá un certificado nuevo con los datos actuales (por ejemplo, el nombre corregido) y "
        "este quedará como reemplazado. Ambos se verán en el historial de la página pública."
    )

    def success_message(self, certificate):
        return _("Emitiste el certificado %(code)s, que reemplaza al anterior.") % {"code": certificate.code}


class CertificateViewSet(ModelViewSet):
    model = Certificate
    name = "certificados"
    icon = "doc-full"
    menu_label = gettext_lazy("Certificados")
    menu_order = 260
    add_to_admin_menu = True
    inspect_view_enabled = True
    copy_view_enabled = False
    index_view_class = CertificateIndexView
    inspect_view_class = CertificateInspectView
    search_fields = ["code", "holder_name", "course_title"]
    search_backend_name = None
    ordering = ["-issued_at"]
    list_filter = ["status"]
    form_fields = []

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("<int:pk>/revocar/", RevokeView.as_view(), name="revoke"),
            path("<int:pk>/reemitir/", ReissueView.as_view(), name="reissue"),
        ]


class CertificateTemplateForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        self.fields["institution"].queryset = institutions_managed_by(user).order_by("title")
        self.fields["course"].queryset = CoursePage.objects.filter(
            pk__in=courses_editable_by(user).values("pk")
        ).order_by("title")

    def clean(self):
        cleaned_data = super().clean()
        if bool(cleaned_data.get("institution")) == bool(cleaned_data.get("course")):
            raise forms.ValidationError(_("Elige una institución o un curso (solo uno)."))
        return cleaned_data


class ScopedTemplateMixin:
    def get_queryset(self):
        return templates_managed_by(self.request.user)


class TemplateIndexView(generic.IndexView):
    def get_base_queryset(self):
        return templates_managed_by(self.request.user).select_related("course", "institution")


class TemplateEditView(ScopedTemplateMixin, generic.EditView):
    pass


class TemplateDeleteView(ScopedTemplateMixin, generic.DeleteView):
    pass


class CertificateTemplateViewSet(ModelViewSet):
    model = CertificateTemplate
    name = "plantillas-certificado"
    icon = "form"
    # Short enough for the side menu (about 20 characters), next to "Certificados".
    menu_label = gettext_lazy("Plantillas")
    menu_order = 261
    add_to_admin_menu = True
    copy_view_enabled = False
    index_view_class = TemplateIndexView
    edit_view_class = TemplateEditView
    delete_view_class = TemplateDeleteView
    list_display = ["__str__", "accent_color"]
    search_backend_name = None
    edit_handler = ObjectList(CertificateTemplate.panels, base_form_class=CertificateTemplateForm)


certificate_viewset = CertificateViewSet()
certificate_template_viewset = CertificateTemplateViewSet()
