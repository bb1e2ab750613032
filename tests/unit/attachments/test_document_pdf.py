"""Images and PDFs become one document PDF without loss; pages picked, ordered and turned."""

from __future__ import annotations

import random
from pathlib import Path

import pikepdf
import pytest
from PIL import Image

from desktop_app.services.dossiers.document_pdf import (
    BadDocumentFile,
    PageInput,
    build_document_pdf,
    file_format,
    page_count,
    whole_files,
)


def _noise(width: int, height: int, mode: str = "RGB") -> Image.Image:
    rng = random.Random(width * height)
    channels = len(mode)
    return Image.frombytes(mode, (width, height), rng.randbytes(width * height * channels))


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    paths = {name: tmp_path / name for name in ("a.jpg", "b.png", "c.tif", "bw.tif", "g.png")}
    _noise(120, 170).save(paths["a.jpg"], quality=85)
    _noise(90, 60).save(paths["b.png"])
    frames = [_noise(40, 50), _noise(50, 40)]
    frames[0].save(paths["c.tif"], save_all=True, append_images=frames[1:])
    _noise(64, 64, "L").convert("1").save(paths["bw.tif"], compression="group4")
    _noise(30, 20, "L").save(paths["g.png"])
    return paths


def _page_images(pdf: pikepdf.Pdf) -> list[pikepdf.Object]:
    """The image of each page (img2pdf puts one image on a page)."""
    return [image for page in pdf.pages for image in page.obj.Resources.XObject.values()]


def _images(pdf_path: Path) -> list[Image.Image]:
    with pikepdf.open(pdf_path) as pdf:
        return [pikepdf.PdfImage(image).as_pil_image() for image in _page_images(pdf)]


def _raw_streams(pdf_path: Path) -> list[bytes]:
    with pikepdf.open(pdf_path) as pdf:
        return [image.read_raw_bytes() for image in _page_images(pdf)]


def test_images_become_one_pdf_with_jpeg_bytes_and_pixels_kept(files) -> None:
    order = [files["a.jpg"], files["b.png"], files["c.tif"], files["bw.tif"], files["g.png"]]
    built = build_document_pdf(whole_files(order))
    try:
        assert built.pages == 6 == page_count(built.path)  # the TIFF has two frames
        raw = _raw_streams(built.path)
        assert raw[0] == files["a.jpg"].read_bytes()  # the JPEG is embedded byte for byte
        images = _images(built.path)
        assert images[1].tobytes() == Image.open(files["b.png"]).tobytes()
        with Image.open(files["c.tif"]) as tiff:
            for frame in (0, 1):
                tiff.seek(frame)
                assert images[2 + frame].convert("RGB").tobytes() == tiff.convert("RGB").tobytes()
        with Image.open(files["bw.tif"]) as bilevel:
            assert images[4].convert("L").tobytes() == bilevel.convert("L").tobytes()
        assert images[5].tobytes() == Image.open(files["g.png"]).tobytes()
    finally:
        built.discard()
    assert not built.path.exists()


def test_pages_are_reordered_removed_and_turned(files, tmp_path: Path) -> None:
    three = build_document_pdf(whole_files([files["a.jpg"], files["b.png"], files["g.png"]]))
    try:
        # single-frame images in one pass: the same lossless result
        assert three.pages == 3 and _raw_streams(three.path)[0] == files["a.jpg"].read_bytes()
        assert _images(three.path)[1].tobytes() == Image.open(files["b.png"]).tobytes()
        picked = [PageInput(three.path, 3, 90), PageInput(three.path, 1, 270)]
        built = build_document_pdf(picked, work_dir=tmp_path)
        with pikepdf.open(built.path) as pdf:
            assert len(pdf.pages) == built.pages == 2
            assert [int(page.obj.get("/Rotate", 0)) for page in pdf.pages] == [90, 270]
        raw = _raw_streams(built.path)
        assert raw[1] == files["a.jpg"].read_bytes()
        assert _images(built.path)[0].size == (30, 20)
        built.discard()
    finally:
        three.discard()


def test_a_whole_pdf_taken_as_it_is_keeps_its_bytes(files, tmp_path: Path) -> None:
    made = build_document_pdf(whole_files([files["a.jpg"], files["b.png"]]))
    signed = tmp_path / "signed.pdf"
    signed.write_bytes(made.path.read_bytes() + b"%signature bytes kept\n")
    made.discard()
    kept = build_document_pdf(whole_files([signed]))
    assert kept.path == signed and kept.pages == 2 and not kept.temporary
    kept.discard()
    assert signed.exists()  # the officer's own file is never removed


def test_bad_inputs_are_refused_by_name(files, tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("not a scan")
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(files["a.jpg"].read_bytes()[:40])
    with pytest.raises(BadDocumentFile, match="notes.txt: is not a PDF, JPEG, PNG or TIFF"):
        file_format(text)
    with pytest.raises(BadDocumentFile, match="broken.jpg"):
        build_document_pdf([PageInput(broken)])
    with pytest.raises(BadDocumentFile, match="rotation 45"):
        build_document_pdf([PageInput(files["a.jpg"], 1, 45)])
    with pytest.raises(BadDocumentFile, match="has no page 2"):
        build_document_pdf([PageInput(files["b.png"], 2)])
    with pytest.raises(BadDocumentFile, match="no page"):
        build_document_pdf([])
    with pytest.raises(BadDocumentFile, match="cannot be read"):
        file_format(tmp_path / "gone.pdf")
