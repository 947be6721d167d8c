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
jumlah baris, dan paling banyak 256 kolom per lembar.
"""

from __future__ import annotations

import datetime
import zipfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

from kinerja.galat import BerkasTidakSah, InputTidakSah, KinerjaError, tampil_aman
from kinerja.laporan.batas_berkas import BATAS_BAWAAN, BatasBerkas, periksa_batas
from kinerja.laporan.berkas import _dari_data
from kinerja.laporan.excel_isian import LEMBAR_DAFTAR, LEMBAR_LAPORAN, PETA_BEBAS
from kinerja.laporan.excel_keluar import muat_openpyxl
from kinerja.laporan.excel_rumus import RumusTanpaNilai, rumus_tanpa_nilai
from kinerja.laporan.jalur import jalur_berkas
from kinerja.laporan.model import Laporan

__all__ = ["KOLOM_MAKSIMUM", "TERURAI_PER_BAIT", "baca_excel", "nilai_sel"]

KOLOM_MAKSIMUM = 256
TERURAI_PER_BAIT = 20
"""Ukuran terurai isi zip paling banyak ``TERURAI_PER_BAIT × batas.ukuran_bait``."""
_DIGIT_FLOAT = 15
_LEMBAR_HASIL = frozenset({"capaian", "keuangan", "ringkasan", "nilai_tepat"})
_Jalur = tuple[str | int, ...]


def nilai_sel(nilai: object, *, persen: bool = False) -> object:
    """Nilai sel openpyxl → nilai data berkas (lihat docstring modul); galat bila tidak sah.

    ``persen``: sel berformat persen, yang angkanya tampil × 100.

    >>> nilai_sel(95.45), nilai_sel(12.0), nilai_sel("95,45"), nilai_sel(0.9922, persen=True)
    (Decimal('95.45'), 12, '95,45', Decimal('99.22'))
    """
    if persen and isinstance(nilai, (int, float)) and not isinstance(nilai, bool):
        tepat = Decimal(nilai_sel(nilai)).scaleb(2)  # type: ignore[arg-type]
        return int(tepat) if tepat == tepat.to_integral_value() else tepat
    if isinstance(nilai, RumusTanpaNilai):
        raise nilai.galat()
    if isinstance(nilai, bool) or nilai is None or isinstance(nilai, (str, int)):
        return nilai
    if isinstance(nilai, float):
        if not nilai - nilai == 0:  # NaN dan tak hingga (tanpa float(...) di modul tepat)
            raise InputTidakSah(f"angka {nilai!r} bukan angka hingga")
        if nilai.is_integer() and abs(nilai) < 2**53:
            return int(nilai)
        tepat = Decimal(repr(nilai))
        if len(tepat.as_tuple().digits) > _DIGIT_FLOAT:
            raise InputTidakSah(
                f"sel angka {nilai!r} punya lebih dari {_DIGIT_FLOAT} digit (hasil rumus atau "
                f"float?); tulis angkanya sebagai teks, mis. '{str(tepat)[:12].replace('.', ',')}'"
            )
        return tepat
    if isinstance(nilai, datetime.datetime):
        if nilai.time() != datetime.time(0):
            raise InputTidakSah(f"tanggal harus tanpa jam (diberikan {nilai.isoformat(' ')})")
        return nilai.date()
    if isinstance(nilai, datetime.date):
        return nilai
    raise InputTidakSah(f"isi sel tidak dikenal ({type(nilai).__name__}: {nilai!r})")


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


class _Pembaca:
    """Lembar → data berkas; mencatat sel setiap jalur untuk pesan galat."""

    def __init__(self, batas: BatasBerkas, rumus: dict[str, Any]) -> None:
        self.batas = batas
        self.rumus = rumus  # sel rumus tanpa nilai tersimpan per lembar (excel_rumus)
        self.sel: dict[_Jalur, str] = {}
        self.kesalahan: list[str] = []
        self.baris = 0

    def _baris(self, ws: Any) -> Iterator[tuple[int, tuple[object, ...], frozenset[int]]]:
        """Baris berisi: nomor (dari 1), nilai sel, dan kolom (dari 1) sel angka persen."""
        rumus = self.rumus.get(ws.title, {})
        for i, sel in enumerate(ws.iter_rows(), start=1):
            isi = tuple(rumus.get((i, j), c.value) for j, c in enumerate(sel, start=1))
            if len(isi) > KOLOM_MAKSIMUM:
                raise BerkasTidakSah(f"lembar {ws.title!r}: lebih dari {KOLOM_MAKSIMUM} kolom")
            if any(v is not None and v != "" for v in isi):
                self.baris += 1
                if self.baris > self.batas.jumlah_baris + 64:
                    raise BerkasTidakSah(
                        f"lebih dari batas {self.batas.jumlah_baris} baris (lembar {ws.title!r})"
                    )
                yield i, isi, frozenset(j for j, c in enumerate(sel, start=1) if _persen(c))

    def _nilai(self, ws: Any, baris: int, kolom: int, nilai: object, persen: bool) -> object:
        try:
            return nilai_sel(nilai, persen=persen)
        except KinerjaError as galat:
            self.kesalahan.append(f"{_sel(ws.title, baris, kolom)}: {galat}")
            return None

    def _simpan(self, tujuan: dict[str, Any], kunci: str, nilai: object, tempat: str,
                jalur: _Jalur) -> None:  # fmt: skip
        bagian = _pisah(kunci)
        self.sel[(*jalur, *(_seg(b) for b in bagian))] = tempat
        if nilai is None:  # sel kosong: isian tidak diisi (tempatnya tetap dicatat)
            return
        simpul = tujuan
        for k in bagian[:-1]:
            anak = simpul.setdefault(k, {})
            if not isinstance(anak, dict):
                self.kesalahan.append(f"{tempat}: kolom {kunci!r} bertabrakan dengan {k!r}")
                return
            simpul = anak
        if bagian[-1] in simpul:
            self.kesalahan.append(f"{tempat}: kolom {kunci!r} ditulis dua kali")
            return
        simpul[bagian[-1]] = nilai

    def laporan(self, ws: Any, data: dict[str, Any]) -> None:
        for i, isi, persen in self._baris(ws):
            if i == 1 and isi[:2] == ("kunci", "nilai"):
                continue  # kepala kolom
            for j, lebih in enumerate(isi[2:], start=3):
                if lebih is not None and lebih != "":
                    self.kesalahan.append(
                        f"{_sel(ws.title, i, j)}: di lembar {ws.title} hanya kolom kunci (A) dan "
                        f"nilai (B) yang dibaca (diberikan {tampil_aman(lebih)})"
                    )
            kunci = isi[0]
            if not isinstance(kunci, str) or not kunci.strip():
                self.kesalahan.append(f"{_sel(ws.title, i, 1)}: kunci harus teks (mis. unit.nama)")
                continue
            nilai = self._nilai(ws, i, 2, isi[1] if len(isi) > 1 else None, 2 in persen)
            self._simpan(data, kunci.strip(), nilai, _sel(ws.title, i, 2), ())

    def daftar(self, ws: Any, jalur: tuple[str, ...]) -> list[Any]:
        baris = self._baris(ws)
        kepala = next(baris, None)
        if kepala is None:
            return []
        _, judul, _ = kepala
        hasil: list[Any] = []
        for i, isi, persen in baris:
            unsur: dict[str, Any] = {}
            for j, (kunci, nilai) in enumerate(zip(judul, isi, strict=False), start=1):
                if kunci is None or kunci == "":
                    if nilai is not None:
                        self.kesalahan.append(f"{_sel(ws.title, i, j)}: kolom tanpa kunci")
                    continue
                tempat = _sel(ws.title, i, j)
                jalur_unsur: _Jalur = (*jalur, len(hasil))
                nilai = self._nilai(ws, i, j, nilai, j in persen)
                self._simpan(unsur, str(kunci), nilai, tempat, jalur_unsur)
            self.sel.setdefault((*jalur, len(hasil)), f"{ws.title}!{i}:{i}")
            hasil.append(_jadi_daftar(unsur))
        if jalur == ("fasilitasi", "desa"):  # daftar nama desa, bukan tabel
            self.sel.update({(*jalur, n): self.sel.get((*jalur, n, "nama"), "") for n in
                             range(len(hasil))})  # fmt: skip
            for n, u in enumerate(hasil):
                for k in sorted(set(u) - {"nama"}):
                    tempat = self.sel.get((*jalur, n, k), ws.title)
                    self.kesalahan.append(f"{tempat}: kolom {k!r} tidak dikenal; hanya 'nama'")
            return [u.get("nama") for u in hasil]
        return hasil

    def tempat(self, jalur: _Jalur) -> str | None:
        """Sel (atau baris) untuk jalur galat: awalan terpanjang yang tercatat."""
        for n in range(len(jalur), 0, -1):
            if jalur[:n] in self.sel:
                return self.sel[jalur[:n]]
        return None


def _persen(sel: Any) -> bool:
    """Sel angka berformat persen (``0.00%``): angkanya tampil × 100."""
    v = sel.value
    return isinstance(v, (int, float)) and not isinstance(v, bool) and "%" in sel.number_format


def _sel(lembar: str, baris: int, kolom: int) -> str:
    from openpyxl.utils import get_column_letter

    return f"{lembar}!{get_column_letter(kolom)}{baris}"


def _pisah(kunci: str) -> list[str]:
    """``tercetak.teks.realisasi.tw4`` → ``['tercetak', 'teks', 'realisasi.tw4']``."""
    bagian = kunci.split(".")
    for i, b in enumerate(bagian[:-1]):
        if b in PETA_BEBAS:
            return [*bagian[: i + 1], ".".join(bagian[i + 1 :])]
    return bagian


def _seg(bagian: str) -> str | int:
    return int(bagian) - 1 if bagian.isdigit() else bagian


def _jadi_daftar(nilai: Any) -> Any:
    """Tabel berkunci 1, 2, … (kolom ``anggaran.1``, ``anggaran.2``) → daftar."""
    if not isinstance(nilai, dict):
        return nilai
    hasil = {k: _jadi_daftar(v) for k, v in nilai.items()}
    if hasil and all(k.isdigit() for k in hasil):
        return [hasil[k] for k in sorted(hasil, key=int)]
    return hasil


def _data_buku(buku: Any, pembaca: _Pembaca) -> dict[str, Any]:
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
    return _jadi_daftar(data)  # type: ignore[no-any-return]


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
    pembaca = _Pembaca(batas, rumus_tanpa_nilai(p))
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
