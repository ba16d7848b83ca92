"""reorder: covering indexes for a window's sales

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 08:45:00.000000

Reorder suggestions sum the units sold per product over a window of orders. Two indexes
let that read only index pages: sales orders by (ordered_at, status), replacing the one on
ordered_at alone, and order lines by (order_id, product_id, quantity), replacing the one on
order_id alone (both keep the same leading column, so every query that used the old ones
can use the new).
"""

from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_sales_orders_ordered_at_status', 'sales_orders', ['ordered_at', 'status'], unique=False)
    op.drop_index('ix_sales_orders_ordered_at', table_name='sales_orders')
    op.create_index('ix_sales_order_lines_order_product_quantity', 'sales_order_lines',
                    ['order_id', 'product_id', 'quantity'], unique=False)
    op.drop_index('ix_sales_order_lines_order_id', table_name='sales_order_lines')


def downgrade() -> None:
    op.create_index('ix_sales_order_lines_order_id', 'sales_order_lines', ['order_id'], unique=False)
    op.drop_index('ix_sales_order_lines_order_product_quantity', table_name='sales_order_lines')
    op.create_index('ix_sales_orders_ordered_at', 'sales_orders', ['ordered_at'], unique=False)
    op.drop_index('ix_sales_orders_ordered_at_status', table_name='sales_orders')
