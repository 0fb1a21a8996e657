"""Allows ``python -m fieldvisit``."""

from fieldvisit.cli import main

raise SystemExit(main())
