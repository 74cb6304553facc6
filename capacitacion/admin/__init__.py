"""Wagtail admin for running cohorts: cohorts, their enrolments and bulk enrolment
from a CSV file. Every view is scoped to the courses the user may manage
(see scoping.py); the hooks that register them live in capacitacion/wagtail_hooks.py."""
