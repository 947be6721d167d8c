"""Menjalankan layanan dengan uvicorn: ``kinerja layani``, dan server latar untuk uji dan benchmark.

uvicorn: server ASGI produksi yang terawat (HTTP/1.1 lewat h11 atau httptools), dipakai luas
bersama FastAPI; ``kinerja layani`` mendengar 127.0.0.1 kecuali diberi ``--host`` lain.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType
from typing import Any

from kinerja.galat import ExtraTidakTerpasang, KinerjaError
from kinerja.laporan.batas_berkas import BATAS_BAWAAN, BatasBerkas

__all__ = ["HOST_BAWAAN", "di_latar", "layani"]

HOST_BAWAAN = "127.0.0.1"
"""Hanya mesin ini; layanan tidak terbuka ke jaringan kecuali diminta."""

# Pengaturan uvicorn yang sama untuk `kinerja layani` dan server latar.
_PENGATURAN: dict[str, Any] = {
    "server_header": False,
    "timeout_keep_alive": 5,
    "limit_concurrency": 256,
}


def _modul() -> tuple[ModuleType, Any]:
    try:
        import uvicorn

        from kinerja.layanan.aplikasi import buat_aplikasi
    except ImportError as galat:
        raise ExtraTidakTerpasang(
            "kinerja layani butuh extra 'layanan': pip install 'kinerja[layanan]'"
        ) from galat
    return uvicorn, buat_aplikasi


def layani(host: str = HOST_BAWAAN, port: int = 8000, *, batas: BatasBerkas = BATAS_BAWAAN) -> None:
    """Jalankan layanan sampai dihentikan (Ctrl+C)."""
    uvicorn, buat_aplikasi = _modul()
    uvicorn.run(buat_aplikasi(batas), host=host, port=port, log_level="info", **_PENGATURAN)


@contextmanager
def di_latar(
    *, batas: BatasBerkas = BATAS_BAWAAN, host: str = HOST_BAWAAN, batas_waktu: int = 30
) -> Iterator[str]:
    """Server uvicorn sungguhan di utas latar, pada porta bebas; menghasilkan alamat dasarnya.

    Porta dipilih sistem operasi (soket terikat ke porta 0 sebelum server mulai), jadi tidak
    ada tabrakan porta. Server dihentikan saat blok ``with`` selesai.
    """
    uvicorn, buat_aplikasi = _modul()
    soket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    soket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    soket.bind((host, 0))
    porta = soket.getsockname()[1]
    konfigurasi = uvicorn.Config(
        buat_aplikasi(batas), log_config=None, log_level="warning", access_log=False,
        **_PENGATURAN,
    )  # fmt: skip
    server = uvicorn.Server(konfigurasi)
    utas = threading.Thread(target=server.run, kwargs={"sockets": [soket]}, daemon=True)
    utas.start()
    akhir = time.monotonic() + batas_waktu
    while not server.started:
        if not utas.is_alive() or time.monotonic() > akhir:
            server.should_exit = True
            soket.close()
            raise KinerjaError(f"server latar tidak mulai dalam {batas_waktu} detik")
        time.sleep(1 / 100)
    try:
        yield f"http://{host}:{porta}"
    finally:
        server.should_exit = True
        utas.join(batas_waktu)
        soket.close()
