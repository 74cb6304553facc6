"""The reports' filters (django-filter). Every filter combines with the others; the
course and cohort choices are only those the user manages, so a choice outside the
scope does not validate. `via` is the path from the report's rows to their
enrolment and `date_field` the date the period filters (and "month") use."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from capacitacion.models import Cohort, EnrollmentStatus, LearnerRole
from capacitacion.reports.selectors import QUIZ_GROUPING, group_choices, reportable_courses
from cursos.models import Country


def _courses(request):
    return reportable_courses(request.user).order_by("title") if request else None


def _cohorts(request):
    if request is None:
        return None
    return Cohort.objects.filter(course__in=reportable_courses(request.user)).select_related("course")


class ReportFilterSet(django_filters.FilterSet):
    via = ""
    date_field = "created_at"

    course = django_filters.ModelChoiceFilter(label=_("Curso"), queryset=_courses, method="filter_course")
    cohort = django_filters.ModelChoiceFilter(label=_("Cohorte"), queryset=_cohorts, method="filter_cohort")
    country = django_filters.ChoiceFilter(label=_("País"), choices=Country.choices, method="filter_profile")
    city = django_filters.CharFilter(label=_("Ciudad"), method="filter_profile")
    role = django_filters.ChoiceFilter(
        label=_("Ocupación"), choices=LearnerRole.choices, method="filter_profile"
    )
    date_from = django_filters.DateFilter(
        label=_("Desde"), method="filter_from", widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = django_filters.DateFilter(
        label=_("Hasta (inclusive)"), method="filter_to", widget=forms.DateInput(attrs={"type": "date"})
    )

    def filter_course(self, queryset, name, value):
        return queryset.filter(**{f"{self.via}course": value})

    def filter_cohort(self, queryset, name, value):
        return queryset.filter(**{f"{self.via}cohort": value})

    def filter_profile(self, queryset, name, value):
        lookup = "iexact" if name == "city" else "exact"
        return queryset.filter(**{f"{self.via}user__learner_profile__{name}__{lookup}": value.strip()})

    def filter_from(self, queryset, name, value):
        return queryset.filter(**{f"{self.date_field}__date__gte": value})

    def filter_to(self, queryset, name, value):
        return queryset.filter(**{f"{self.date_field}__date__lte": value})


def _keep(queryset, name, value):
    """group_by chooses the rows' grouping, it does not filter them."""
    return queryset


class EnrolmentFilterSet(ReportFilterSet):
    group_by = django_filters.ChoiceFilter(
        label=_("Agrupar por"), choices=group_choices(), method=_keep, empty_label=None
    )


class QuizScoreFilterSet(ReportFilterSet):
    via = "enrollment__"
    date_field = "updated_at"
    group_by = django_filters.ChoiceFilter(
        label=_("Agrupar por"), choices=group_choices(QUIZ_GROUPING), method=_keep, empty_label=None
    )


class CertificateFilterSet(ReportFilterSet):
    via = "enrollment__"
    date_field = "issued_at"
    group_by = django_filters.ChoiceFilter(
        label=_("Agrupar por"), choices=group_choices(), method=_keep, empty_label=None
    )


class EnrolmentDetailFilterSet(ReportFilterSet):
    status = django_filters.ChoiceFilter(label=_("Estado"), choices=EnrollmentStatus.choices)
