"""Invalidation of the anonymous page cache and of the cached sites (connected in
home/apps.py). A change bumps the generation of the pages that show it; writes that
happen on every learner action (enrolments, completions, attempts) bump nothing."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from taggit.models import Tag
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from aula import page_cache, restrictions, sites
from capacitacion.models import Certificate, Cohort


def _bump(scope: str) -> None:
    """Bump now, so that this transaction's own later reads see the change, and again
    after it commits: a page another connection rendered in between, from the data as
    it was before the commit, was stored under the first bump's generation and must
    not be served once the change is visible to everyone."""
    page_cache.bump(scope)
    transaction.on_commit(lambda: page_cache.bump(scope))


def content_changed(sender=None, instance=None, raw=False, **kwargs):
    if raw:
        return
    _bump(page_cache.CONTENT)
    restrictions.forget()  # a new restriction, or a page moved and its path changed
    # A site's root page (or a translation of it) may have changed, or a site itself.
    if isinstance(instance, (Site, Locale)) or (isinstance(instance, Page) and instance.depth <= 2):
        sites.forget_sites()


def certificates_changed(sender=None, instance=None, raw=False, **kwargs):
    if not raw:
        _bump(page_cache.CERTIFICATES)


def page_saved_or_deleted(sender, instance, raw=False, **kwargs):
    # Every page model is a subclass of Page; saving a specific page sends the signal
    # for its own class only, so one receiver for any sender checks the type.
    if isinstance(instance, Page):
        content_changed(sender, instance, raw)


def connect() -> None:
    post_save.connect(page_saved_or_deleted, dispatch_uid="aula-page-cache-page-saved")
    post_delete.connect(page_saved_or_deleted, dispatch_uid="aula-page-cache-page-deleted")
    page_published.connect(content_changed, dispatch_uid="aula-page-cache-published")
    page_unpublished.connect(content_changed, dispatch_uid="aula-page-cache-unpublished")
    post_page_move.connect(content_changed, dispatch_uid="aula-page-cache-moved")
    for model in (PageViewRestriction, Site, Locale, Tag, Cohort, get_image_model()):
        post_save.connect(
            content_changed, sender=model, dispatch_uid=f"aula-page-cache-save-{model.__name__}"
        )
        post_delete.connect(
            content_changed, sender=model, dispatch_uid=f"aula-page-cache-del-{model.__name__}"
        )
    post_save.connect(certificates_changed, sender=Certificate, dispatch_uid="aula-page-cache-cert-saved")
    post_delete.connect(certificates_changed, sender=Certificate, dispatch_uid="aula-page-cache-cert-deleted")
