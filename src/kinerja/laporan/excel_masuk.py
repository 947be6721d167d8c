"""Excel masuk: baca buku kerja isian ``.xlsx`` lewat jalur yang sama dengan TOML dan JSON.

Buku kerja (tata letak: :mod:`kinerja.laporan.excel_isian`) diubah menjadi data bertipe dasar
yang sama bentuknya dengan isi berkas TOML, lalu distrukturkan oleh konverter cattrs yang sama
(:func:`kinerja.laporan.berkas.baca_laporan` → ``_dari_data``): tidak ada pengurai kedua.

Sel dibaca begini:

- teks apa adanya (angka bernotasi Indonesia dibaca konverter, salah tulisnya tetap terlihat);
- bilangan bulat sebagai bilangan bulat; sel angka pecahan (Excel menyimpannya sebagai float64)
  dibaca lewat teks ``repr`` terpendeknya — yang persis angka yang diketik — asalkan paling
  banyak 15 digit bermakna (ketelitian tampilan Excel); float yang lebih panjang (hasil rumus,
  mis. ``0,1 + 0,2``) ditolak dengan galat yang menyebut selnya;
- sel angka berformat persen (Excel menyimpan "99,22%" yang diketik sebagai 0,9922) dibaca
  sebagai angka yang tampil, 99,22 — sama dengan teks "99,22%";
- tanggal (tanpa jam) sebagai tanggal; sel kosong berarti isian tidak diisi; rumus dibaca
  lewat nilai tersimpannya, dan rumus tanpa nilai tersimpan (ditulis program, belum dihitung
  Excel; :mod:`~kinerja.laporan.excel_rumus`) ditolak, bukan dibaca kosong.

Setiap kesalahan menyebut lembar dan selnya (``Indikator!D7``) dan semuanya dilaporkan
sekaligus (:class:`~kinerja.galat.BerkasTidakSah`). Batas berkas (:class:`BatasBerkas`) berlaku:
ukuran berkas, ukuran terurai isi zip (paling banyak 20 × ``ukuran_bait``, melawan *zip bomb*),
jumlah baris, dan paling banyak 256 kolom per lembar. Sel demi sel dibaca
:mod:`~kinerja.laporan.excel_lembar`.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from kinerja.galat import BerkasTidakSah, KinerjaError
from kinerja.laporan.batas_berkas import BATAS_BAWAAN, BatasBerkas, periksa_batas
from kinerja.laporan.berkas import _dari_data
from kinerja.laporan.excel_isian import LEMBAR_DAFTAR, LEMBAR_LAPORAN
from kinerja.laporan.excel_keluar import muat_openpyxl
from kinerja.laporan.excel_lembar import KOLOM_MAKSIMUM, Pembaca, jadi_daftar, nilai_sel
from kinerja.laporan.excel_rumus import rumus_tanpa_nilai
from kinerja.laporan.jalur import jalur_berkas
from kinerja.laporan.model import Laporan

__all__ = ["KOLOM_MAKSIMUM", "TERURAI_PER_BAIT", "baca_excel", "nilai_sel"]

TERURAI_PER_BAIT = 20
"""Ukuran terurai isi zip paling banyak ``TERURAI_PER_BAIT × batas.ukuran_bait``."""
_LEMBAR_HASIL = frozenset({"capaian", "keuangan", "ringkasan", "nilai_tepat"})


def _periksa_zip(p: Path, batas: BatasBerkas, nama: str) -> None:
    try:
        with zipfile.ZipFile(p) as arsip:
            isi = arsip.infolist()
    except (zipfile.BadZipFile, OSError) as galat:
        raise BerkasTidakSah(f"berkas {nama!r} bukan buku kerja .xlsx yang sah") from galat
    terurai = sum(i.file_size for i in isi)
    if terurai > TERURAI_PER_BAIT * batas.ukuran_bait or len(isi) > 10_000:
        raise BerkasTidakSah(
            f"berkas {nama!r}: isi terurai {terurai} bait, lebih dari batas "
            f"{TERURAI_PER_BAIT * batas.ukuran_bait} bait ({TERURAI_PER_BAIT} × ukuran_bait)"
        )


def _data_buku(buku: Any, pembaca: Pembaca) -> dict[str, Any]:
    data: dict[str, Any] = {}
    lembar_daftar = {nama: jalur for jalur, nama in LEMBAR_DAFTAR.items()}
    sah = [LEMBAR_LAPORAN, *lembar_daftar]
    if LEMBAR_LAPORAN not in buku.sheetnames and _LEMBAR_HASIL & set(buku.sheetnames):
        raise BerkasTidakSah(
            "buku kerja ini berisi tabel hasil (kinerja hitung --format xlsx), bukan laporan "
            "isian; buat isian dengan: kinerja contoh NAMA --format xlsx -o isian.xlsx"
        )
    for ws in buku.worksheets:
        if ws.title == LEMBAR_LAPORAN:
            pembaca.laporan(ws, data)
        elif ws.title in lembar_daftar:
            jalur = lembar_daftar[ws.title]
            unsur = pembaca.daftar(ws, jalur)
            if unsur:
                induk = data
                for k in jalur[:-1]:
                    induk = induk.setdefault(k, {})
                if not isinstance(induk, dict) or jalur[-1] in induk:
                    pembaca.kesalahan.append(
                        f"lembar {ws.title!r}: {'.'.join(jalur)} juga diisi di lembar lain"
                    )
                    continue
                induk[jalur[-1]] = unsur
        else:
            pembaca.kesalahan.append(
                f"lembar tidak dikenal {ws.title!r}; lembar yang sah: {', '.join(sah)}"
            )
    return jadi_daftar(data)  # type: ignore[no-any-return]


def baca_excel(jalur: str | Path, *, batas: BatasBerkas = BATAS_BAWAAN) -> Laporan:
    """Baca buku kerja isian ``.xlsx`` menjadi :class:`~kinerja.laporan.Laporan`."""
    p = jalur_berkas(jalur)
    openpyxl = muat_openpyxl()
    nama = str(p)
    try:
        ukuran = p.stat().st_size
    except FileNotFoundError as galat:
        raise BerkasTidakSah(f"berkas {nama!r} tidak ditemukan") from galat
    if ukuran > batas.ukuran_bait:
        raise BerkasTidakSah(
            f"berkas {nama!r}: {ukuran} bait, lebih dari batas {batas.ukuran_bait} bait"
        )
    _periksa_zip(p, batas, nama)
    pembaca = Pembaca(batas, rumus_tanpa_nilai(p))
    # dibuka sebagai aliran bait: openpyxl lalu tidak menolak berkas tanpa akhiran .xlsx
    # (unggahan sementara, --jenis xlsx); isinya tetap diperiksa sebagai buku kerja
    with p.open("rb") as aliran:
        try:
            buku = openpyxl.load_workbook(aliran, read_only=True, data_only=True)
        except Exception as galat:  # openpyxl: berbagai galat untuk isi yang rusak
            raise BerkasTidakSah(
                f"berkas {nama!r} bukan buku kerja .xlsx yang sah: {galat}"
            ) from galat
        try:
            data = _data_buku(buku, pembaca)
        except KinerjaError:
            raise
        except Exception as galat:  # read_only mengurai XML lembar saat dibaca: isi rusak
            raise BerkasTidakSah(
                f"berkas {nama!r}: isi lembar rusak ({type(galat).__name__}: {galat})"
            ) from galat
        finally:
            buku.close()
    if pembaca.kesalahan:
        k = pembaca.kesalahan
        ringkas = "; ".join(k[:5]) + (" …" if len(k) > 5 else "")
        raise BerkasTidakSah(f"{nama}: {len(k)} kesalahan: {ringkas}", tuple(k))
    periksa_batas(data, batas, nama)
    return _dari_data(data, nama, tempat=pembaca.tempat)
