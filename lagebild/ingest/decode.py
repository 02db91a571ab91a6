"""Turn raw bytes into text, or say clearly why they are not text."""

from __future__ import annotations

import unicodedata

from lagebild.errors import InputError

# Bytes that never occur in text files; a few of them in the first KiB mean binary.
_CONTROL = set(range(0, 9)) | {11, 12} | set(range(14, 32)) | {127}

_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
)


def looks_binary(data: bytes) -> str | None:
    """Name the kind of binary content ``data`` holds, or None if it may be text."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None  # UTF-16 with a BOM
    if b"\x00" in head:
        return "binary data (NUL bytes)"
    controls = sum(1 for b in head if b in _CONTROL)
    if head and controls / len(head) > 0.05:
        return "binary data (control bytes)"
    return None


def decode_text(data: bytes, source: str) -> tuple[str, list[str]]:
    """Decode ``data`` as UTF-8 (falling back to Windows-1252), NFC-normalised, ``\\n`` newlines.

    Returns the text and a list of warnings. Raises :class:`InputError` for empty
    or binary input.
    """
    warnings: list[str] = []
    if not data.strip():
        raise InputError(source, "the input is empty; nothing to ingest")
    kind = looks_binary(data)
    if kind:
        raise InputError(source, f"this is {kind}, not text; give Lagebild .txt, .html, .jsonl or feed files")
    if data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="replace")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            text = data.decode("cp1252", errors="replace")
            warnings.append(
                f"not valid UTF-8 (first bad byte at offset {exc.start}); decoded as Windows-1252"
            )
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    if not text.strip():
        raise InputError(source, "the input holds no text")
    return text, warnings
