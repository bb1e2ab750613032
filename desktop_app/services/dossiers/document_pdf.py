"""One PDF per digitised document, from scanned images and PDF files, without loss.

Images become PDF pages with img2pdf: a JPEG's bytes are embedded as they are (no
re-encoding), PNG and TIFF pixels are kept exactly (Flate, or CCITT for a bilevel TIFF). Pages
of a PDF are copied as they are, with pypdf (pure Python: no PDF library in the bundle). Each
page can be picked, reordered and turned (by a quarter, a half or three quarters: the page's
``/Rotate``, added to the one it has, which loses nothing) before the document is written.
A single PDF taken whole and unturned is kept byte for byte, so a signed result keeps its
signature.

The PDF is written to a temporary file (a scan never sits whole in memory twice); the caller
stores it and removes it (``BuiltPdf.discard``).
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import img2pdf
from PIL import Image
from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.errors import PyPdfError
from pypdf.generic import NameObject, NumberObject

from desktop_app.services.errors import ServiceError

#: How a file's first bytes name its format.
_MAGIC = (
    (b"%PDF-", "pdf"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
)
ROTATIONS = (0, 90, 180, 270)
#: img2pdf's own PDF writer, named so that the result never depends on which optional PDF
#: library happens to be installed (the bundle carries none).
_ENGINE = img2pdf.Engine.internal
#: What reading a damaged or hostile file can raise, in img2pdf, Pillow or pypdf (a malformed
#: object tree fails with lookup, type or arithmetic errors, a deep one with RecursionError).
_DAMAGE = (
    PyPdfError,
    img2pdf.ImageOpenError,
    img2pdf.AlphaChannelError,
    OSError,
    ValueError,
    LookupError,
    TypeError,
    AttributeError,
    ArithmeticError,
    AssertionError,
    RecursionError,
)
_CANNOT_WRITE = "Không ghi được tệp PDF của giấy tờ."


class BadDocumentFile(ServiceError):
    """A file that cannot become part of a document (format, damage, page, rotation)."""


@dataclass(frozen=True)
class PageInput:
    """One page of the document: page ``page`` (1-based; of a multi-page TIFF or a PDF) of
    ``source``, turned clockwise by ``rotation`` degrees."""

    source: Path
    page: int = 1
    rotation: int = 0


@dataclass(frozen=True)
class BuiltPdf:
    """The document's PDF in a temporary file, its page count."""

    path: Path
    pages: int
    temporary: bool = True

    def discard(self) -> None:
        if self.temporary:
            self.path.unlink(missing_ok=True)


def file_format(path: Path) -> str:
    """``pdf``, ``jpeg``, ``png`` or ``tiff``, read from the file's first bytes."""
    head = _head(path)
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    raise _bad(path, "is not a PDF, JPEG, PNG or TIFF file")


def _head(path: Path) -> bytes:
    try:
        with Path(path).open("rb") as source:
            return source.read(8)
    except OSError as error:
        raise _bad(path, f"cannot be read ({error.strerror})") from error


def _bad(path: Path, problem: str) -> BadDocumentFile:
    return BadDocumentFile(f"{path}: {problem}", f"Tệp {Path(path).name} không dùng được.")


def whole_files(paths: Sequence[Path]) -> list[PageInput]:
    """Every page of every file, in order, unturned."""
    return [PageInput(Path(p), n) for p in paths for n in range(1, page_count(Path(p)) + 1)]


def page_count(path: Path) -> int:
    """The number of pages of a PDF or frames of an image file."""
    if file_format(path) != "pdf":
        return _frames(path)
    with ExitStack() as stack:
        reader = _opened(stack, path)
        with _refusing(path):
            return len(reader.pages)


def _frames(path: Path) -> int:
    try:
        with Image.open(path) as image:
            return int(getattr(image, "n_frames", 1))
    except _DAMAGE as error:
        raise _bad(path, f"is damaged or not supported ({type(error).__name__})") from error


def build_document_pdf(inputs: Sequence[PageInput], work_dir: Path | None = None) -> BuiltPdf:
    """The document made of ``inputs`` in order; ``BadDocumentFile`` names a file it refuses."""
    if not inputs:
        raise BadDocumentFile("no page to attach", "Chưa có trang nào để đính kèm.")
    _check_rotations(inputs)
    if _is_one_pdf_as_it_is(inputs):
        return BuiltPdf(inputs[0].source, len(inputs), temporary=False)
    if _are_whole_single_images(inputs):
        return _images_only(inputs, work_dir)
    return _assembled(inputs, work_dir)


