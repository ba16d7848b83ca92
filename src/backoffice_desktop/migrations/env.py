"""Alembic environment: always handed an open connection by :mod:`backoffice_desktop.migrations`."""

from alembic import context

from backoffice_desktop.migrations import include_object
from backoffice_desktop.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through backoffice_desktop.migrations (it passes a connection)")


context.configure(
    connection=connection,
    include_object=include_object,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
