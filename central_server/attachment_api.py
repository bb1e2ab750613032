"""The attachment upload routes: status, declare, chunks, completion, content.

A device credential (as for push and pull) names the office; every answer is about that
office's own upload or holding (``attachments``): a file the office does not hold answers 404,
whoever else holds it. Chunk bodies are raw bytes of at most ``ATTACHMENT_CHUNK_BYTES`` (413
beyond, before anything is stored), far inside the server's body limit; files are served as
a stream read in pieces, checked against their hash as they go.
"""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Path, Query, Request
from fastapi.responses import StreamingResponse
from starlette.requests import ClientDisconnect

from central_server.api import DeviceIdentity, device_in_own_session, session_factory
from central_server.attachment_folder import AttachmentFolder
from central_server.attachments import (
    UploadProblem,
    check_chunk,
    complete_upload,
    declare_upload,
    held_size,
    record_chunk,
    upload_status,
)
from central_server.db import session_scope
from central_server.error_responses import BODY, errors
from motcua_core.protocol import ATTACHMENT_CHUNK_BYTES, MAX_ATTACHMENT_BYTES, AttachmentStatus

log = logging.getLogger("central_server.attachments")
router = APIRouter(prefix="/api/v1/attachments", tags=["attachments"])
UNCONFIGURED_RETRY_AFTER = 300
Sha256Path = Annotated[str, Path(pattern="^[0-9a-f]{64}$", description="SHA-256, lower-case hex")]
ChunkIndex = Annotated[int, Path(ge=0, le=MAX_ATTACHMENT_BYTES // ATTACHMENT_CHUNK_BYTES)]
AuthDevice = Annotated[DeviceIdentity, Depends(device_in_own_session)]
_RAW_BODY = {
    "requestBody": {
        "required": True,
        "description": f"the chunk's bytes (at most {ATTACHMENT_CHUNK_BYTES}; the last one of "
        "a file shorter)",
        "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
    }
}
_FILE = {200: {"description": "the file's bytes", "content": {"application/octet-stream": {}}}}


def attachment_folder(request: Request) -> AttachmentFolder:
    """The server's attachment folder; 503 when the server was started without one."""
    folder: AttachmentFolder | None = request.app.state.attachment_folder
    if folder is None:
        raise HTTPException(
            503,
            "this server keeps no attachments: start it with --attachment-store DIR",
            headers={"Retry-After": str(UNCONFIGURED_RETRY_AFTER)},
        )
    return folder


Folder = Annotated[AttachmentFolder, Depends(attachment_folder)]


async def chunk_body(request: Request) -> bytes:
    """The request body, refused with 413 as soon as it passes one chunk's size."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > ATTACHMENT_CHUNK_BYTES:
        raise HTTPException(413, f"a chunk holds at most {ATTACHMENT_CHUNK_BYTES} bytes")
    data = bytearray()
    try:
        async for piece in request.stream():
            data += piece
            if len(data) > ATTACHMENT_CHUNK_BYTES:
                raise HTTPException(413, f"a chunk holds at most {ATTACHMENT_CHUNK_BYTES} bytes")
    except ClientDisconnect:  # the connection broke mid-chunk: nothing is stored
        raise HTTPException(408, "the chunk did not arrive whole") from None
    return bytes(data)


def _refused(problem: UploadProblem) -> HTTPException:
    return HTTPException(problem.status, problem.detail)


@router.get("/{sha256}", response_model=AttachmentStatus, responses=errors(401, 404, 503))
def attachment_status(
    sha256: Sha256Path, device: AuthDevice, request: Request, _folder: Folder
) -> AttachmentStatus:
    """Where this office's upload of the file stands (404: this office never declared it)."""
    with session_scope(session_factory(request)) as session:
        status = upload_status(session, device.office_id, sha256)
    if status is None:
        raise HTTPException(404, "this office holds no such attachment")
    return status


@router.put("/{sha256}", response_model=AttachmentStatus, responses=errors(401, 409, 503))
def declare_attachment(
    sha256: Sha256Path,
    size: Annotated[int, Query(alias="bytes", ge=0, le=MAX_ATTACHMENT_BYTES)],
    device: AuthDevice,
    request: Request,
    _folder: Folder,
) -> AttachmentStatus:
    """Start this office's upload of a file of ``bytes`` bytes (again: its status)."""
    try:
        with session_scope(session_factory(request)) as session:
            return declare_upload(session, device.office_id, sha256, size)
    except UploadProblem as problem:
        raise _refused(problem) from None


@router.put(
    "/{sha256}/chunks/{index}",
    response_model=AttachmentStatus,
    responses=errors(401, 404, 409, 503, *BODY),
    openapi_extra=_RAW_BODY,
)
def put_chunk(
    sha256: Sha256Path,
    index: ChunkIndex,
    device: AuthDevice,
    request: Request,
    folder: Folder,
    data: Annotated[bytes, Depends(chunk_body)],
) -> AttachmentStatus:
    """Store chunk ``index`` (bytes ``index × chunk_bytes`` on) of the declared file."""
    factory = session_factory(request)
    try:
        with session_scope(factory) as session:
            status = upload_status(session, device.office_id, sha256)
        check_chunk(status, index, len(data))
        assert status is not None
        if status.complete:
            return status
        folder.write_chunk(device.office_id, sha256, index, data)
        with session_scope(factory) as session:
            return record_chunk(session, device.office_id, sha256, index, len(data))
    except UploadProblem as problem:
        raise _refused(problem) from None


@router.post(
    "/{sha256}/complete", response_model=AttachmentStatus, responses=errors(401, 404, 409, 503)
)
def complete_attachment(
    sha256: Sha256Path, device: AuthDevice, request: Request, folder: Folder
) -> AttachmentStatus:
    """Join the chunks and check the file's SHA-256; 409 when a chunk is missing or the hash
    differs (then the chunks are discarded and the upload starts again)."""
    try:
        with session_scope(session_factory(request)) as session:
            completion = complete_upload(session, folder, device.office_id, sha256)
    except UploadProblem as problem:
        raise _refused(problem) from None
    if completion.refused is not None:
        log.warning("office %s attachment %s: %s", device.unit_code, sha256, completion.refused)
        raise HTTPException(409, completion.refused)
    return completion.status


@router.get(
    "/{sha256}/content", response_class=StreamingResponse, responses=_FILE | errors(401, 404, 503)
)
def attachment_content(
    sha256: Sha256Path, device: AuthDevice, request: Request, folder: Folder
) -> StreamingResponse:
    """The file, to a device of an office that holds it (any other device: 404)."""
    with session_scope(session_factory(request)) as session:
        size = held_size(session, device.office_id, sha256)
    if size is None:
        raise HTTPException(404, "this office holds no such attachment")
    if not folder.file_path(sha256).is_file():
        log.error("attachment file %s is missing from %s", sha256, folder.root)
        raise HTTPException(503, "the file is unavailable at the centre", {"Retry-After": "300"})
    return StreamingResponse(
        folder.read_verified(sha256),
        media_type="application/octet-stream",
        headers={"Content-Length": str(size), "X-Content-SHA256": sha256},
    )


def install(app: FastAPI, folder: AttachmentFolder | None) -> None:
    """Serve the attachment routes from ``folder`` (None: they answer 503)."""
    app.state.attachment_folder = folder
    app.include_router(router)
