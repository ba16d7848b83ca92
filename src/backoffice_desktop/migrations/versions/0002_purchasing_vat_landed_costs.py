"""purchasing: VAT, landed costs

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 03:32:51.133253

VAT on products and purchase orders, the order's terms and closing time, and the
landed costs of a delivery (receipt charges, each line's share per unit).

Columns are added with plain ALTER TABLE ... ADD COLUMN (no batch mode): on SQLite a
batch rebuild drops the table, which foreign keys from filled tables refuse.
"""

import sqlalchemy as sa
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('receipt_charges',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('receipt_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('description', sa.String(length=200), nullable=False),
    sa.Column('amount', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('allocation', sa.String(length=16), nullable=False),
    sa.CheckConstraint("allocation IN ('value', 'quantity', 'weight')", name=op.f('ck_receipt_charges_allocation_known')),
    sa.CheckConstraint('amount >= 0', name=op.f('ck_receipt_charges_amount_not_negative')),
    sa.ForeignKeyConstraint(['receipt_id'], ['receipts.id'], name=op.f('fk_receipt_charges_receipt_id_receipts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_receipt_charges'))
    )
    op.create_index(op.f('ix_receipt_charges_receipt_id'), 'receipt_charges', ['receipt_id'], unique=False)
    op.add_column('products', sa.Column('vat_rate', sa.Numeric(precision=5, scale=2), nullable=True))
    op.add_column('purchase_order_lines', sa.Column('vat_rate', sa.Numeric(precision=5, scale=2), nullable=False, server_default='0'))
    op.add_column('purchase_orders', sa.Column('prices_include_vat', sa.Boolean(), nullable=False, server_default=sa.true()))
    op.add_column('purchase_orders', sa.Column('vat_rate', sa.Numeric(precision=5, scale=2), nullable=True))
    op.add_column('purchase_orders', sa.Column('terms', sa.Text(), nullable=False, server_default=''))
    op.add_column('purchase_orders', sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True))
    op.add_column('receipt_lines', sa.Column('landed_charge', sa.Numeric(precision=16, scale=4), nullable=False, server_default='0'))


def downgrade() -> None:
    with op.batch_alter_table('receipt_lines', schema=None) as batch_op:
        batch_op.drop_column('landed_charge')
    with op.batch_alter_table('purchase_orders', schema=None) as batch_op:
        batch_op.drop_column('closed_at')
        batch_op.drop_column('terms')
        batch_op.drop_column('vat_rate')
        batch_op.drop_column('prices_include_vat')
    with op.batch_alter_table('purchase_order_lines', schema=None) as batch_op:
        batch_op.drop_column('vat_rate')
    with op.batch_alter_table('products', schema=None) as batch_op:
        batch_op.drop_column('vat_rate')
    op.drop_index(op.f('ix_receipt_charges_receipt_id'), table_name='receipt_charges')
    op.drop_table('receipt_charges')
