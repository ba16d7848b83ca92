"""Cold start of the GUI against a store: from process start to a usable main window.

Runs the real start-up path offscreen in a fresh process (so imports are cold) and
prints the time of each stage, the first page of the product list, and the memory of
the process with the store open and the window shown.

    .venv/bin/python bench/bench_gui.py --db bench/.data/bench.sqlite3 --user admin --password admin-demo-1
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys

CHILD = r"""
import json, os, sys, time
t0 = time.perf_counter()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from backoffice_desktop.app import AppController, make_qapplication
from backoffice_desktop.config import AppPaths, LocalSettings
from backoffice_desktop.db import open_store
from backoffice_desktop.services import auth
t_import = time.perf_counter()
app = make_qapplication()
controller = AppController(AppPaths.resolve(sys.argv[2]), LocalSettings(), "ru")
controller.store = open_store(sys.argv[1])
t_open = time.perf_counter()
with controller.store.session() as s:
    controller.actor = auth.authenticate(s, sys.argv[3], sys.argv[4])
t_login = time.perf_counter()
window = controller.show_main_window("catalog")
app.processEvents()
table = window.workspaces["catalog"].table
table.viewport().repaint()
t_window = time.perf_counter()
rss = 0
with open("/proc/self/status") as fh:
    for line in fh:
        if line.startswith("VmRSS:"):
            rss = int(line.split()[1]) // 1024
print(json.dumps({
    "import_s": t_import - t0,
    "open_store_s": t_open - t_import,
    "login_s": t_login - t_open,
    "window_after_login_s": t_window - t_login,
    "total_s": t_window - t0,
    "rows": window.workspaces["catalog"].model.rowCount(),
    "rss_mb": rss,
}))
controller.store.close()
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--user", default="admin")
    parser.add_argument("--password", default="admin-demo-1")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    config = os.path.join(os.path.dirname(os.path.abspath(__file__)), ".data", "config")
    runs = []
    for _ in range(args.runs):
        out = subprocess.run(
            [sys.executable, "-c", CHILD, args.db, config, args.user, args.password],
            check=True, capture_output=True, text=True,
        ).stdout
        runs.append(json.loads(out.strip().splitlines()[-1]))
    print(f"runs: {len(runs)}, products listed: {runs[0]['rows']}")
    for key in ("import_s", "open_store_s", "login_s", "window_after_login_s", "total_s"):
        values = [r[key] for r in runs]
        print(f"{key:22s} median {statistics.median(values) * 1000:7.0f} ms   max {max(values) * 1000:7.0f} ms")
    print(f"{'rss_mb':22s} median {statistics.median(r['rss_mb'] for r in runs):7.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
