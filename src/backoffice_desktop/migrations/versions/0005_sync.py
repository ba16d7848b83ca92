"""sync: parked and price-held outbox items, run kinds and logs, the SKU→id map, pulled order links, what each site was last told

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27 08:30:00.000000

Columns are added in place with plain ALTER TABLE ... ADD COLUMN (see 0002: no batch mode).
"""

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('sync_outbox', sa.Column('parked_at', sa.DateTime(timezone=True), nullable=True))
    op.add_column('sync_outbox', sa.Column('held_price', sa.Numeric(precision=14, scale=2), nullable=True))
    op.add_column('sync_outbox', sa.Column('confirmed_price', sa.Numeric(precision=14, scale=2), nullable=True))
    op.add_column('sync_connectors', sa.Column('orders_cursor', sa.DateTime(timezone=True), nullable=True))
    op.add_column('sync_runs', sa.Column('kind', sa.String(length=16), nullable=False, server_default='push'))
    op.add_column('sync_runs', sa.Column('parked', sa.Integer(), nullable=False, server_default='0'))
    op.add_column('sync_runs', sa.Column('log', sa.Text(), nullable=False, server_default=''))
    op.create_table('sync_remote_ids',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('connector_id', sa.Integer(), nullable=False),
    sa.Column('sku', sa.String(length=64), nullable=False),
    sa.Column('remote_id', sa.BigInteger(), nullable=False),
    sa.Column('parent_remote_id', sa.BigInteger(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['connector_id'], ['sync_connectors.id'], name=op.f('fk_sync_remote_ids_connector_id_sync_connectors'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_remote_ids')),
    sa.UniqueConstraint('connector_id', 'sku', name=op.f('uq_sync_remote_ids_connector_id')),
    )
    op.create_table('sync_order_links',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('connector_id', sa.Integer(), nullable=False),
    sa.Column('remote_id', sa.String(length=64), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('remote_status', sa.String(length=32), nullable=False),
    sa.Column('remote_modified_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['connector_id'], ['sync_connectors.id'], name=op.f('fk_sync_order_links_connector_id_sync_connectors'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['order_id'], ['sales_orders.id'], name=op.f('fk_sync_order_links_order_id_sales_orders'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_order_links')),
    sa.UniqueConstraint('connector_id', 'remote_id', name=op.f('uq_sync_order_links_connector_id')),
    )
    op.create_index(op.f('ix_sync_order_links_order_id'), 'sync_order_links', ['order_id'], unique=False)
    op.create_table('sync_sent_states',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('connector_id', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.Column('available', sa.Numeric(precision=14, scale=3), nullable=False),
    sa.Column('retail_price', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('compare_at_price', sa.Numeric(precision=14, scale=2), nullable=True),
    sa.Column('published', sa.Boolean(), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['connector_id'], ['sync_connectors.id'], name=op.f('fk_sync_sent_states_connector_id_sync_connectors'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_sync_sent_states_product_id_products'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_sent_states')),
    sa.UniqueConstraint('connector_id', 'product_id', name=op.f('uq_sync_sent_states_connector_id')),
    )
    op.create_index(op.f('ix_sync_sent_states_product_id'), 'sync_sent_states', ['product_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_sync_sent_states_product_id'), table_name='sync_sent_states')
    op.drop_table('sync_sent_states')
    op.drop_index(op.f('ix_sync_order_links_order_id'), table_name='sync_order_links')
    op.drop_table('sync_order_links')
    op.drop_table('sync_remote_ids')
    op.drop_column('sync_runs', 'log')
    op.drop_column('sync_runs', 'parked')
    op.drop_column('sync_runs', 'kind')
    op.drop_column('sync_connectors', 'orders_cursor')
    op.drop_column('sync_outbox', 'confirmed_price')
    op.drop_column('sync_outbox', 'held_price')
    op.drop_column('sync_outbox', 'parked_at')
