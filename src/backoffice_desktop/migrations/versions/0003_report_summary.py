"""reports: summary tables, return reasons

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 04:30:00.000000

The summary tables behind the managers' reports (order lines as counted facts on the
shop's local day; per product and ISO week; per product and month; per day), and a
return reason on order lines. The summary is filled from the orders already in the
store by ``services.reports.summary.rebuild_sales``, in SQL; it is derived data, so a later
migration that changes these tables drops and rebuilds them the same way.

The column is added with plain ALTER TABLE ... ADD COLUMN (see 0002: no batch mode).
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def _measures() -> list[sa.Column]:
    return [sa.Column(name, sa.BigInteger(), nullable=False) for name in ('units', 'revenue', 'cost', 'returned_units')]


def upgrade() -> None:
    op.add_column('sales_order_lines',
                  sa.Column('return_reason', sa.String(length=200), nullable=False, server_default=''))
    op.create_table('report_sales_lines',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.Column('line_id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('counted', sa.Boolean(), nullable=False),
    sa.Column('return_reason', sa.String(length=200), nullable=False),
    sa.Column('returned_revenue', sa.BigInteger(), nullable=False),
    sa.Column('returned_cost', sa.BigInteger(), nullable=False),
    *_measures(),
    sa.PrimaryKeyConstraint('day', 'product_id', 'line_id', name='pk_report_sales_lines'),
    sqlite_with_rowid=False,
    )
    op.create_index('ix_report_sales_lines_product_day', 'report_sales_lines', ['product_id', 'day', 'order_id'])
    op.create_index('ix_report_sales_lines_order_id', 'report_sales_lines', ['order_id'])
    op.create_index('ix_report_sales_lines_returns', 'report_sales_lines', ['day'],
                    sqlite_where=sa.text('returned_units <> 0'), postgresql_where=sa.text('returned_units <> 0'))
    for name in ('report_sales_weeks', 'report_sales_months'):
        op.create_table(name,
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('product_id', sa.Integer(), nullable=False),
        *_measures(),
        sa.PrimaryKeyConstraint('day', 'product_id', name=f'pk_{name}'),
        sqlite_with_rowid=False,
        )
        op.create_index(f'ix_{name}_product_day', name, ['product_id', 'day'])
    op.create_table('report_sales_days',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('orders', sa.Integer(), nullable=False),
    *_measures(),
    sa.PrimaryKeyConstraint('day', name=op.f('pk_report_sales_days')),
    )
    op.create_table('report_summary_state',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('time_zone', sa.String(length=64), nullable=False),
    sa.Column('rebuilt_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_report_summary_state')),
    )

    from backoffice_desktop.services.reports import summary

    session = Session(bind=op.get_bind())
    summary.rebuild_sales(session)
    session.flush()


def downgrade() -> None:
    for name in ('report_summary_state', 'report_sales_days', 'report_sales_months', 'report_sales_weeks',
                 'report_sales_lines'):
        op.drop_table(name)
    with op.batch_alter_table('sales_order_lines', schema=None) as batch_op:
        batch_op.drop_column('return_reason')
