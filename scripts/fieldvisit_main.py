"""Entry point of the built programs (``fieldvisit`` and ``fieldvisit-cli``)."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from fieldvisit.cli import main

    sys.exit(main())
