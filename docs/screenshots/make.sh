#!/usr/bin/env bash
# Regenerates the README screenshots from a fresh demo store with `backoffice screenshot`.
#   bash docs/screenshots/make.sh        (from the repository root, after the README's first command)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
bin=.venv/bin/backoffice
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
"$bin" --config-dir "$work" demo --db "$work/demo.sqlite3" --products 2000 --orders 5000 --quiet
for workspace in intake stock purchasing reports catalog sync settings; do
    "$bin" --config-dir "$work" screenshot --db "$work/demo.sqlite3" --user admin --password admin-demo-1 \
        --workspace "$workspace" --lang ru --size 1280x760 --out "docs/screenshots/$workspace.png"
done
"$bin" --config-dir "$work" screenshot --db "$work/demo.sqlite3" --user admin --password admin-demo-1 \
    --workspace catalog --card JNS-000002 --lang ru --size 1100x700 --out docs/screenshots/card.png
# One page of a PDF report, as the README shows it.
"$bin" --config-dir "$work" report sales_by_category --db "$work/demo.sqlite3" \
    --from "$(date -d '-1 year +1 day' +%F)" --to "$(date +%F)" --language ru --out "$work/report.pdf"
pdftoppm -r 60 -f 1 -l 1 -png -singlefile "$work/report.pdf" docs/screenshots/report-pdf
