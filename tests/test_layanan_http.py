"""Layanan HTTP (isu 11 butir 4): server uvicorn sungguhan pada porta lokal bebas, bicara HTTP.

Tanpa klien tiruan: setiap uji mengirim permintaan HTTP lewat soket ke server yang berjalan
(:func:`kinerja.layanan.server.di_latar`), atau ke ``kinerja layani`` sebagai proses.
"""

from __future__ import annotations

import http.client
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tracemalloc
from collections.abc import AsyncIterator, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jsonschema
import pytest

from kinerja.laporan.batas_berkas import BatasBerkas
from kinerja.laporan.berkas import tulis_laporan_teks
from kinerja.laporan.contoh import CONTOH, muat_contoh, teks_contoh
from kinerja.laporan.skema_keluaran import skema_keluaran
from kinerja.layanan.inti import dokumen_hitung, dokumen_periksa, skema_masukan
from kinerja.layanan.server import di_latar

KELUARAN = jsonschema.Draft202012Validator(skema_keluaran())
MASUKAN = jsonschema.Draft202012Validator(skema_masukan())
TOML = {"Content-Type": "application/toml"}
JSON = {"Content-Type": "application/json"}


class Jawaban:
    def __init__(self, status: int, kepala: dict[str, str], badan: bytes) -> None:
        self.status = status
        self.kepala = kepala
        self.badan = badan

    def json(self) -> Any:
        return json.loads(self.badan)


def minta(
    url: str,
    metode: str,
    jalur: str,
    badan: bytes | Iterator[bytes] | None = None,
    kepala: dict[str, str] | None = None,
) -> Jawaban:
    alamat = urlsplit(url)
    sambungan = http.client.HTTPConnection(alamat.hostname or "", alamat.port, timeout=120)
    try:
        sambungan.request(
            metode,
            jalur,
            body=badan,
            headers=kepala or {},
            encode_chunked=isinstance(badan, Iterator),
        )
        r = sambungan.getresponse()
        return Jawaban(r.status, {k.lower(): v for k, v in r.getheaders()}, r.read())
    finally:
        sambungan.close()


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    with di_latar() as alamat:
        yield alamat


def _galat_json(j: Jawaban, status: int) -> list[dict[str, str]]:
    assert j.status == status, j.badan[:300]
    assert j.kepala["content-type"].startswith("application/json")
    assert b"Traceback" not in j.badan
    galat: list[dict[str, str]] = j.json()["galat"]
    assert galat
    assert all(set(g) == {"jalur", "pesan"} for g in galat)
    return galat


def test_periksa_kalaena_toml(url: str) -> None:
    j = minta(url, "POST", "/periksa", teks_contoh("kalaena-2024-tw1").encode(), TOML)
    assert j.status == 200  # temuan adalah hasil, bukan galat
    data = j.json()
    KELUARAN.validate(data)
    angka = [(t["tercetak"]["tercetak"], t["terhitung"]["tercetak"]) for t in data["temuan"]
             if isinstance(t["tercetak"], dict) and isinstance(t["terhitung"], dict)]  # fmt: skip
    assert ("99,22", "99,33") in angka
    assert data == json.loads(json.dumps(dokumen_periksa(muat_contoh("kalaena-2024-tw1"))))


@pytest.mark.parametrize("nama", sorted(CONTOH))
def test_hitung_json_sama_dengan_pustaka(url: str, nama: str) -> None:
    badan = tulis_laporan_teks(muat_contoh(nama), "json").encode()
    j = minta(url, "POST", "/hitung", badan, {"Content-Type": "application/json; charset=utf-8"})
    assert j.status == 200
    KELUARAN.validate(j.json())
    assert j.json() == json.loads(json.dumps(dokumen_hitung(muat_contoh(nama))))


