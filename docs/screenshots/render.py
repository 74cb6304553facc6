"""Render the main learner pages at 360 × 740 and 1280 × 800 into docs/screenshots/
(`make screenshots`). A throw-away SQLite database gets the demo (seed_demo), a
development server serves it, and Chromium (Playwright, Debian's /usr/bin/chromium)
walks the pages as a visitor and as the demo learner, taking a quiz through its
review step. A sample certificate PDF is drawn with the demo's certificate template
and its first page rendered with pdftoppm (`render.py certificate`: only that)."""

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


def demo_environment(tmp: Path, port: int) -> dict[str, str]:
    return {
        "DJANGO_SETTINGS_MODULE": "aula.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp / 'demo.sqlite3'}",
        "SITE_URL": f"http://127.0.0.1:{port}",
        "MEDIA_ROOT": str(tmp / "media"),
    }


def seed_demo(tmp: Path, port: int) -> None:
    env = {**os.environ, **demo_environment(tmp, port)}
    for command in (["migrate", "--noinput"], ["seed_demo"]):
        subprocess.run(
            [sys.executable, "manage.py", *command], cwd=BASE_DIR, env=env, check=True, capture_output=True
        )


def start_demo(tmp: Path, port: int) -> subprocess.Popen:
    seed_demo(tmp, port)
    env = {**os.environ, **demo_environment(tmp, port)}
    manage = [sys.executable, "manage.py"]
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


def certificate_page(tmp: Path, port: int) -> None:
    """The first page of a sample certificate with the design the demo seeds for the
    risk course's university (logo, colour, signatories), in this process, on the
    demo's database."""
    import django

    os.environ.update(demo_environment(tmp, port))
    sys.path.insert(0, str(BASE_DIR))
    django.setup()
    from capacitacion.certificates.pdf import CertificateContent, render_certificate_pdf
    from capacitacion.services.certificates import certificate_design
    from cursos.models import CoursePage

    course = CoursePage.objects.get(slug=COURSE.rstrip("/").rsplit("/", 1)[-1], locale__language_code="es")
    content = CertificateContent(
        language="es",
        holder_name="María de los Ángeles Fernández-Villanueva Gonçalves",
        course_title=course.title,
        institution_name=course.get_parent().title,
        hours=course.estimated_hours,
        completed_on=datetime.date(2026, 12, 3),
        code="7K4M-Q2XD-9HFT-W8PA",
        verify_url="https://aula.example.org/certificados/verificar/7K4M-Q2XD-9HFT-W8PA/",
        edition="Cohorte 2026 · Cono Sur",
    )
    pdf = tmp / "certificado.pdf"
    pdf.write_bytes(render_certificate_pdf(content, certificate_design(course, "es"), b"{}"))
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-singlefile", str(pdf), str(OUT / "certificate")], check=True
    )


def main() -> None:
    """`render.py certificate` renders only the certificate page."""
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        if sys.argv[1:] != ["certificate"]:
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
        else:
            seed_demo(Path(tmp), port)
        certificate_page(Path(tmp), port)
    print(f"Screenshots in {OUT.relative_to(BASE_DIR)}/")


if __name__ == "__main__":
    main()
