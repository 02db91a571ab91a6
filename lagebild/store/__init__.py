"""Store: the embedded DuckDB database (raw inputs, articles, stories) with versioned migrations."""

from lagebild.store.duck import AddResult, Store, bulk_insert

__all__ = ["Store", "AddResult", "bulk_insert"]
