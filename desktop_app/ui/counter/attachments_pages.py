"""Pictures of a document's pages for the screen: thumbnails and the large preview.

A page is a ``PageInput`` (a file, its page number, a quarter turn). Images are read with
Qt's image reader (a multi-page TIFF by frame); PDF pages are drawn with QtPdf. The picture
is only for looking: the document saved is built from the files themselves, without loss.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter, QTransform

from desktop_app.services.dossiers.document_pdf import PageInput, file_format

try:  # QtPdf is its own wheel; without it a PDF page is shown as a labelled blank
    from PySide6.QtPdf import QPdfDocument
except ImportError:  # pragma: no cover - the wheel is a declared dependency
    QPdfDocument = None  # type: ignore[assignment,misc]

THUMBNAIL = QSize(120, 160)


def page_image(page: PageInput, size: QSize) -> QImage:
    """The page drawn to fit ``size``, turned as it will be saved."""
    image = _source_image(page, size)
    if image.isNull():
        image = _blank(page, size)
    if page.rotation:
        image = image.transformed(QTransform().rotate(page.rotation))
    return image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation)  # fmt: skip


def _source_image(page: PageInput, size: QSize) -> QImage:
    try:
        kind = file_format(page.source)
    except Exception:  # an unreadable file is shown blank; the save says what is wrong
        return QImage()
    if kind == "pdf":
        return _pdf_page(page.source, page.page - 1, size)
    reader = QImageReader(str(page.source))
    reader.setAutoTransform(True)
    if page.page > 1:
        reader.jumpToImage(page.page - 1)
    return reader.read()


def _pdf_page(path: Path, index: int, size: QSize) -> QImage:
    if QPdfDocument is None:
        return QImage()
    document = QPdfDocument(None)
    try:
        if document.load(str(path)) != QPdfDocument.Error.None_:
            return QImage()
        points = document.pagePointSize(index)
        if points.isEmpty():
            return QImage()
        scale = min(size.width() / points.width(), size.height() / points.height())
        target = QSize(max(1, int(points.width() * scale)), max(1, int(points.height() * scale)))
        return document.render(index, target)
    finally:
        document.close()
        document.deleteLater()


def _blank(page: PageInput, size: QSize) -> QImage:
    """A white page naming the file and page, for what cannot be drawn."""
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawText(
        image.rect(),
        Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
        QCoreApplication.translate("AttachmentPages", "{name}\npage {page}").format(
            name=page.source.name, page=page.page
        ),
    )
    painter.end()
    return image


def size_text(size: int) -> str:
    """A file size the officer reads at a glance: 850 KB, 1.2 MB."""
    if size < 1_000_000:
        return f"{max(1, round(size / 1000))} KB"
    return f"{size / 1_000_000:.1f} MB"
