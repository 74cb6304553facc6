from django.core.management.base import BaseCommand

from capacitacion.services.certificates import issue_pending


class Command(BaseCommand):
    help = "Emite los certificados pendientes (los que una tarea perdida no emitió)."

    def handle(self, *args, **options):
        finished = issue_pending()
        self.stdout.write(f"Certificados pendientes completados: {finished}")
