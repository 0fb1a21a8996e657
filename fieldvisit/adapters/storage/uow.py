"""The SQL unit of work: one connection and one transaction per operation."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError

from fieldvisit.adapters.storage.db import user_error_for

from fieldvisit.adapters.storage.records import (
    SqlAudit, SqlDrafts, SqlGeocodeCache, SqlKeys, SqlOverrides, SqlPlans, SqlReviews, SqlSyncLog, SqlVisits,
    SqlWindowReviews,
)
from fieldvisit.adapters.storage.purge import SqlPurge
from fieldvisit.adapters.storage.repositories import SqlCases, SqlCollectors, SqlImports, SqlSettings
from fieldvisit.adapters.storage.staging import SqlImportStaging
from fieldvisit.services.ports import WriteConflict


class SqlUnitOfWork:
    def __init__(self, engine: Engine, actor: str = "", calendar=None, workdays=None) -> None:
        from fieldvisit.adapters.holiday_calendar import holiday_names, weekend_workdays

        self.engine = engine
        self.actor = actor
        self.calendar = calendar or holiday_names  # public holidays (ports.HolidayCalendar)
        self.workdays = workdays or weekend_workdays  # weekend working days (ports.WorkdayCalendar)
        self._conn = None

    def __enter__(self) -> SqlUnitOfWork:
        try:
            self._conn = self.engine.connect()
            self._tx = self._conn.begin()
        except DBAPIError as exc:
            raise (user_error_for(exc) or exc) from None
        self.cases = SqlCases(self._conn)
        self.collectors = SqlCollectors(self._conn)
        self.settings = SqlSettings(self._conn)
        self.imports = SqlImports(self._conn)
        self.plans = SqlPlans(self._conn)
        self.geocache = SqlGeocodeCache(self._conn)
        self.visits = SqlVisits(self._conn)
        self.drafts = SqlDrafts(self._conn)
        self.audit = SqlAudit(self._conn, self.actor)
        self.overrides = SqlOverrides(self._conn)
        self.keys = SqlKeys(self._conn)
        self.sync_log = SqlSyncLog(self._conn)
        self.reviews = SqlReviews(self._conn)
        self.window_reviews = SqlWindowReviews(self._conn)
        self.purge = SqlPurge(self._conn)
        self.staging = SqlImportStaging(self._conn)
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if self._tx.is_active:
                self._tx.rollback()
        finally:
            self._conn.close()
            self._conn = None
        if exc_type is not None and issubclass(exc_type, IntegrityError):
            raise WriteConflict(str(exc.orig).strip().splitlines()[0]) from exc
        if exc_type is not None and issubclass(exc_type, DBAPIError):
            # a locked or damaged workspace: one sentence, never the SQL or its values
            refusal = user_error_for(exc)
            if refusal is not None:
                raise refusal from None

    def commit(self) -> None:
        self._tx.commit()
        self._tx = self._conn.begin()

    def rollback(self) -> None:
        self._tx.rollback()
        self._tx = self._conn.begin()
