"""Entry point of the frozen application: the same ``backoffice`` command as the installed one."""

import multiprocessing
import sys

from backoffice_desktop.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
