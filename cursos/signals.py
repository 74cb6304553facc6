from django.db.models.signals import post_save
from django.dispatch import receiver

from cursos.models import CatalogPage, InstitutionPage
from cursos.services import ensure_review_workflow, provision_institution


@receiver(post_save, sender=InstitutionPage)
def provision_new_institution(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        provision_institution(instance)


@receiver(post_save, sender=CatalogPage)
def require_review_on_new_catalog(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        ensure_review_workflow(instance)
