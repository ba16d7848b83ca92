"""sync: delivery per connection — each connection acknowledges, fails, parks and holds a price for itself

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-27 13:40:00.000000

A product is still marked once (``sync_outbox``), now with a ``mark_version`` raised on
each change; ``sync_deliveries`` holds, per connection and marked product, the version
the site accepted and that connection's attempts, retry delay, parking and held or
confirmed price. The marks already queued stay pending for every connection (no
delivery row means "not sent"); the attempts, errors, parking and prices kept on a mark
move to a row of each connection. The composite index serves a connection's pending
batch in mark order straight from the index.

Columns are dropped with plain ALTER TABLE ... DROP COLUMN (no batch mode: none of them
is in an index or a constraint).
"""

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

#: The delivery state a mark carried before this revision.
STATE_COLUMNS = ('attempts', 'last_error', 'next_attempt_at', 'parked_at', 'held_price', 'confirmed_price')


def upgrade() -> None:
    op.add_column('sync_outbox', sa.Column('mark_version', sa.BigInteger(), server_default='1', nullable=False))
    op.create_table('sync_deliveries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('connector_id', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.Column('acknowledged_version', sa.BigInteger(), nullable=True),
    sa.Column('tried_version', sa.BigInteger(), nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=False),
    sa.Column('next_attempt_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('parked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('held_price', sa.Numeric(precision=14, scale=2), nullable=True),
    sa.Column('confirmed_price', sa.Numeric(precision=14, scale=2), nullable=True),
    sa.ForeignKeyConstraint(['connector_id'], ['sync_connectors.id'], name=op.f('fk_sync_deliveries_connector_id_sync_connectors'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_sync_deliveries_product_id_products'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_deliveries')),
    sa.UniqueConstraint('connector_id', 'product_id', name=op.f('uq_sync_deliveries_connector_id')),
    )
    op.create_index(op.f('ix_sync_deliveries_product_id'), 'sync_deliveries', ['product_id'], unique=False)
    # Only marks that carry some state get rows; the rest are pending for every connection as they are.
    op.execute(
        "INSERT INTO sync_deliveries (connector_id, product_id, acknowledged_version, tried_version, "
        + ", ".join(STATE_COLUMNS) + ") "
        "SELECT c.id, o.product_id, NULL, o.mark_version, "
        + ", ".join(f"o.{name}" for name in STATE_COLUMNS) + " "
        "FROM sync_outbox o CROSS JOIN sync_connectors c "
        "WHERE o.attempts > 0 OR o.last_error <> '' OR o.next_attempt_at IS NOT NULL OR o.parked_at IS NOT NULL "
        "OR o.held_price IS NOT NULL OR o.confirmed_price IS NOT NULL"
    )
    for name in STATE_COLUMNS:
        op.drop_column('sync_outbox', name)
    op.create_index('ix_sync_outbox_pending', 'sync_outbox', ['marked_at', 'product_id'], unique=False)
    op.drop_index('ix_sync_outbox_marked_at', table_name='sync_outbox')


def downgrade() -> None:
    op.create_index('ix_sync_outbox_marked_at', 'sync_outbox', ['marked_at'], unique=False)
    op.drop_index('ix_sync_outbox_pending', table_name='sync_outbox')
    op.add_column('sync_outbox', sa.Column('attempts', sa.Integer(), server_default='0', nullable=False))
    op.add_column('sync_outbox', sa.Column('last_error', sa.Text(), server_default='', nullable=False))
    op.add_column('sync_outbox', sa.Column('next_attempt_at', sa.DateTime(timezone=True), nullable=True))
    op.add_column('sync_outbox', sa.Column('parked_at', sa.DateTime(timezone=True), nullable=True))
    op.add_column('sync_outbox', sa.Column('held_price', sa.Numeric(precision=14, scale=2), nullable=True))
    op.add_column('sync_outbox', sa.Column('confirmed_price', sa.Numeric(precision=14, scale=2), nullable=True))
    # One mark for all connections again: it keeps the state of the connection that fared worst.
    op.execute(
        "UPDATE sync_outbox SET "
        + ", ".join(
            f"{name} = (SELECT d.{name} FROM sync_deliveries d WHERE d.product_id = sync_outbox.product_id "
            "ORDER BY d.parked_at IS NULL, d.attempts DESC, d.id LIMIT 1)"
            if name not in ('attempts', 'last_error') else
            f"{name} = COALESCE((SELECT d.{name} FROM sync_deliveries d WHERE d.product_id = sync_outbox.product_id "
            f"ORDER BY d.parked_at IS NULL, d.attempts DESC, d.id LIMIT 1), {'0' if name == 'attempts' else repr('')})"
            for name in STATE_COLUMNS
        )
    )
    op.drop_index(op.f('ix_sync_deliveries_product_id'), table_name='sync_deliveries')
    op.drop_table('sync_deliveries')
    op.drop_column('sync_outbox', 'mark_version')
