"""catalog: attributes a sales channel requires beyond those every channel requires; list indexes that cover the category

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27 11:10:00.000000

A marketplace may demand attributes our website doesn't: one row per (attribute,
channel) in a new table; ``attribute_definitions.required`` keeps meaning "on every
channel".

The product list's covering indexes (is_active, name | retail_price, id) get category_id
appended, replacing them: a category filter is then checked in the index while it is
walked in display order, instead of reading each walked row from the table.
"""

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('attribute_channel_requirements',
    sa.Column('attribute_id', sa.Integer(), nullable=False),
    sa.Column('channel', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['attribute_id'], ['attribute_definitions.id'], name=op.f('fk_attribute_channel_requirements_attribute_id_attribute_definitions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('attribute_id', 'channel', name=op.f('pk_attribute_channel_requirements')),
    )
    op.create_index('ix_products_active_name_category', 'products', ['is_active', 'name', 'id', 'category_id'],
                    unique=False)
    op.drop_index('ix_products_active_name', table_name='products')
    op.create_index('ix_products_active_price_category', 'products',
                    ['is_active', 'retail_price', 'id', 'category_id'], unique=False)
    op.drop_index('ix_products_active_price', table_name='products')


def downgrade() -> None:
    op.create_index('ix_products_active_price', 'products', ['is_active', 'retail_price', 'id'], unique=False)
    op.drop_index('ix_products_active_price_category', table_name='products')
    op.create_index('ix_products_active_name', 'products', ['is_active', 'name', 'id'], unique=False)
    op.drop_index('ix_products_active_name_category', table_name='products')
    op.drop_table('attribute_channel_requirements')
