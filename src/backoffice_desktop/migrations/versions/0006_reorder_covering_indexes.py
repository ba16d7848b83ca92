"""reorder: covering indexes for the planned products and their offers

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27 11:15:00.000000

Reorder suggestions read every planned product (reorder on, active) with its SKU, name,
unit, category and safety stock, and every offer with its supplier, price, pack size,
minimum order quantity, stock and supplier SKU. Scanning the wide products table for that
cost a third of the calculation on SQLite; these two indexes hold all it reads. The
offers' index leads with ``product_id`` and replaces the one on ``product_id`` alone.
"""

from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_products_reorder', 'products',
                    ['reorder_enabled', 'is_active', 'id', 'category_id', 'safety_stock', 'unit', 'sku', 'name'],
                    unique=False)
    op.create_index('ix_supplier_offers_product_reorder', 'supplier_offers',
                    ['product_id', 'supplier_id', 'id', 'price', 'pack_size', 'min_order_qty', 'stock_qty',
                     'supplier_sku'], unique=False)
    op.drop_index('ix_supplier_offers_product_id', table_name='supplier_offers')


def downgrade() -> None:
    op.create_index('ix_supplier_offers_product_id', 'supplier_offers', ['product_id'], unique=False)
    op.drop_index('ix_supplier_offers_product_reorder', table_name='supplier_offers')
    op.drop_index('ix_products_reorder', table_name='products')
