"""reorder: units sold per product and UTC day, kept by triggers

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-27 14:00:00.000000

The reorder suggestions sum the units on demand orders (new, processing, shipped,
completed) placed in their window: at 100 000 products that joined ~290 000 lines to
their orders on every calculation. ``reorder_sales_days`` holds those units per product
and UTC day of ``ordered_at`` (with the number of lines summed), filled here from the
orders in the store and kept by triggers on ``sales_orders`` and ``sales_order_lines``,
so that every writer keeps it in the same transaction: imports, sync, the demo data and
the ORM in tests alike.

- a line inserted, deleted or changed (order, product, quantity) takes its old units off
  and adds its new ones, when its order is a demand order (on PostgreSQL once per
  statement, from its transition tables, so a bulk insert of lines is one upsert);
- an order whose status or ordered_at changes takes all its lines' units off the old day
  and adds them on the new one, each only when the status is demand;
- an order being deleted deletes its lines first, so their triggers still see the order.

A row goes when its count of lines reaches zero. On PostgreSQL the window is read from
the covering index alone only where the visibility map says the rows' pages are
all-visible; the rows are updated with every order line, so autovacuum is asked to come
after 2 % of the table changed instead of the default 20 %.
"""

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

DEMAND = "('new', 'processing', 'shipped', 'completed')"

SQLITE_LINE_DAY = f"SELECT date(o.ordered_at) FROM sales_orders AS o WHERE o.id = {{row}}.order_id AND o.status IN {DEMAND}"

SQLITE_LINE_OFF = f"""
UPDATE reorder_sales_days SET quantity = quantity - OLD.quantity, lines = lines - 1
WHERE product_id = OLD.product_id AND day = ({SQLITE_LINE_DAY.format(row='OLD')});
DELETE FROM reorder_sales_days
WHERE product_id = OLD.product_id AND lines = 0 AND day = ({SQLITE_LINE_DAY.format(row='OLD')});
"""

SQLITE_LINE_ON = f"""
INSERT INTO reorder_sales_days (day, product_id, quantity, lines)
SELECT date(o.ordered_at), NEW.product_id, NEW.quantity, 1 FROM sales_orders AS o
WHERE o.id = NEW.order_id AND o.status IN {DEMAND} AND NEW.product_id IS NOT NULL
ON CONFLICT (day, product_id) DO UPDATE SET quantity = quantity + excluded.quantity, lines = lines + 1;
"""

SQLITE_TRIGGERS = [
    f"""CREATE TRIGGER reorder_sales_days_line_insert AFTER INSERT ON sales_order_lines
WHEN NEW.product_id IS NOT NULL BEGIN {SQLITE_LINE_ON} END""",
    f"""CREATE TRIGGER reorder_sales_days_line_delete AFTER DELETE ON sales_order_lines
WHEN OLD.product_id IS NOT NULL BEGIN {SQLITE_LINE_OFF} END""",
    f"""CREATE TRIGGER reorder_sales_days_line_update AFTER UPDATE OF order_id, product_id, quantity
ON sales_order_lines BEGIN {SQLITE_LINE_OFF} {SQLITE_LINE_ON} END""",
    f"""CREATE TRIGGER reorder_sales_days_order_update AFTER UPDATE OF status, ordered_at ON sales_orders
WHEN (OLD.status IN {DEMAND}) <> (NEW.status IN {DEMAND})
  OR (NEW.status IN {DEMAND} AND date(OLD.ordered_at) <> date(NEW.ordered_at))
BEGIN
UPDATE reorder_sales_days
SET quantity = quantity - (SELECT sum(l.quantity) FROM sales_order_lines AS l
                           WHERE l.order_id = OLD.id AND l.product_id = reorder_sales_days.product_id),
    lines = lines - (SELECT count(*) FROM sales_order_lines AS l
                     WHERE l.order_id = OLD.id AND l.product_id = reorder_sales_days.product_id)
WHERE OLD.status IN {DEMAND} AND day = date(OLD.ordered_at)
  AND product_id IN (SELECT l.product_id FROM sales_order_lines AS l WHERE l.order_id = OLD.id);
DELETE FROM reorder_sales_days
WHERE OLD.status IN {DEMAND} AND day = date(OLD.ordered_at) AND lines = 0
  AND product_id IN (SELECT l.product_id FROM sales_order_lines AS l WHERE l.order_id = OLD.id);
INSERT INTO reorder_sales_days (day, product_id, quantity, lines)
SELECT date(NEW.ordered_at), l.product_id, sum(l.quantity), count(*) FROM sales_order_lines AS l
WHERE l.order_id = NEW.id AND l.product_id IS NOT NULL AND NEW.status IN {DEMAND}
GROUP BY l.product_id
ON CONFLICT (day, product_id) DO UPDATE SET quantity = quantity + excluded.quantity,
                                            lines = lines + excluded.lines;
END""",
    """CREATE TRIGGER reorder_sales_days_order_delete BEFORE DELETE ON sales_orders
BEGIN DELETE FROM sales_order_lines WHERE order_id = OLD.id; END""",
]