def test_skema_contoh_kesehatan_openapi(url: str) -> None:
    assert minta(url, "GET", "/skema/masukan").json() == skema_masukan()
    assert minta(url, "GET", "/skema/keluaran").json() == skema_keluaran()
    contoh = minta(url, "GET", "/contoh/senduro-2023-tw1")
    MASUKAN.validate(contoh.json())
    toml = minta(url, "GET", "/contoh/senduro-2023-tw1?format=toml")
    assert toml.badan.decode() == teks_contoh("senduro-2023-tw1")
    assert set(minta(url, "GET", "/contoh").json()) == set(CONTOH)
    assert minta(url, "GET", "/kesehatan").json()["status"] == "baik"
    openapi = minta(url, "GET", "/openapi.json").json()
    assert {"/hitung", "/periksa", "/skema/masukan", "/contoh/{nama}"} <= set(openapi["paths"])
    assert minta(url, "GET", "/docs").status == 200


@pytest.mark.parametrize(
    ("metode", "jalur", "badan", "kepala", "status"),
    [
        ("POST", "/periksa", b"{}", {"Content-Type": "text/html"}, 415),
        ("POST", "/periksa", b"{}", {}, 415),
        ("POST", "/periksa", b'{"unit": ', JSON, 400),
        ("POST", "/periksa", b"[" * 5000 + b"]" * 5000, JSON, 400),
        ("POST", "/periksa", b'{"a": ' + b"9" * 5000 + b"}", JSON, 400),
        ("POST", "/hitung", b'{"a": 1e999999999}', JSON, 422),
        ("POST", "/hitung", b'{"periode": {"tahun": 1e999999999}}', JSON, 422),
        ("POST", "/periksa", b"\xff\xfe\x00", TOML, 400),
        ("POST", "/periksa", b"", TOML, 422),
        ("POST", "/periksa", b"[unit]\nnama = 1\n", TOML, 422),
        ("GET", "/periksa", None, {}, 405),
        ("PUT", "/", b"x", {}, 405),
        ("DELETE", "/contoh/klakah-2024-tw4", None, {}, 405),
        ("GET", "/tidak-ada", None, {}, 404),
        ("GET", "/contoh/bogor", None, {}, 404),
        ("GET", "/contoh/klakah-2024-tw4?format=xml", None, {}, 422),
    ],
)
def test_permintaan_buruk_4xx_json(
    url: str, metode: str, jalur: str, badan: bytes | None, kepala: dict[str, str], status: int
) -> None:
    _galat_json(minta(url, metode, jalur, badan, kepala), status)


def test_galat_isi_berjalur(url: str) -> None:
    data = json.loads(tulis_laporan_teks(muat_contoh("kalaena-2024-tw1"), "json"))
    data["indikator"][0]["realisasi"]["tw1"] = "abc"
    galat = _galat_json(minta(url, "POST", "/periksa", json.dumps(data).encode(), JSON), 422)
    assert galat[0]["jalur"] == "indikator[0].realisasi.tw1"


