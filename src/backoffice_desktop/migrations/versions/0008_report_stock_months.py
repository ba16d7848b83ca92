"""reports: the ledger per product and month, indexes on the moves' time and the products' categories

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27 11:20:00.000000

``report_stock_months`` holds the ledger's sums per product, UTC month and far end (see
``services.reports.stock_summary``), so the stock reports read whole months there and
only the moves of the months their dates fall in from ``stock_moves``, through the new
index on ``created_at``. It is derived data, filled here from the moves already posted.
``products (id, category_id)`` lets the reports join per-product figures to categories
from the index alone (PostgreSQL otherwise reads the whole products table, descriptions
and all, for each such report).
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('report_stock_months',
    sa.Column('month', sa.Date(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.Column('other_kind', sa.String(length=16), nullable=False),
    sa.Column('supplier_id', sa.Integer(), nullable=False),
    sa.Column('qty', sa.BigInteger(), nullable=False),
    sa.Column('value', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('month', 'product_id', 'other_kind', 'supplier_id', name='pk_report_stock_months'),
    sqlite_with_rowid=False,
    )
    op.create_index('ix_stock_moves_created_at', 'stock_moves', ['created_at'])
    op.create_index('ix_products_id_category', 'products', ['id', 'category_id'])

    from backoffice_desktop.services.reports import stock_summary

    session = Session(bind=op.get_bind())
    stock_summary.rebuild(session)
    session.flush()


def downgrade() -> None:
    op.drop_index('ix_products_id_category', table_name='products')
    op.drop_index('ix_stock_moves_created_at', table_name='stock_moves')
    op.drop_table('report_stock_months')
