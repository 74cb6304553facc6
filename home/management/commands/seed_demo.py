import logging

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from capacitacion.demo import seed_learning
from cursos.demo import seed_catalog
from home.demo import seed_site


class Command(BaseCommand):
    help = "Carga los datos de demostración (idempotente) e imprime los accesos."

    def handle(self, *args, **options):
        if not settings.DEMO_DATA_ALLOWED:
            raise CommandError(
                "seed_demo crea cuentas con contraseñas conocidas; no se ejecuta con "
                "la configuración de producción (DEMO_DATA_ALLOWED=False)."
            )
        # Wagtail logs every page it creates; the logins must not drown in that.
        logging.getLogger("wagtail").setLevel(logging.WARNING)
        home, logins = seed_site()
        logins += seed_catalog(home)
        logins += seed_learning()
        self.stdout.write(self.style.SUCCESS("Datos de demostración listos."))
        self.stdout.write("Accesos de demostración (correo / contraseña):")
        for login in logins:
            self.stdout.write(f"  {login['role']:<16} {login['login']} / {login['password']}")
        self.stdout.write("Todos entran en http://127.0.0.1:8000/cuentas/login/ con el correo;")
        self.stdout.write("la administración está en http://127.0.0.1:8000/admin/")
