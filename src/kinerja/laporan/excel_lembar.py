"""Lembar buku kerja isian → data bertipe dasar (bentuk isi berkas TOML), sel demi sel.

Bagian dari Excel masuk (:mod:`kinerja.laporan.excel_masuk`, yang membuka berkasnya dan
menjaga batasnya): :func:`nilai_sel` membaca satu sel (aturannya di docstring modul itu), dan
:class:`Pembaca` membaca lembar ``laporan`` (kunci, nilai) dan lembar daftar (kepala kolom di
baris berisi pertama, satu baris per unsur) sambil mencatat sel setiap isian untuk pesan galat
(``Indikator!D7``).
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from kinerja.galat import BerkasTidakSah, InputTidakSah, KinerjaError, tampil_aman
from kinerja.laporan.batas_berkas import BatasBerkas
from kinerja.laporan.excel_isian import PETA_BEBAS
from kinerja.laporan.excel_rumus import RumusTanpaNilai

__all__ = ["KOLOM_MAKSIMUM", "Pembaca", "jadi_daftar", "nilai_sel"]

KOLOM_MAKSIMUM = 256
_DIGIT_FLOAT = 15
_Jalur = tuple[str | int, ...]


def nilai_sel(nilai: object, *, persen: bool = False) -> object:
    """Nilai sel openpyxl → nilai data berkas (lihat docstring modul); galat bila tidak sah.

    ``persen``: sel berformat persen, yang angkanya tampil × 100.

    >>> nilai_sel(95.45), nilai_sel(12.0), nilai_sel("95,45"), nilai_sel(0.9922, persen=True)
    (Decimal('95.45'), 12, '95,45', Decimal('99.22'))
    """
    if persen and isinstance(nilai, (int, float)) and not isinstance(nilai, bool):
        tepat = Decimal(_angka(nilai, geser=2)).scaleb(2)
        return int(tepat) if tepat == tepat.to_integral_value() else tepat
    if isinstance(nilai, RumusTanpaNilai):
        raise nilai.galat()
    if isinstance(nilai, bool) or nilai is None or isinstance(nilai, (str, int)):
        return nilai
    if isinstance(nilai, float):
        return _angka(nilai)
    if isinstance(nilai, datetime.datetime):
        if nilai.time() != datetime.time(0):
            raise InputTidakSah(f"tanggal harus tanpa jam (diberikan {nilai.isoformat(' ')})")
        return nilai.date()
    if isinstance(nilai, datetime.date):
        return nilai
    raise InputTidakSah(f"isi sel tidak dikenal ({type(nilai).__name__}: {nilai!r})")


class Pembaca:
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
        nomor_kepala, judul, _ = kepala
        awal, tanpa_kunci = len(self.kesalahan), 0
        hasil: list[Any] = []
        for i, isi, persen in baris:
            unsur: dict[str, Any] = {}
            for j, (kunci, nilai) in enumerate(zip(judul, isi, strict=False), start=1):
                if kunci is None or kunci == "":
                    if nilai is not None:
                        self.kesalahan.append(f"{_sel(ws.title, i, j)}: kolom tanpa kunci")
                        tanpa_kunci += 1
                    continue
                tempat = _sel(ws.title, i, j)
                jalur_unsur: _Jalur = (*jalur, len(hasil))
                nilai = self._nilai(ws, i, j, nilai, j in persen)
                self._simpan(unsur, str(kunci), nilai, tempat, jalur_unsur)
            self.sel.setdefault((*jalur, len(hasil)), f"{ws.title}!{i}:{i}")
            hasil.append(jadi_daftar(unsur))
        kunci_terisi = sum(1 for k in judul if k is not None and k != "")
        if tanpa_kunci and kunci_terisi <= 1:  # kepala satu sel: judul tabel, bukan kunci kolom
            self.kesalahan.insert(
                awal, _petunjuk_kepala(ws.title, nomor_kepala, judul, tanpa_kunci)
            )
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


def _petunjuk_kepala(lembar: str, nomor: int, judul: tuple[object, ...], banyak: int) -> str:
    """Pesan sebab yang lazim untuk sel di kolom tanpa kunci: judul di atas kepala kolom."""
    isi = [tampil_aman(k) for k in judul if k is not None and k != ""]
    terbaca = ", ".join(isi[:4]) + (", …" if len(isi) > 4 else "")
    return (
        f"lembar {lembar!r}: {banyak} sel berisi di kolom tanpa kunci; kunci kolom dibaca dari "
        f"baris {nomor} ({terbaca}). Baris berisi pertama lembar ini harus kepala kolom (kunci "
        "isian, seperti buatan 'kinerja contoh NAMA --format xlsx'): hapus judul atau catatan di "
        "atasnya, atau beri kunci pada kolom itu"
    )


def _angka(nilai: float, geser: int = 0) -> int | Decimal:
    """Sel angka float: bilangan bulat, atau Decimal teks ``repr`` terpendeknya (≤ 15 digit).

    ``geser``: angka tampil = nilai × 10^geser (sel persen); saran di pesan galat memakai angka
    yang tampil itu, agar teks yang disarankan terbaca sama.
    """
    if not nilai - nilai == 0:  # NaN dan tak hingga (tanpa float(...) di modul tepat)
        raise InputTidakSah(f"angka {nilai!r} bukan angka hingga")
    if nilai.is_integer() and abs(nilai) < 2**53:
        return int(nilai)
    tepat = Decimal(repr(nilai))
    if len(tepat.as_tuple().digits) > _DIGIT_FLOAT:
        tampil = str(tepat.scaleb(geser))[:12].replace(".", ",") + ("%" if geser else "")
        raise InputTidakSah(
            f"sel angka {nilai!r} punya lebih dari {_DIGIT_FLOAT} digit (hasil rumus atau "
            f"float?); tulis angkanya sebagai teks, mis. '{tampil}'"
        )
    return tepat


_LITERAL_FORMAT = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]|[_*].')
"""Bagian format angka Excel yang tampil apa adanya: teks berkutip, karakter ber-\\, [warna/
kondisi/mata uang], dan ``_x``/``*x`` (spasi selebar x, isi dengan x)."""


@functools.lru_cache(maxsize=256)
def _format_persen(format_angka: str) -> bool:
    """Format yang mengalikan angka dengan 100: ``%`` di luar bagian literal (``0.00%``, bukan
    ``0.00"%"`` atau ``0.00\\%``, yang hanya menulis tanda persen di belakang angka)."""
    return "%" in _LITERAL_FORMAT.sub("", format_angka)


def _persen(sel: Any) -> bool:
    """Sel angka berformat persen (``0.00%``): angkanya tampil × 100."""
    v = sel.value
    return (
        isinstance(v, (int, float))
        and not isinstance(v, bool)
        and _format_persen(str(sel.number_format))
    )


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


def jadi_daftar(nilai: Any) -> Any:
    """Tabel berkunci 1, 2, … (kolom ``anggaran.1``, ``anggaran.2``) → daftar."""
    if not isinstance(nilai, dict):
        return nilai
    hasil = {k: jadi_daftar(v) for k, v in nilai.items()}
    if hasil and all(k.isdigit() for k in hasil):
        return [hasil[k] for k in sorted(hasil, key=int)]
    return hasil
