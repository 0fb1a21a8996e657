"""The SQLAlchemy dialect for sealed workspaces: SQLAlchemy's ``sqlite+pysqlcipher`` dialect that
also passes ``cipher_plaintext_header_size`` from the URL's query, right after ``PRAGMA key`` on
every new connection (before anything reads page 1, see :mod:`.cipher`). Registered as
``sqlite+fvsealed``."""

from __future__ import annotations

from sqlalchemy.dialects import registry
from sqlalchemy.dialects.sqlite.pysqlcipher import SQLiteDialect_pysqlcipher

DRIVER = "sqlite+fvsealed"


class SealedDialect(SQLiteDialect_pysqlcipher):
    driver = "fvsealed"
    supports_statement_cache = True
    pragmas = (*SQLiteDialect_pysqlcipher.pragmas, "cipher_plaintext_header_size")


registry.register("sqlite.fvsealed", __name__, "SealedDialect")