PG_DAY = "(o.ordered_at AT TIME ZONE 'UTC')::date"

PG_UNITS = f"""SELECT {PG_DAY} AS day, t.product_id, sum(t.quantity) AS quantity, count(*) AS lines
FROM {{table}} AS t JOIN sales_orders AS o ON o.id = t.order_id
WHERE t.product_id IS NOT NULL AND o.status IN {DEMAND} GROUP BY 1, 2"""

PG_OFF = f"""
        UPDATE reorder_sales_days AS r SET quantity = r.quantity - u.quantity, lines = r.lines - u.lines
        FROM ({PG_UNITS.format(table='old_lines')}) AS u WHERE r.day = u.day AND r.product_id = u.product_id;
        DELETE FROM reorder_sales_days AS r USING ({PG_UNITS.format(table='old_lines')}) AS u
        WHERE r.day = u.day AND r.product_id = u.product_id AND r.lines = 0;"""

PG_ON = f"""
        INSERT INTO reorder_sales_days AS r (day, product_id, quantity, lines)
        {PG_UNITS.format(table='new_lines')}
        ON CONFLICT (day, product_id) DO UPDATE SET quantity = r.quantity + excluded.quantity,
                                                    lines = r.lines + excluded.lines;"""

# Per statement, from its transition tables: a bulk insert of lines is one upsert. (A
# trigger with transition tables takes one event, hence three functions.)
PG_FUNCTIONS = [
    f"""CREATE FUNCTION reorder_sales_days_lines_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN {PG_ON}
    RETURN NULL;
END $$""",
    f"""CREATE FUNCTION reorder_sales_days_lines_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN {PG_OFF}
    RETURN NULL;
END $$""",
    f"""CREATE FUNCTION reorder_sales_days_lines_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN {PG_OFF} {PG_ON}
    RETURN NULL;
END $$""",
    f"""CREATE FUNCTION reorder_sales_days_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status IN {DEMAND} THEN
        UPDATE reorder_sales_days AS r SET quantity = r.quantity - l.quantity, lines = r.lines - l.lines
        FROM (SELECT product_id, sum(quantity) AS quantity, count(*) AS lines FROM sales_order_lines
              WHERE order_id = OLD.id AND product_id IS NOT NULL GROUP BY product_id) AS l
        WHERE r.day = (OLD.ordered_at AT TIME ZONE 'UTC')::date AND r.product_id = l.product_id;
        DELETE FROM reorder_sales_days AS r
        WHERE r.day = (OLD.ordered_at AT TIME ZONE 'UTC')::date AND r.lines = 0
          AND r.product_id IN (SELECT product_id FROM sales_order_lines WHERE order_id = OLD.id);
    END IF;
    IF NEW.status IN {DEMAND} THEN
        INSERT INTO reorder_sales_days AS r (day, product_id, quantity, lines)
        SELECT (NEW.ordered_at AT TIME ZONE 'UTC')::date, product_id, sum(quantity), count(*)
        FROM sales_order_lines WHERE order_id = NEW.id AND product_id IS NOT NULL GROUP BY product_id
        ON CONFLICT (day, product_id) DO UPDATE SET quantity = r.quantity + excluded.quantity,
                                                    lines = r.lines + excluded.lines;
    END IF;
    RETURN NULL;
END $$""",
    """CREATE FUNCTION reorder_sales_days_order_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM sales_order_lines WHERE order_id = OLD.id;
    RETURN OLD;
END $$""",
]

