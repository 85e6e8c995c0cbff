"""Reading text files exactly as the report contract says, or refusing with a reason.

Every span in a report is an offset into a file's text *as read*, so there must be one way to read
a file, shared by the API, the CLI and the pytest plugin. The policy:

- **UTF-8** by default. A leading UTF-8 byte-order mark is dropped (editors on Windows add one).
- **Line endings are kept as they are.** Files are opened in binary and decoded; there is never any
  newline translation, so ``\\r\\n`` and lone ``\\r`` survive and offsets match the bytes on disk.
- **UTF-16 and UTF-32 with a BOM** are decoded and the BOM dropped. **BOM-less UTF-16** is decoded
  when its NUL bytes sit almost all at even (big-endian) or almost all at odd (little-endian)
  positions, the signature of mostly-ASCII text saved as UTF-16 (Notepad's "Unicode").
- **Invalid UTF-8 is an error**, not a guess: the message names the file, the byte offset and the
  byte, and says to re-save the file as UTF-8 or to pass an explicit ``encoding`` (``--encoding
  cp1252`` on the command line). A legacy encoding is never guessed silently, because a wrong guess
  changes names and quotations, which is exactly what textguard is meant to catch.
- An explicit ``encoding`` decodes strictly with that codec; an unknown codec is an error.
- **Binary files are refused** with the type they look like (PDF, PNG, JPEG, GIF, ZIP/Word, gzip,
  ELF), and so is any file with NUL bytes that UTF-16 does not explain.
- A missing file, a directory, a permission problem, a symlink loop or any other ``OSError`` is an
  :class:`~textguard.errors.InputError` with a one-line message naming the path.
- An empty file is fine: its text is ``""``, and an empty copy fails its check. An *original* with
  no text (empty or whitespace only) is refused by the command line and the pytest plugin
  (:func:`require_original_text`): every copy would pass against it. Nothing is ever written.

>>> decode_bytes(b"\\xef\\xbb\\xbfcaf\\xc3\\xa9\\r\\n", name="x.txt")
('café\\r\\n', 'utf-8')
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import hashlib
import os
import stat
from dataclasses import dataclass

from ..errors import InputError

__all__ = [
    "Document",
    "decode_bytes",
    "read_document",
    "read_text",
    "require_original_text",
    "resolve_encoding",
]


@dataclass(frozen=True, slots=True)
class Document:
    """A text file as read: its path as given, its text, the digest of its raw bytes, the codec used.

    ``sha256`` is of the bytes on disk (not of the decoded text), so it identifies the file a report
    was made from even when two encodings decode to the same text.
    """

    path: str | None
    text: str
    sha256: str
    encoding: str


# Magic numbers of the binary formats people most often feed a text tool by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"PK\x07\x08", "a ZIP archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an ELF executable"),
)

# Longest BOMs first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Share of a file's NUL bytes that must sit at one parity for it to be taken as BOM-less UTF-16.
_UTF16_PARITY = 0.9
#: Minimum share of UTF-16 code units that must have a NUL byte (ASCII spaces and punctuation
#: alone give far more than this in any language written with them).
_UTF16_MIN_NULS = 0.05


def resolve_encoding(encoding: str) -> str:
    """The canonical name of the text codec ``encoding``; :class:`InputError` if there is none.

    >>> resolve_encoding("CP1252")
    'cp1252'
    """
    try:
        name = codecs.lookup(encoding).name
        # Rejects bytes-to-bytes codecs such as base64; a text codec may fail on one byte alone.
        with contextlib.suppress(UnicodeError):
            b"a".decode(name)
    except (LookupError, TypeError, ValueError):
        raise InputError(
            f"unknown text encoding {encoding!r}; use a Python codec name such as utf-8, cp1252 or latin-1"
        ) from None
    return name


def decode_bytes(data: bytes, *, name: str, encoding: str | None = None) -> tuple[str, str]:
    """Decode the bytes of file ``name`` by the module's policy; return ``(text, encoding used)``.

    ``name`` is only used in error messages.

    >>> decode_bytes(codecs.BOM_UTF16_LE + "hi\\n".encode("utf-16-le"), name="x.txt")
    ('hi\\n', 'utf-16-le')
    >>> decode_bytes(b"%PDF-1.7 ...", name="x.pdf")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    textguard.errors.InputError: x.pdf: looks like a PDF document, not text; ...
    """
    shown = _show(name)
    kind = _binary_type(data)
    if kind:
        raise InputError(f"{shown}: looks like {kind}, not text; export it as plain text (UTF-8) first")
    if encoding is not None:
        codec = resolve_encoding(encoding)
        if codec == "utf-8":
            codec = "utf-8-sig"  # the BOM is dropped whatever the spelling of utf-8
        if b"\x00" in data and not codec.startswith(("utf-16", "utf-32")):
            raise _nul_error(shown, data)
        return _strict(data, codec, shown, offset=0), codec.removesuffix("-sig")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            if codec == "utf-8":
                return _decode_utf8(data[len(bom) :], shown, offset=len(bom)), "utf-8"
            if codec == "utf-32-le" and len(data) % 4:
                continue  # FF FE 00 00 that is not UTF-32: UTF-16-LE whose first character is NUL
            return _strict(data[len(bom) :], codec, shown, offset=len(bom)), codec
    if b"\x00" in data:
        codec = _utf16_without_bom(data)
        if codec is None:
            raise _nul_error(shown, data)
        text = _strict(data, codec, shown, offset=0)
        if "\x00" in text:
            raise _nul_error(shown, data)
        return text, codec
    return _decode_utf8(data, shown, offset=0), "utf-8"


def read_document(path: str | os.PathLike[str], *, encoding: str | None = None) -> Document:
    """Read the file at ``path`` as a :class:`Document`, or raise :class:`InputError` saying why not.

    Only regular files are read: a FIFO or a device could block or never end.
    """
    given = os.fspath(path)
    shown = _show(given)
    try:
        info = os.stat(given)
        if stat.S_ISDIR(info.st_mode):
            raise InputError(f"{shown} is a directory, not a text file")
        if not stat.S_ISREG(info.st_mode):
            raise InputError(f"{shown} is not a regular file (a device, FIFO or socket?)")
        with open(given, "rb") as handle:
            data = handle.read()
    except InputError:
        raise
    except FileNotFoundError:
        broken = os.path.islink(given)
        raise InputError(f"{shown}: {'broken symbolic link' if broken else 'no such file'}") from None
    except IsADirectoryError:
        raise InputError(f"{shown} is a directory, not a text file") from None
    except PermissionError:
        raise InputError(f"{shown}: permission denied") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError(f"{shown}: too many levels of symbolic links (a symlink loop?)") from None
        reason = exc.strerror or str(exc) or type(exc).__name__
        raise InputError(f"cannot read {shown}: {reason}") from None
    except ValueError as exc:  # e.g. an embedded NUL character in the path
        raise InputError(f"cannot read {shown}: {exc}") from None
    text, used = decode_bytes(data, name=given, encoding=encoding)
    return Document(given, text, hashlib.sha256(data).hexdigest(), used)


def read_text(path: str | os.PathLike[str], *, encoding: str | None = None) -> str:
    """The text of the file at ``path``, read as textguard reads it (the offsets of reports index it)."""
    return read_document(path, encoding=encoding).text


def require_original_text(text: str, *, name: str) -> None:
    """Refuse the text of original ``name`` when it has none (empty, or whitespace only).

    A copy is judged by what it lost or changed of its original; against an empty original there
    is nothing to lose, so every copy would pass. In a publishing gate an empty original means a
    failed scrape or export upstream, which must stop the pipeline rather than wave copies through,
    so the command line and the pytest plugin call this and report "could not judge". The pure
    :func:`textguard.check` still reports on any pair of strings.

    >>> require_original_text(" \\n", name="original.txt")
    Traceback (most recent call last):
    textguard.errors.InputError: original.txt: the original has no text (empty or whitespace only); nothing to check a copy against
    """
    if not text.strip():
        raise InputError(
            f"{_show(name)}: the original has no text (empty or whitespace only); nothing to check a copy against"
        )


def _show(name: str) -> str:
    """A file name fit for a one-line message: control characters escaped."""
    return name if name.isprintable() else repr(name)[1:-1]


def _binary_type(data: bytes) -> str | None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            if kind == "a ZIP archive" and b"word/" in data[:65536]:
                return "a Word (.docx) document"
            return kind
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` when the NUL bytes of ``data`` look like mostly-ASCII UTF-16."""
    if len(data) % 2:
        return None
    even = data[0::2].count(0)
    odd = data[1::2].count(0)
    units = len(data) // 2
    for nuls, other, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if nuls >= _UTF16_PARITY * (nuls + other) and nuls >= _UTF16_MIN_NULS * units:
            return codec
    return None


def _nul_error(shown: str, data: bytes) -> InputError:
    return InputError(
        f"{shown}: contains NUL bytes (first at byte {data.index(0)}); looks like a binary file, not text"
    )


def _decode_utf8(data: bytes, shown: str, *, offset: int) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        at = offset + exc.start
        raise InputError(
            f"{shown}: not valid UTF-8 at byte {at} (0x{data[exc.start]:02x}); "
            "re-save it as UTF-8, or pass its real encoding, e.g. --encoding cp1252"
        ) from None


def _strict(data: bytes, codec: str, shown: str, *, offset: int) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        at = offset + exc.start
        raise InputError(
            f"{shown}: not valid {codec.removesuffix('-sig')} at byte {at} (0x{data[exc.start]:02x}); "
            "re-save it as UTF-8, or pass its real encoding with --encoding"
        ) from None