def _potongan(jumlah: int, ukuran: int = 64 * 1024) -> Iterator[bytes]:
    isi = b" " * ukuran
    for _ in range(jumlah // ukuran):
        yield isi


def test_badan_40_mb_mendapat_413_tanpa_ditahan() -> None:
    batas = BatasBerkas(ukuran_bait=1_000_000)
    with di_latar(batas=batas) as alamat:
        tracemalloc.start()
        try:
            j = minta(alamat, "POST", "/periksa", _potongan(40 * 2**20), TOML)
            _, puncak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        _galat_json(j, 413)
        # 40 MB dikirim; yang pernah ditahan proses (klien + server) jauh di bawahnya
        assert puncak < 8 * 2**20, puncak
        # dengan Content-Length juga, dan server tetap menjawab sesudahnya
        j = minta(alamat, "POST", "/hitung", b" " * (3 * 2**20), JSON)
        _galat_json(j, 413)
        assert minta(alamat, "GET", "/kesehatan").status == 200


def test_batas_pustaka_berlaku_untuk_setiap_permintaan() -> None:
    with di_latar(batas=BatasBerkas(jumlah_baris=20)) as alamat:
        j = minta(alamat, "POST", "/hitung", teks_contoh("klakah-2024-tw4").encode(), TOML)
        (galat,) = _galat_json(j, 400)
        assert "20" in galat["pesan"]
        kecil = minta(alamat, "POST", "/hitung", teks_contoh("kalaena-2024-tw1").encode(), TOML)
        assert kecil.status == 200


def test_permintaan_serentak_semua_benar(url: str) -> None:
    harapan = json.loads(json.dumps(dokumen_periksa(muat_contoh("klakah-2024-tw4"))))
    badan = teks_contoh("klakah-2024-tw4").encode()
    with ThreadPoolExecutor(8) as kolam:
        hasil = list(kolam.map(lambda _: minta(url, "POST", "/periksa", badan, TOML), range(24)))
    assert all(j.status == 200 and j.json() == harapan for j in hasil)


def _porta_bebas() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        porta: int = s.getsockname()[1]
        return porta


def test_kinerja_layani_mendengar_127_0_0_1() -> None:
    skrip = shutil.which("kinerja", path=str(Path(sys.executable).parent)) or "kinerja"
    porta = _porta_bebas()
    proses = subprocess.Popen(
        [skrip, "layani", "--port", str(porta)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert proses.stdout is not None
        baris = []
        for satu in proses.stdout:
            baris.append(satu)
            if "Uvicorn running on" in satu or len(baris) > 50:
                break
        assert f"http://127.0.0.1:{porta}" in "".join(baris), baris
        j = minta(f"http://127.0.0.1:{porta}", "GET", "/kesehatan")
        assert j.status == 200
    finally:
        proses.send_signal(signal.SIGINT)
        try:
            proses.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proses.kill()
            proses.wait()
        if proses.stdout is not None:
            proses.stdout.close()


def test_sampah_acak_tidak_pernah_500(url: str) -> None:
    """Badan, tipe isi, alamat dan metode acak: selalu 2xx/4xx JSON, tidak pernah 500."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    kalaena = tulis_laporan_teks(muat_contoh("kalaena-2024-tw1"), "json").encode()

    @settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
    @given(
        st.sampled_from(["POST", "GET", "PUT", "PATCH", "DELETE", "OPTIONS"]),
        st.sampled_from(["/hitung", "/periksa", "/contoh/x", "/skema/apa", "/%00", "/../etc"]),
        st.sampled_from(["application/json", "application/toml", "text/plain", "", "a/b;c=d"]),
        st.one_of(
            st.binary(max_size=300),
            st.integers(0, len(kalaena)).map(lambda n: kalaena[:n]),
            st.text(max_size=200).map(str.encode),
        ),
    )
    def uji(metode: str, jalur: str, tipe: str, badan: bytes) -> None:
        j = minta(url, metode, jalur, badan, {"Content-Type": tipe} if tipe else {})
        assert j.status < 500, (metode, jalur, tipe, badan[:80], j.badan[:200])
        assert b"Traceback" not in j.badan
        if j.status >= 400:
            assert j.json()["galat"]

    uji()


def test_baca_badan_batas_dan_content_length() -> None:
    import asyncio

    from kinerja.layanan.badan import BadanTerlaluBesar, baca_badan

    async def aliran(*bagian: bytes) -> AsyncIterator[bytes]:
        for b in bagian:
            yield b

    async def baca(panjang: str | None, *bagian: bytes) -> bytes:
        return await baca_badan(aliran(*bagian), 10, panjang)

    assert asyncio.run(baca(None, b"12345", b"67890")) == b"1234567890"
    with pytest.raises(BadanTerlaluBesar) as info:
        asyncio.run(baca(None, b"123456", b"789012", b"345"))
    assert info.value.ukuran == 15  # sisanya tetap dibaca (dibuang), bukan diputus
    with pytest.raises(BadanTerlaluBesar):  # kepala sudah lebih dari batas: tak ada yang disimpan
        asyncio.run(baca("11", b"12"))
    assert asyncio.run(baca("bukan angka", b"12")) == b"12"
