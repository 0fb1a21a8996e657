"""Table definitions (SQLAlchemy Core). Alembic migrations create them; this module describes them
for queries. Keep both in step: ``tests/integration/test_storage.py`` compares them."""

from __future__ import annotations

from sqlalchemy import (
    JSON, Boolean, Column, Date, Float, ForeignKey, Index, Integer, LargeBinary, MetaData, String, Table, Text, Time,
    UniqueConstraint, false,
)

from fieldvisit.adapters.storage.types import DecimalText, UTCDateTime

metadata = MetaData(naming_convention={
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
})

settings = Table(
    "settings", metadata,
    Column("key", String(80), primary_key=True),
    Column("value", Text, nullable=False),
)

collectors = Table(
    "collectors", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("home_lat", Float, nullable=True),
    Column("home_lon", Float, nullable=True),
    Column("created_at", UTCDateTime, nullable=False),
    Column("end_lat", Float, nullable=True),
    Column("end_lon", Float, nullable=True),
)

imports = Table(
    "imports", metadata,
    Column("id", Integer, primary_key=True),
    Column("file_name", String(500), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("as_of", Date, nullable=False),
    Column("at", UTCDateTime, nullable=False),
    Column("rows", Integer, nullable=False),
    Column("imported", Integer, nullable=False),
    Column("updated", Integer, nullable=False),
    Column("rejected", Integer, nullable=False),
    Column("review", JSON, nullable=False),
    Column("profile", String(200), nullable=True),  # the saved import profile the file was read with
    Column("headers_key", String(64), nullable=True),  # its headers' signature (domain.import_sources)
)

import_rejections = Table(
    "import_rejections", metadata,
    Column("id", Integer, primary_key=True),
    Column("import_id", ForeignKey("imports.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("row", Integer, nullable=False),
    Column("column", String(80), nullable=False),
    Column("error", Text, nullable=False),
)

cases = Table(
    "cases", metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", String(120), nullable=False, unique=True),
    Column("name", String(300), nullable=False, default=""),
    Column("address", Text, nullable=False, default=""),
    Column("work_address", Text, nullable=False, default=""),
    Column("lat", Float, nullable=True),
    Column("lon", Float, nullable=True),
    Column("geo_status", String(20), nullable=False),
    Column("country", String(2), nullable=False, default=""),
    Column("timezone", String(64), nullable=False),
    Column("due_date", Date, nullable=True),
    Column("balance", DecimalText, nullable=True),  # NULL: the case file gave none (unknown, not 0.00)
    Column("currency", String(3), nullable=False, default=""),
    Column("last_payment_date", Date, nullable=True),
    Column("last_payment_amount", DecimalText, nullable=True),
    Column("phone", String(80), nullable=False, default=""),
    Column("flags", String(200), nullable=False, default=""),
    Column("collector_id", ForeignKey("collectors.id", ondelete="SET NULL"), nullable=True, index=True),
    Column("notes", Text, nullable=False, default=""),
    Column("status", String(20), nullable=False),
    Column("appointment_text", Text, nullable=False, default=""),
    Column("extra", JSON(none_as_null=True), nullable=True),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    Column("import_id", ForeignKey("imports.id", ondelete="SET NULL"), nullable=True),
)

windows = Table(
    "windows", metadata,
    Column("id", Integer, primary_key=True),
    Column("case_pk", ForeignKey("cases.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("tz", String(64), nullable=False),
    Column("start_at", UTCDateTime, nullable=True),
    Column("end_at", UTCDateTime, nullable=True),
    Column("weekdays", String(20), nullable=False, default=""),
    Column("start_time", Time, nullable=True),
    Column("end_time", Time, nullable=True),
    Column("place", String(10), nullable=False, default=""),
    Column("text", Text, nullable=False, default=""),
    Column("inconvenient", Boolean, nullable=False, default=False, server_default=false()),  # as 0008 adds it
)

case_history = Table(
    "case_history", metadata,
    Column("id", Integer, primary_key=True),
    Column("case_pk", ForeignKey("cases.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("import_id", ForeignKey("imports.id", ondelete="SET NULL"), nullable=True),
    Column("at", UTCDateTime, nullable=False),
    Column("before", JSON, nullable=False),
    UniqueConstraint("case_pk", "import_id"),
)

plans = Table(
    "plans", metadata,
    Column("id", Integer, primary_key=True),
    Column("day", Date, nullable=False),
    Column("collector", String(200), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("data", JSON, nullable=False),
    Index("ix_plans_day_collector", "day", "collector"),
)

geocode_cache = Table(
    "geocode_cache", metadata,
    Column("id", Integer, primary_key=True),
    Column("provider", String(200), nullable=False),
    Column("query", Text, nullable=False),
    Column("lat", Float, nullable=True),
    Column("lon", Float, nullable=True),
    Column("display", Text, nullable=False, default=""),
    Column("at", UTCDateTime, nullable=False),
    UniqueConstraint("provider", "query"),
)

visits = Table(
    "visits", metadata,
    Column("id", Integer, primary_key=True),
    Column("visit_id", String(36), nullable=False, unique=True),
    Column("case_pk", ForeignKey("cases.id", ondelete="RESTRICT"), nullable=False, index=True),
    Column("version", Integer, nullable=False),
    Column("replaces", String(36), nullable=True, unique=True),
    Column("content_hash", String(64), nullable=False),
    Column("arrived_at", UTCDateTime, nullable=False),
    Column("left_at", UTCDateTime, nullable=False),
    Column("outcome", String(30), nullable=False),
    Column("promise_amount", DecimalText, nullable=True),
    Column("promise_currency", String(3), nullable=True),
    Column("promise_date", Date, nullable=True),
    Column("payment_amount", DecimalText, nullable=True),
    Column("recorded_at", UTCDateTime, nullable=False),
    Column("data", JSON, nullable=False),
    Column("warnings", JSON, nullable=False),
    Column("prep", JSON, nullable=True),  # the prep sheet as it stood when the visit was recorded
    Column("collector", String(200), nullable=True),
    Column("device", String(80), nullable=True, index=True),  # sending device (office side)
    Column("received_at", UTCDateTime, nullable=True),  # office side: when its bundle came in
    Column("acknowledged_at", UTCDateTime, nullable=True),  # collector side: the office has it
)

drafts = Table(
    "drafts", metadata,
    Column("draft_id", String(36), primary_key=True),
    Column("case_id", String(120), nullable=False),
    Column("data", JSON, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
)

travel_matrices = Table(
    "travel_matrices", metadata,
    Column("id", Integer, primary_key=True),
    Column("source", String(300), nullable=False),
    Column("points_key", String(64), nullable=False),
    Column("size", Integer, nullable=False),
    Column("points", LargeBinary, nullable=False),
    Column("seconds", LargeBinary, nullable=False),
    Column("metres", LargeBinary, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    UniqueConstraint("source", "points_key"),
)

audit_log = Table(
    "audit_log", metadata,
    Column("id", Integer, primary_key=True),
    Column("at", String(40), nullable=False),
    Column("actor", String(200), nullable=False),
    Column("action", String(80), nullable=False),
    Column("subject", String(200), nullable=False),
    Column("details", Text, nullable=False),
    Column("prev_hash", String(64), nullable=False, unique=True),
    Column("hash", String(64), nullable=False),
)

overrides = Table(
    "overrides", metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", String(120), nullable=False, index=True),
    Column("day", Date, nullable=True),
    Column("by", String(200), nullable=False),
    Column("reason", Text, nullable=False),
    Column("at", UTCDateTime, nullable=False),
)

identity = Table(
    "identity", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("role", String(20), nullable=False),
    Column("sign_private", Text, nullable=False),
    Column("box_private", Text, nullable=False),
    Column("fingerprint", String(80), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
)

peers = Table(
    "peers", metadata,
    Column("fingerprint", String(80), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("role", String(20), nullable=False),
    Column("sign_key", Text, nullable=False),
    Column("box_key", Text, nullable=False),
    Column("trusted_at", UTCDateTime, nullable=False),
    Column("revoked_at", UTCDateTime, nullable=True),
)

sync_log = Table(
    "sync_log", metadata,
    Column("id", Integer, primary_key=True),
    Column("direction", String(20), nullable=False),  # pack-out, pack-in, bundle-out, bundle-in
    Column("peer", String(200), nullable=False),  # other side: fingerprint, or collector name (pack-out)
    Column("seq", Integer, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),  # when the file was made
    Column("at", UTCDateTime, nullable=False),  # when it was written or imported here
    Column("summary", JSON, nullable=False),
    UniqueConstraint("direction", "peer", "seq", name="uq_sync_log_direction"),
)

reviews = Table(
    "reviews", metadata,
    Column("id", Integer, primary_key=True),
    Column("visit_id", String(36), nullable=False, index=True),
    Column("status", String(20), nullable=False),  # approved, has_issues, rejected
    Column("comment", Text, nullable=False),
    Column("by", String(200), nullable=False),
    Column("at", UTCDateTime, nullable=False),
)

window_reviews = Table(
    "window_reviews", metadata,
    Column("id", Integer, primary_key=True),
    Column("case_id", String(120), nullable=False, index=True),
    Column("column", String(20), nullable=False),  # appointment, inconvenient, a value, flag:<code>, timezone, lat
    Column("text", Text, nullable=False),  # the whole cell as the lender wrote it
    Column("error", Text, nullable=False),  # why it was not read
    Column("row", Integer, nullable=True),  # spreadsheet row of the import
    Column("import_id", Integer, nullable=True),
    Column("created_at", UTCDateTime, nullable=False),
    Column("resolved_at", UTCDateTime, nullable=True),  # open while NULL
    Column("resolved_by", String(200), nullable=True),
    Column("resolution", Text, nullable=True),  # the corrected text, or why it was closed
    Column("action", String(20), nullable=True),  # corrected, dismissed, replaced (by a later import)
)
