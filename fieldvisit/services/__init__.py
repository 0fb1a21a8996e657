"""Use cases (import, plan, record, sync, report). They talk to adapters through the small
interfaces in :mod:`fieldvisit.services.ports` and never import Qt or SQLAlchemy."""
