from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.signals import copy_for_translation_done

from cursos.models import CatalogPage, CourseLanguage, CoursePage, InstitutionPage
from cursos.services import ensure_review_workflow, provision_institution


@receiver(post_save, sender=InstitutionPage)
def provision_new_institution(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        provision_institution(instance)


@receiver(post_save, sender=CatalogPage)
def require_review_on_new_catalog(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        ensure_review_workflow(instance)


@receiver(copy_for_translation_done)
def course_copy_speaks_its_locale(sender, source_obj, target_obj, **kwargs):
    """A course copied to another locale for translation is taught in that language:
    the catalog orders and filters by `language`, not by the page's locale."""
    target = target_obj.specific if hasattr(target_obj, "specific") else target_obj
    language = target.locale.language_code
    if isinstance(target, CoursePage) and language in CourseLanguage.values and target.language != language:
        CoursePage.objects.filter(pk=target.pk).update(language=language)
        target.language = language
        # The editor opens the latest revision, which the copy took from the source.
        draft = target.get_latest_revision_as_object()
        draft.language = language
        draft.save_revision(changed=False, clean=False)
