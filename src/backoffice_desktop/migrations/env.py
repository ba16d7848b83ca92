"""Alembic environment: always handed an open connection by :mod:`backoffice_desktop.migrations`."""

from alembic import context

from backoffice_desktop.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through backoffice_desktop.migrations (it passes a connection)")



def include_object(obj, name, type_, reflected, compare_to):  # noqa: ANN001 - Alembic's hook
    # The search index is kept by hand in the migrations (FTS5 on SQLite, pg_trgm on PostgreSQL).
    return not (name or "").startswith(("product_search", "ix_products_search"))


context.configure(
    connection=connection,
    include_object=include_object,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
