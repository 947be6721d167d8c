"""Aplikasi ASGI layanan kinerja (FastAPI): hitung dan periksa lewat HTTP, skema, contoh, halaman.

Butuh extra ``layanan`` (``pip install 'kinerja[layanan]'``); dijalankan oleh ``kinerja layani``
(:mod:`kinerja.layanan.server`). Setiap jawaban, juga galat, adalah JSON (kecuali halaman ``/``
dan contoh TOML): ``{"galat": [{"jalur": …, "pesan": …}]}`` dengan status 4xx, tanpa
traceback. Batas berkas pustaka berlaku untuk setiap permintaan. Lihat ``docs/layanan.md``.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from kinerja.galat import BerkasTidakSah, KinerjaError, tampil_aman
from kinerja.laporan.batas_berkas import BATAS_BAWAAN, BatasBerkas
from kinerja.laporan.berkas import tulis_laporan_teks
from kinerja.laporan.contoh import CONTOH, muat_contoh, teks_contoh
from kinerja.laporan.evaluasi import DokumenEvaluasi
from kinerja.laporan.model import Laporan
from kinerja.laporan.skema_keluaran import skema_keluaran
from kinerja.layanan.badan import BadanTerlaluBesar, baca_badan, jenis_dari_tipe
from kinerja.layanan.halaman import halaman
from kinerja.layanan.inti import (
    baca_bait,
    dokumen_hitung,
    dokumen_periksa,
    galat_data,
    skema_masukan,
)

__all__ = ["buat_aplikasi"]

_LOG = logging.getLogger("kinerja.layanan")

_BADAN_LAPORAN: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "description": "Berkas laporan: JSON (skema: /skema/masukan) atau TOML.",
        "content": {
            "application/json": {"schema": {"$ref": "/skema/masukan"}},
            "application/toml": {"schema": {"type": "string"}},
        },
    },
    "responses": {
        "200": {
            "description": "Keluaran JSON v1 (skema: /skema/keluaran).",
            "content": {"application/json": {"schema": {"$ref": "/skema/keluaran"}}},
        },
        "400": {"description": "Berkas tidak terbaca (sintaks, ukuran, kedalaman)."},
        "413": {"description": "Badan permintaan melebihi batas ukuran berkas."},
        "415": {"description": "Content-Type bukan application/json atau application/toml."},
        "422": {"description": "Isi berkas tidak sah; galat berjalur."},
    },
}
# Halaman staf: tanpa sumber eksternal apa pun (juga dijaga peramban lewat CSP).
_CSP = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'"
)


class _GalatLayanan(Exception):
    def __init__(self, status: int, data: dict[str, Any]) -> None:
        super().__init__(status)
        self.status = status
        self.data = data


def _galat(status: int, pesan: str, jalur: str = "") -> _GalatLayanan:
    return _GalatLayanan(status, {"galat": [{"jalur": jalur, "pesan": pesan}]})


def _jawaban_galat(status: int, data: dict[str, Any]) -> JSONResponse:
    return JSONResponse(data, status_code=status)


async def _tangani_layanan(_: Request, galat: Exception) -> Response:
    assert isinstance(galat, _GalatLayanan)
    return _jawaban_galat(galat.status, galat.data)


async def _tangani_kinerja(_: Request, galat: Exception) -> Response:
    assert isinstance(galat, KinerjaError)
    data = galat_data(galat)
    seluruh = isinstance(galat, BerkasTidakSah) and all(j == "" for j, _ in galat.rincian)
    return _jawaban_galat(400 if seluruh else 422, data)


async def _tangani_http(_: Request, galat: Exception) -> Response:
    assert isinstance(galat, StarletteHTTPException)
    pesan = {404: "alamat tidak ada", 405: "metode tidak diizinkan untuk alamat ini"}.get(
        galat.status_code, str(galat.detail)
    )
    jawaban = _jawaban_galat(galat.status_code, {"galat": [{"jalur": "", "pesan": pesan}]})
    for nama, nilai in (galat.headers or {}).items():
        jawaban.headers[nama] = nilai
    return jawaban


async def _tangani_validasi(_: Request, galat: Exception) -> Response:
    assert isinstance(galat, RequestValidationError)
    daftar = [
        {"jalur": ".".join(str(x) for x in e.get("loc", ())), "pesan": str(e.get("msg", ""))}
        for e in galat.errors()
    ]
    return _jawaban_galat(
        422, {"galat": daftar or [{"jalur": "", "pesan": "permintaan tidak sah"}]}
    )


async def _tangani_tak_terduga(_: Request, galat: Exception) -> Response:
    # Tidak boleh terjadi untuk masukan apa pun; bila terjadi: dicatat di log, tanpa traceback
    # di jawaban.
    _LOG.exception("galat tak terduga di layanan kinerja", exc_info=galat)
    return _jawaban_galat(500, {"galat": [{"jalur": "", "pesan": "galat di dalam layanan"}]})


async def _laporan(request: Request, batas: BatasBerkas) -> Laporan | DokumenEvaluasi:
    jenis = jenis_dari_tipe(request.headers.get("content-type"))
    if jenis is None:
        raise _galat(
            415,
            "Content-Type harus application/json atau application/toml "
            f"(diberikan {tampil_aman(request.headers.get('content-type'))})",
        )
    try:
        panjang = request.headers.get("content-length")
        isi = await baca_badan(request.stream(), batas.ukuran_bait, panjang)
    except BadanTerlaluBesar as galat:
        raise _galat(413, str(galat)) from galat
    laporan: Laporan | DokumenEvaluasi = await run_in_threadpool(
        baca_bait, isi, jenis, "<permintaan>", batas
    )
    return laporan


def _contoh(nama: str) -> str:
    if nama not in CONTOH:
        raise _galat(
            404, f"contoh {tampil_aman(nama)} tidak ada; pilihan: {', '.join(sorted(CONTOH))}"
        )
    return nama


def buat_aplikasi(batas: BatasBerkas = BATAS_BAWAAN) -> FastAPI:
    """Aplikasi ASGI layanan; ``batas`` berlaku untuk setiap laporan yang dikirim."""
    from kinerja import __version__

    app = FastAPI(
        title="kinerja",
        version=__version__,
        summary="Aritmetika Laporan Kinerja (SAKIP): hitung tabel dan periksa angka tercetak.",
        description="Keluaran JSON v1 (skema: /skema/keluaran); galat: "
        '`{"galat": [{"jalur": …, "pesan": …}]}`. Halaman untuk staf: `/`.',
        redoc_url=None,
    )
    app.add_exception_handler(_GalatLayanan, _tangani_layanan)
    app.add_exception_handler(KinerjaError, _tangani_kinerja)
    app.add_exception_handler(StarletteHTTPException, _tangani_http)
    app.add_exception_handler(RequestValidationError, _tangani_validasi)
    app.add_exception_handler(Exception, _tangani_tak_terduga)

    @app.post("/hitung", openapi_extra=_BADAN_LAPORAN, summary="Semua tabel laporan (JSON v1)")
    async def hitung(request: Request) -> JSONResponse:
        laporan = await _laporan(request, batas)
        return JSONResponse(await run_in_threadpool(dokumen_hitung, laporan))

    @app.post(
        "/periksa",
        openapi_extra=_BADAN_LAPORAN,
        summary="Tabel dan temuan periksa (JSON v1); temuan adalah hasil, status tetap 200",
    )
    async def periksa(request: Request) -> JSONResponse:
        laporan = await _laporan(request, batas)
        return JSONResponse(await run_in_threadpool(dokumen_periksa, laporan))

    @app.get("/skema/masukan", summary="JSON Schema berkas laporan")
    async def skema_berkas() -> JSONResponse:
        return JSONResponse(skema_masukan(), media_type="application/schema+json")

    @app.get("/skema/keluaran", summary="JSON Schema keluaran JSON v1")
    async def skema_hasil() -> JSONResponse:
        return JSONResponse(skema_keluaran(), media_type="application/schema+json")

    @app.get("/contoh", summary="Daftar contoh bawaan")
    async def daftar_contoh() -> JSONResponse:
        return JSONResponse(dict(sorted(CONTOH.items())))

    @app.get("/contoh/{nama}", summary="Satu contoh bawaan sebagai JSON, atau TOML (?format=toml)")
    async def satu_contoh(nama: str, format: str = "json") -> Response:
        nama = _contoh(nama)
        if format == "toml":
            return PlainTextResponse(teks_contoh(nama), media_type="application/toml")
        if format != "json":
            raise _galat(
                422, f"format harus json atau toml (diberikan {tampil_aman(format)})", "format"
            )
        teks = tulis_laporan_teks(muat_contoh(nama), "json")
        return Response(teks, media_type="application/json")

    @app.get("/kesehatan", summary="Layanan hidup")
    async def kesehatan() -> JSONResponse:
        return JSONResponse({"status": "baik", "versi": __version__})

    @app.get("/", include_in_schema=False)
    async def beranda() -> HTMLResponse:
        return HTMLResponse(halaman(), headers={"Content-Security-Policy": _CSP})

    return app
