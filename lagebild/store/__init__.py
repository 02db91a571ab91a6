"""Store: the embedded DuckDB database (raw inputs, articles, stories) with versioned migrations."""

from lagebild.store.duck import AddResult, Store

__all__ = ["Store", "AddResult"]