PG_TRIGGERS = [
    """CREATE TRIGGER reorder_sales_days_lines_insert AFTER INSERT ON sales_order_lines
REFERENCING NEW TABLE AS new_lines FOR EACH STATEMENT EXECUTE FUNCTION reorder_sales_days_lines_insert()""",
    """CREATE TRIGGER reorder_sales_days_lines_delete AFTER DELETE ON sales_order_lines
REFERENCING OLD TABLE AS old_lines FOR EACH STATEMENT EXECUTE FUNCTION reorder_sales_days_lines_delete()""",
    """CREATE TRIGGER reorder_sales_days_lines_update AFTER UPDATE ON sales_order_lines
REFERENCING OLD TABLE AS old_lines NEW TABLE AS new_lines FOR EACH STATEMENT
EXECUTE FUNCTION reorder_sales_days_lines_update()""",
    f"""CREATE TRIGGER reorder_sales_days_order AFTER UPDATE OF status, ordered_at ON sales_orders FOR EACH ROW
WHEN ((OLD.status IN {DEMAND}) <> (NEW.status IN {DEMAND})
      OR (NEW.status IN {DEMAND} AND (OLD.ordered_at AT TIME ZONE 'UTC')::date
                                     <> (NEW.ordered_at AT TIME ZONE 'UTC')::date))
EXECUTE FUNCTION reorder_sales_days_order()""",
    """CREATE TRIGGER reorder_sales_days_order_delete BEFORE DELETE ON sales_orders FOR EACH ROW
EXECUTE FUNCTION reorder_sales_days_order_delete()""",
]


def upgrade() -> None:
    op.create_table('reorder_sales_days',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.Column('quantity', sa.Numeric(precision=14, scale=3), nullable=False),
    sa.Column('lines', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('day', 'product_id', name='pk_reorder_sales_days'),
    sqlite_with_rowid=False,
    )
    op.create_index('ix_reorder_sales_days_day_product_quantity', 'reorder_sales_days',
                    ['day', 'product_id', 'quantity'], unique=False)
    dialect = op.get_bind().dialect.name
    day = PG_DAY if dialect == 'postgresql' else 'date(o.ordered_at)'
    op.execute(
        "INSERT INTO reorder_sales_days (day, product_id, quantity, lines) "
        f"SELECT {day}, l.product_id, sum(l.quantity), count(*) "
        "FROM sales_order_lines AS l JOIN sales_orders AS o ON o.id = l.order_id "
        f"WHERE o.status IN {DEMAND} AND l.product_id IS NOT NULL GROUP BY 1, 2"
    )
    for statement in (PG_FUNCTIONS + PG_TRIGGERS if dialect == 'postgresql' else SQLITE_TRIGGERS):
        op.execute(statement)
    if dialect == 'postgresql':
        op.execute("ALTER TABLE reorder_sales_days SET (autovacuum_vacuum_scale_factor = 0.02, "
                   "autovacuum_vacuum_insert_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02)")


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        op.execute("DROP TRIGGER reorder_sales_days_order_delete ON sales_orders")
        op.execute("DROP TRIGGER reorder_sales_days_order ON sales_orders")
        for name in ('insert', 'delete', 'update'):
            op.execute(f"DROP TRIGGER reorder_sales_days_lines_{name} ON sales_order_lines")
        for name in ('order_delete', 'order', 'lines_insert', 'lines_delete', 'lines_update'):
            op.execute(f"DROP FUNCTION reorder_sales_days_{name}()")
    else:
        for name in ('line_insert', 'line_delete', 'line_update', 'order_update', 'order_delete'):
            op.execute(f"DROP TRIGGER reorder_sales_days_{name}")
    op.drop_index('ix_reorder_sales_days_day_product_quantity', table_name='reorder_sales_days')
    op.drop_table('reorder_sales_days')
