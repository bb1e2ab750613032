"""One PDF per digitised document, from scanned images and PDF files, without loss.

Images become PDF pages with img2pdf: a JPEG's bytes are embedded as they are (no
re-encoding), PNG and TIFF pixels are kept exactly (Flate, or CCITT for a bilevel TIFF). Pages
of a PDF are taken as they are. Each page can be picked, reordered and turned (by a quarter,
a half or three quarters: the page's ``/Rotate``, which loses nothing) before the document is
written. A single PDF taken whole and unturned is kept byte for byte, so a signed result keeps
its signature.

The PDF is written to a temporary file (a scan never sits whole in memory twice); the caller
stores it and removes it (``BuiltPdf.discard``).
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import img2pdf
import pikepdf
from PIL import Image

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
    with ExitStack() as stack:
        if file_format(path) != "pdf":
            return _frames(path)
        return len(_opened(stack, path).pages)


def _frames(path: Path) -> int:
    try:
        with Image.open(path) as image:
            return int(getattr(image, "n_frames", 1))
    except (OSError, ValueError) as error:
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
            img2pdf.convert([str(item.source) for item in inputs], outputstream=handle)
        except (img2pdf.ImageOpenError, img2pdf.AlphaChannelError, OSError, ValueError):
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
        opened: dict[Path, pikepdf.Pdf] = {}
        out = stack.enter_context(pikepdf.new())
        for item in inputs:
            if item.source not in opened:
                opened[item.source] = _opened(stack, item.source)
            _append(out, opened[item.source], item)
        return _saved(out, work_dir)


def _append(out: pikepdf.Pdf, source: pikepdf.Pdf, item: PageInput) -> None:
    out.pages.append(_page(source, item))
    if item.rotation:
        out.pages[-1].rotate(item.rotation, relative=True)


def _page(pdf: pikepdf.Pdf, item: PageInput) -> pikepdf.Page:
    if not 1 <= item.page <= len(pdf.pages):
        raise _bad(item.source, f"has no page {item.page} (it has {len(pdf.pages)})")
    return pdf.pages[item.page - 1]


def _saved(out: pikepdf.Pdf, work_dir: Path | None) -> BuiltPdf:
    with tempfile.NamedTemporaryFile(
        prefix=".document-", suffix=".pdf", dir=work_dir, delete=False
    ) as handle:
        out.save(handle)
    return BuiltPdf(Path(handle.name), len(out.pages))


def _opened(stack: ExitStack, path: Path) -> pikepdf.Pdf:
    """``path`` as a PDF: a PDF file opened, an image file converted (kept open in ``stack``)."""
    kind = file_format(path)
    try:
        if kind == "pdf":
            return stack.enter_context(pikepdf.open(path))
        return stack.enter_context(pikepdf.open(_converted(stack, path)))
    except (pikepdf.PdfError, img2pdf.ImageOpenError, img2pdf.AlphaChannelError, OSError) as e:
        raise _bad(path, f"is damaged or not supported ({type(e).__name__})") from e
    except ValueError as error:
        raise _bad(path, f"is not supported ({error})") from error


def _converted(stack: ExitStack, path: Path) -> IO[bytes]:
    """The image file made a PDF by img2pdf (lossless), in a temporary file."""
    converted = stack.enter_context(tempfile.TemporaryFile(suffix=".pdf"))  # noqa: SIM115
    img2pdf.convert(str(path), outputstream=converted)
    converted.seek(0)
    return converted
