"""Entry point of the frozen bundle: the same command line as ``desktop-app``."""

import multiprocessing
import sys

from desktop_app.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