def _are_whole_single_images(inputs: Sequence[PageInput]) -> bool:
    """Each input a one-frame image, unturned, each file once (a scan's usual case)."""
    sources = [item.source for item in inputs]
    if len(set(sources)) != len(sources) or any(item.page != 1 or item.rotation for item in inputs):
        return False
    return all(file_format(s) != "pdf" and _frames(s) == 1 for s in sources)


def _images_only(inputs: Sequence[PageInput], work_dir: Path | None) -> BuiltPdf:
    """The images made one PDF by img2pdf in one pass (no second pass to merge pages)."""
    with tempfile.NamedTemporaryFile(
        prefix=".document-", suffix=".pdf", dir=work_dir, delete=False
    ) as handle:
        try:
            img2pdf.convert(
                [str(item.source) for item in inputs], outputstream=handle, engine=_ENGINE
            )
        except _DAMAGE:
            handle.close()
            Path(handle.name).unlink()
            return _assembled(inputs, work_dir)  # names the file it cannot take
    return BuiltPdf(Path(handle.name), len(inputs))


def _check_rotations(inputs: Sequence[PageInput]) -> None:
    for item in inputs:
        if item.rotation not in ROTATIONS:
            raise _bad(item.source, f"rotation {item.rotation} is not one of 0, 90, 180, 270")


def _is_one_pdf_as_it_is(inputs: Sequence[PageInput]) -> bool:
    source = inputs[0].source
    if file_format(source) != "pdf" or any(i.source != source or i.rotation for i in inputs):
        return False
    return [i.page for i in inputs] == list(range(1, page_count(source) + 1))


def _assembled(inputs: Sequence[PageInput], work_dir: Path | None) -> BuiltPdf:
    with ExitStack() as stack:
        opened: dict[Path, PdfReader] = {}
        out = PdfWriter()
        for item in inputs:
            if item.source not in opened:
                opened[item.source] = _opened(stack, item.source)
            with _refusing(item.source):
                _append(out, opened[item.source], item)
        return _saved(out, work_dir)


def _append(out: PdfWriter, source: PdfReader, item: PageInput) -> None:
    """The page copied into ``out`` (a page taken twice is two pages), turned on top of its own
    ``/Rotate``."""
    page = out.add_page(_page(source, item))
    if item.rotation:
        page[NameObject("/Rotate")] = NumberObject((page.rotation + item.rotation) % 360)


def _page(pdf: PdfReader, item: PageInput) -> PageObject:
    if not 1 <= item.page <= len(pdf.pages):
        raise _bad(item.source, f"has no page {item.page} (it has {len(pdf.pages)})")
    return pdf.pages[item.page - 1]


def _saved(out: PdfWriter, work_dir: Path | None) -> BuiltPdf:
    with tempfile.NamedTemporaryFile(
        prefix=".document-", suffix=".pdf", dir=work_dir, delete=False
    ) as handle:
        try:
            out.write(handle)
        except _DAMAGE as error:
            handle.close()
            Path(handle.name).unlink()
            raise BadDocumentFile(f"document cannot be written ({error})", _CANNOT_WRITE) from error
    return BuiltPdf(Path(handle.name), len(out.pages))


def _opened(stack: ExitStack, path: Path) -> PdfReader:
    """``path`` as a PDF, read from a file kept open in ``stack`` (never read whole into memory):
    a PDF file itself, an image file converted by img2pdf."""
    kind = file_format(path)
    with _refusing(path):
        source = stack.enter_context(path.open("rb")) if kind == "pdf" else _converted(stack, path)
        return _unlocked(PdfReader(source), path)


def _unlocked(reader: PdfReader, path: Path) -> PdfReader:
    """The reader, opened if the PDF is encrypted without a password to open it (only its
    changes are restricted, as on many issued documents); refused if it needs one."""
    if reader.is_encrypted and not reader.decrypt(""):
        raise _bad(path, "is protected by a password")
    return reader


@contextmanager
def _refusing(path: Path) -> Iterator[None]:
    """Damage found while reading ``path`` (a hostile file can fail anywhere) made a
    ``BadDocumentFile`` naming it."""
    try:
        yield
    except BadDocumentFile:
        raise
    except _DAMAGE as error:
        raise _bad(path, f"is damaged or not supported ({type(error).__name__})") from error


def _converted(stack: ExitStack, path: Path) -> IO[bytes]:
    """The image file made a PDF by img2pdf (lossless), in a temporary file."""
    converted = stack.enter_context(tempfile.TemporaryFile(suffix=".pdf"))  # noqa: SIM115
    img2pdf.convert(str(path), outputstream=converted, engine=_ENGINE)
    converted.seek(0)
    return converted
