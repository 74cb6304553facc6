from wagtail import hooks

from aula import page_cache


@hooks.register("before_serve_page")
def note_page_cache_params(page, request, serve_args, serve_kwargs):
    """Tell the page cache which query parameters the page being served reads."""
    page_cache.note_page_params(page, request)
