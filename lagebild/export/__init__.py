"""Export: the JSON document of the export contract, and the human-readable report."""

from lagebild.export.json_export import SCHEMA_ID, build_export, write_export

__all__ = ["SCHEMA_ID", "build_export", "write_export"]
