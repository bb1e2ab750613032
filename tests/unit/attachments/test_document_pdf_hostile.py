"""PDF pages taken with pypdf: turns add to a page's own /Rotate, a page taken twice is two
pages, and a damaged, encrypted or hostile PDF is refused by name (never a crash)."""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter

from desktop_app.services.dossiers.document_pdf import (
    BadDocumentFile,
    PageInput,
    build_document_pdf,
    page_count,
    whole_files,
)


def _blank_pdf(path: Path, rotations: list[int]) -> Path:
    writer = PdfWriter()
    for rotation in rotations:
        writer.add_blank_page(200, 300).rotate(rotation)
    with path.open("wb") as out:
        writer.write(out)
    return path


def _rotations(path: Path) -> list[int]:
    return [page.rotation for page in PdfReader(path).pages]


def test_turns_add_to_the_page_own_rotation(tmp_path: Path) -> None:
    source = _blank_pdf(tmp_path / "turned.pdf", [90, 270, 0])
    picked = [PageInput(source, 1, 90), PageInput(source, 2, 180), PageInput(source, 3)]
    built = build_document_pdf(picked, work_dir=tmp_path)
    assert built.temporary and built.pages == 3
    assert _rotations(built.path) == [180, 90, 0]


def test_a_page_taken_twice_is_two_pages_turned_apart(tmp_path: Path) -> None:
    source = _blank_pdf(tmp_path / "one.pdf", [0, 0])
    built = build_document_pdf([PageInput(source, 2), PageInput(source, 2, 90)], tmp_path)
    assert _rotations(built.path) == [0, 90] and page_count(built.path) == 2
    removed = build_document_pdf([PageInput(source, 2)], tmp_path)  # page 1 removed
    assert removed.pages == 1 and removed.path != source


def test_images_and_pdf_pages_in_one_document(tmp_path: Path) -> None:
    Image.new("RGB", (40, 30), "red").save(tmp_path / "scan.png")
    source = _blank_pdf(tmp_path / "form.pdf", [0])
    built = build_document_pdf(whole_files([tmp_path / "scan.png", source]), tmp_path)
    sizes = [
        (float(p.mediabox.width), float(p.mediabox.height)) for p in PdfReader(built.path).pages
    ]
    assert built.pages == 2 and sizes[1] == (200, 300)


def _encrypted(path: Path, user: str, owner: str) -> Path:
    writer = PdfWriter(clone_from=_blank_pdf(path, [0, 0]))
    writer.encrypt(user_password=user, owner_password=owner, algorithm="RC4-128")
    with path.open("wb") as out:
        writer.write(out)
    return path


def test_an_encrypted_pdf_needing_a_password_is_refused(tmp_path: Path) -> None:
    locked = _encrypted(tmp_path / "locked.pdf", "secret", "owner")
    with pytest.raises(BadDocumentFile, match="locked.pdf: is protected by a password"):
        page_count(locked)
    with pytest.raises(BadDocumentFile, match="locked.pdf: is protected by a password"):
        build_document_pdf([PageInput(locked, 1, 90)])


def test_a_pdf_restricted_only_by_its_owner_opens(tmp_path: Path) -> None:
    restricted = _encrypted(tmp_path / "issued.pdf", "", "owner")
    assert page_count(restricted) == 2
    kept = build_document_pdf(whole_files([restricted]))
    assert kept.path == restricted and not kept.temporary
    turned = build_document_pdf([PageInput(restricted, 2, 270)], tmp_path)
    assert _rotations(turned.path) == [270]


@pytest.mark.parametrize(
    "content",
    [
        b"%PDF-1.7\n",
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 1 0 R >> endobj\ntrailer << /Root 1 0 R >>\n",
        b"%PDF-1.4\n" + b"[" * 5000,
        b"%PDF-" + bytes(range(256)) * 8,
    ],
    ids=["header-only", "self-referencing-pages", "deep-nesting", "binary-noise"],
)
def test_a_hostile_pdf_is_refused_by_name(tmp_path: Path, content: bytes) -> None:
    hostile = tmp_path / "hostile.pdf"
    hostile.write_bytes(content)
    with pytest.raises(BadDocumentFile, match="hostile.pdf"):
        build_document_pdf([PageInput(hostile, 1, 90)], tmp_path)


def test_truncated_and_corrupted_pdfs_never_crash(tmp_path: Path) -> None:
    """Every cut and every flipped byte either still gives a document or is refused by name."""
    buffer = io.BytesIO()
    writer = PdfWriter()
    for _ in range(3):
        writer.add_blank_page(100, 100)
    writer.write(buffer)
    original = buffer.getvalue()
    rng = random.Random(13)
    variants = [original[:cut] for cut in range(8, len(original), max(1, len(original) // 25))]
    for _ in range(40):
        damaged = bytearray(original)
        for _flip in range(rng.randint(1, 6)):
            damaged[rng.randrange(5, len(damaged))] = rng.randrange(256)
        variants.append(bytes(damaged))
    target = tmp_path / "damaged.pdf"
    for variant in variants:
        target.write_bytes(variant)
        try:
            built = build_document_pdf([PageInput(target, 1, 180)], tmp_path)
        except BadDocumentFile as refused:
            assert "damaged.pdf" in str(refused)
        else:
            assert built.pages == 1 and page_count(built.path) == 1
            built.discard()
