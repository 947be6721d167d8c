"""Tabel capaian kinerja s.d. TW n: target, realisasi, capaian, predikat per indikator.

Target s.d. TW n dikumulasikan menurut jenis kumulasi indikator; tanpa target triwulan dipakai
target tahunan (dengan catatan, kecuali di TW IV). Realisasi berasal dari nilai per triwulan,
dari matriks fasilitasi, atau dari dokumen desa, menurut ``realisasi_dari`` baris itu. Sel yang
tidak bisa dihitung (target 0, satuan tidak cocok) kosong dengan keterangan.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

import attrs

from kinerja.capaian import capaian
from kinerja.desa import DokumenDesa, persentase_tepat_waktu, tepat_waktu
from kinerja.galat import KinerjaError
from kinerja.indikator import Polaritas, Realisasi, Target
from kinerja.laporan.deklarasi import DeklarasiTabel
from kinerja.laporan.model import BarisIndikator, Laporan
from kinerja.laporan.sajian import BisaDisajikan, CatatanBaris, Kolom, Sajian
from kinerja.periode import Periode, Triwulan
from kinerja.predikat import predikat
from kinerja.teks_angka import tulis_angka_tepat

__all__ = [
    "TABEL_CAPAIAN",
    "BarisCapaian",
    "TabelCapaian",
    "baris_capaian",
    "persentase_dokumen_desa",
    "realisasi_indikator",
    "tabel_capaian",
]


@attrs.frozen
class BarisCapaian:
    """Satu baris tabel capaian kinerja s.d. TW n."""

    nama: str
    satuan: str | None
    polaritas: Polaritas
    target_tahunan: Decimal | None
    target: Decimal | None
    realisasi: Decimal | None
    capaian: Decimal | None
    predikat: str | None
    keterangan: str | None = None
    target_atas: Decimal | None = None
    """Batas atas target bila target berupa rentang (``target`` = batas bawah)."""


def persentase_dokumen_desa(laporan: Laporan) -> Decimal | None:
    """Rata-rata persentase desa yang menetapkan RKPDes, APBDes, LPPDes tepat waktu."""
    dok = laporan.dokumen_desa
    if dok is None:
        return None
    if dok.desa:
        tepat = {
            d: sum(tepat_waktu(d, desa.tanggal(d), dok.tahun_anggaran) for desa in dok.desa)
            for d in DokumenDesa
        }
        return persentase_tepat_waktu(len(dok.desa), tepat)
    assert dok.jumlah_desa is not None
    assert dok.tepat is not None
    return persentase_tepat_waktu(dok.jumlah_desa, dok.tepat)


def realisasi_indikator(laporan: Laporan, baris: BarisIndikator) -> Decimal | None:
    """Realisasi s.d. periode laporan menurut sumber yang ditetapkan baris itu."""
    if baris.realisasi_dari == "fasilitasi":
        return None if laporan.fasilitasi is None else laporan.fasilitasi.persentase
    if baris.realisasi_dari == "dokumen_desa":
        return persentase_dokumen_desa(laporan)
    if baris.realisasi_tahunan is not None:  # laporan tahunan: nilai setahun yang ditulis
        return baris.realisasi_tahunan
    return baris.realisasi_sd(laporan.periode.triwulan_laporan)


def _target_indikator(laporan: Laporan, baris: BarisIndikator) -> tuple[Target | None, str | None]:
    target = baris.target_sd(laporan.periode.triwulan_laporan)
    if target is not None:
        return Target(target, baris.satuan), None
    tahunan = baris.target_tahunan_objek
    if tahunan is not None:
        if laporan.periode.triwulan_laporan is Triwulan.IV:
            return tahunan, None  # s.d. TW IV = setahun penuh
        return tahunan, "tanpa target triwulan: dibandingkan dengan target tahunan"
    return None, "tidak ada target"


def _satuan_realisasi(baris: BarisIndikator) -> str | None:
    """Satuan realisasi: yang ditulis, atau satuan indikator bila realisasi tanpa penyebut.

    Realisasi berpenyebut ("3 dari 12") adalah hitungan, bukan nilai bersatuan target (%):
    tanpa ``satuan_realisasi`` satuannya tidak diketahui, dan penyebutnya dipakai.
    """
    if baris.satuan_realisasi is not None:
        return baris.satuan_realisasi
    return None if baris.penyebut is not None else baris.satuan


def baris_capaian(laporan: Laporan, baris: BarisIndikator) -> BarisCapaian:
    """Satu baris tabel capaian untuk satu indikator laporan."""
    target, keterangan = _target_indikator(laporan, baris)
    galat_realisasi: str | None = None
    try:
        realisasi = realisasi_indikator(laporan, baris)
    except KinerjaError as galat:  # sumber realisasi yang tidak bisa dihitung
        realisasi, galat_realisasi = None, str(galat)
    nilai: Decimal | None = None
    label: str | None = None
    if realisasi is None:
        keterangan = galat_realisasi or f"realisasi belum dilaporkan ({baris.realisasi_dari})"
    elif baris.penyebut is not None and baris.satuan_realisasi:
        satuan = f" {baris.satuan_realisasi}"
        dari = tulis_angka_tepat(baris.penyebut)
        catatan = f"realisasi {tulis_angka_tepat(realisasi)}{satuan} dari {dari}"
        keterangan = catatan if keterangan is None else f"{keterangan}; {catatan}"
    if realisasi is not None and target is not None:
        try:
            nilai = capaian(
                target,
                Realisasi(realisasi, _satuan_realisasi(baris), dari=baris.penyebut),
                polaritas=baris.polaritas,
            )
            label = predikat(nilai, laporan.skala_predikat).label
        except KinerjaError as galat:
            keterangan = str(galat)
    return BarisCapaian(
        nama=baris.nama,
        satuan=baris.satuan,
        polaritas=baris.polaritas,
        target_tahunan=baris.target_tahunan,
        target=None if target is None else target.bawah,
        realisasi=realisasi,
        capaian=nilai,
        predikat=label,
        keterangan=keterangan,
        target_atas=None if target is None else target.atas,
    )


TABEL_CAPAIAN = DeklarasiTabel(
    "capaian",
    "Capaian kinerja s.d. TW n: target, realisasi, capaian dan predikat per indikator",
    (
        Kolom("Indikator", kunci="indikator"),
        Kolom("Satuan", kunci="satuan"),
        Kolom("Target tahunan", "angka", "target_tahunan"),
        Kolom("Target", "angka", "target"),
        Kolom("Target atas", "angka", "target_atas"),
        Kolom("Realisasi", "angka", "realisasi"),
        Kolom("Capaian (%)", "persen", "capaian"),
        Kolom("Predikat", kunci="predikat"),
    ),
)


@attrs.frozen
class TabelCapaian(BisaDisajikan):
    """Tabel capaian kinerja s.d. triwulan laporan."""

    periode: Periode
    baris: tuple[BarisCapaian, ...]

    def ke_sajian(self) -> Sajian:
        """Sajian siap tampil."""
        return TABEL_CAPAIAN.sajian(
            f"Capaian kinerja {self.periode.sebutan}",
            (
                (
                    b.nama,
                    b.satuan,
                    b.target_tahunan,
                    b.target,
                    b.target_atas,
                    b.realisasi,
                    b.capaian,
                    b.predikat,
                )
                for b in self.baris
            ),
            _catatan_kelompok((b.nama, b.keterangan) for b in self.baris),
            catatan_baris=(
                CatatanBaris(i, "keterangan_capaian", b.keterangan)
                for i, b in enumerate(self.baris)
                if b.keterangan
            ),
        )


def _catatan_kelompok(pasangan: Iterable[tuple[str, str | None]]) -> tuple[str, ...]:
    """Catatan per baris; keterangan yang sama untuk banyak baris ditulis sekali."""
    kelompok: dict[str, list[str]] = {}
    for nama, keterangan in pasangan:
        if keterangan:
            kelompok.setdefault(keterangan, []).append(nama)
    return tuple(
        f"{nama[0]}: {ket}" if len(nama) == 1 else f"{ket} ({len(nama)} baris)"
        for ket, nama in kelompok.items()
    )


def tabel_capaian(laporan: Laporan) -> TabelCapaian:
    """Tabel capaian kinerja s.d. triwulan laporan."""
    return TabelCapaian(
        laporan.periode, tuple(baris_capaian(laporan, b) for b in laporan.indikator)
    )
