"""Render the main learner pages at 360 × 740 and 1280 × 800 into docs/screenshots/
(`make screenshots`). A throw-away SQLite database gets the demo (seed_demo), a
development server serves it, and Chromium (Playwright, Debian's /usr/bin/chromium)
walks the pages as a visitor and as the demo learner, taking a quiz through its
review step. A sample certificate PDF is drawn with the network's mark and its first
page rendered with pdftoppm."""

import datetime
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.request import urlopen

from playwright.sync_api import sync_playwright

BASE_DIR = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent
SIZES = [(360, 740), (1280, 800)]
COURSE = "/cursos/universidad-regional-del-plata/comunicacion-de-riesgos/"
LEARNER = ("estudiante@aula.example.org", "aula-demo-2026")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_demo(tmp: Path, port: int) -> subprocess.Popen:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "aula.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp / 'demo.sqlite3'}",
        "SITE_URL": f"http://127.0.0.1:{port}",
        "MEDIA_ROOT": str(tmp / "media"),
    }
    manage = [sys.executable, "manage.py"]
    for command in (["migrate", "--noinput"], ["seed_demo"]):
        subprocess.run(manage + command, cwd=BASE_DIR, env=env, check=True, capture_output=True)
    server = subprocess.Popen(
        manage + ["runserver", f"127.0.0.1:{port}", "--noreload"],
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(60):
        try:
            urlopen(f"http://127.0.0.1:{port}/health/", timeout=1)
            return server
        except OSError:
            time.sleep(0.5)  # a script, not a test: waiting for the server to listen
    server.kill()
    raise SystemExit("the development server did not start")


def shoot(page, name: str, width: int) -> None:
    page.screenshot(path=OUT / f"{name}-{width}.png")


def walk(browser, base: str, width: int, height: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    for name, path in [
        ("home", "/"),
        ("catalog", "/cursos/"),
        ("course", COURSE),
        ("verification", "/certificados/verificar/"),
        ("signup", "/cuentas/signup/"),
    ]:
        page.goto(base + path)
        shoot(page, name, width)

    page.goto(base + "/cuentas/login/")
    page.fill("input[name=login]", LEARNER[0])
    page.fill("input[name=password]", LEARNER[1])
    page.locator("main form button[type=submit]").last.click()
    page.wait_for_load_state()
    page.goto(base + "/mi-aprendizaje/")
    shoot(page, "dashboard", width)
    page.goto(base + COURSE)
    lesson = page.locator("main a[href*='/riesgo-desastre-y-gestion/']").first
    page.goto(base + lesson.get_attribute("href"))
    shoot(page, "lesson", width)

    quiz = page.locator("a[href*='cuestionario']").first
    page.goto(base + quiz.get_attribute("href"))
    page.locator("main form button[type=submit]").first.click()  # start an attempt
    page.wait_for_load_state()
    page.locator("main input[type=radio]").first.check()
    shoot(page, "attempt", width)
    page.get_by_role("button", name="Revisar y entregar").click()
    page.wait_for_load_state()
    shoot(page, "review-before-hand-in", width)
    page.locator("main form button[type=submit]").last.click()
    page.wait_for_load_state()
    shoot(page, "result", width)
    context.close()


def certificate_page() -> None:
    """The first page of a sample certificate, as the demo's design draws it."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "aula.settings.dev")
    sys.path.insert(0, str(BASE_DIR))
    django.setup()
    from capacitacion.certificates.pdf import (
        CertificateContent,
        CertificateDesign,
        Signatory,
        render_certificate_pdf,
    )

    content = CertificateContent(
        language="es",
        holder_name="María José Ñúñez O'Connor",
        course_title="Comunicación de riesgos para periodistas y comunicadores",
        institution_name="Universidad Regional del Plata",
        hours=8,
        completed_on=datetime.date(2026, 12, 3),
        code="AULA-7K4M-Q2XD",
        verify_url="https://aula.example.org/certificados/AULA-7K4M-Q2XD/",
    )
    design = CertificateDesign(
        logo=(BASE_DIR / "static" / "img" / "icon-512.png").read_bytes(),
        signatories=(Signatory("Dra. Laura Benítez", "Directora de Extensión"),),
    )
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "certificado.pdf"
        pdf.write_bytes(render_certificate_pdf(content, design, b"{}"))
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", "-singlefile", str(pdf), str(OUT / "certificate")], check=True
        )


def main() -> None:
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        server = start_demo(Path(tmp), port)
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")
                for width, height in SIZES:
                    walk(browser, f"http://127.0.0.1:{port}", width, height)
                browser.close()
        finally:
            server.terminate()
            server.wait()
    certificate_page()
    print(f"Screenshots in {OUT.relative_to(BASE_DIR)}/")


if __name__ == "__main__":
    main()
