"""Coordination reports: what the admin's "Informes" pages read (selectors), how
they are filtered (filters) and how they are exported without holding every row in
memory (exports)."""
