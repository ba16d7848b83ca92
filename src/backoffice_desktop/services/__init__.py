"""Use cases: plain Python, no Qt. One function per thing a button does.

Services take a :class:`~sqlalchemy.orm.Session` (opened by :mod:`backoffice_desktop.db`)
and an :class:`~backoffice_desktop.services.permissions.Actor`; they never commit and
return plain data, not live ORM objects.
"""
