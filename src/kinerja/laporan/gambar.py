"""Grafik laporan (extra ``gambar``, matplotlib tanpa layar): capaian, serapan, triwulan.

- ``capaian`` — capaian kinerja per indikator (batang mendatar) di atas pita predikat skala
  laporan yang diarsir dan dilabeli;
- ``serapan`` — serapan anggaran per program (baris akar pohon kode rekening; tanpa kode: per
  baris anggaran);
- ``triwulan`` — jalannya realisasi keuangan s.d. TW I…n terhadap target s.d. TW yang sama
  (jumlah baris akar, juta Rupiah).

Gambar dibuat sebagai ``matplotlib.figure.Figure`` tanpa ``pyplot`` (tanpa keadaan global,
tanpa jendela; disimpan lewat kanvas Agg). Angka sumbu dan label memakai pemformat sel tabel
yang sama (:mod:`kinerja.laporan.format_sel`): "99,81", "1.500".
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kinerja.angka import jumlah
from kinerja.galat import BerkasTidakSah, ExtraTidakTerpasang, InputTidakSah, tampil_aman
from kinerja.indikator import Kumulasi
from kinerja.laporan.format_sel import format_desimal, sel_persen
from kinerja.laporan.jalur import jalur_berkas
from kinerja.laporan.pohon import indeks_akar
from kinerja.periode import Triwulan

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from kinerja.laporan.tabel import HasilLaporan

__all__ = [
    "GRAFIK",
    "angka_sumbu",
    "gambar_laporan",
    "kelas_figure",
    "label_pendek",
    "simpan_gambar",
    "tulis_gambar",
]

GRAFIK = ("capaian", "serapan", "triwulan")
"""Nama grafik, urut seperti di laporan."""

_WARNA_PITA = ("#f4cccc", "#fce5cd", "#fff2cc", "#d9ead3", "#b6d7a8", "#a2c4c9", "#cfe2f3")
_LEBAR_LABEL = 45


def kelas_figure() -> type[Figure]:
    """``matplotlib.figure.Figure``, atau :class:`ExtraTidakTerpasang` tanpa extra ``gambar``."""
    try:
        from matplotlib.figure import Figure
    except ImportError as galat:
        raise ExtraTidakTerpasang(
            "grafik butuh matplotlib: pasang dengan pip install 'kinerja[gambar]'"
        ) from galat
    return Figure


def angka_sumbu(tempat: int = 0) -> Callable[[float, int | None], str]:
    """Pemformat sumbu matplotlib: notasi Indonesia dengan ``tempat`` desimal.

    >>> angka_sumbu()(1500.0, None), angka_sumbu(2)(99.805, None)
    ('1.500', '99,81')
    """

    def format(nilai: float, _posisi: int | None = None) -> str:
        return format_desimal(Decimal(repr(float(nilai))), tempat)

    return format


def _sumbu_secukupnya() -> Any:
    """Pemformat sumbu notasi Indonesia dengan desimal secukupnya (0–3) agar setiap label tik
    berbeda: anggaran kecil dalam juta Rupiah bertik 0,2 · 0,4 · …, bukan 0 · 0 · 1."""
    from matplotlib.ticker import Formatter

    class Secukupnya(Formatter):
        tempat = 0

        def __call__(self, x: float, pos: int | None = None) -> str:
            return angka_sumbu(self.tempat)(x, pos)

        def format_ticks(self, values: Sequence[float]) -> list[str]:
            for tempat in range(4):
                self.tempat = tempat
                label = [self(v) for v in values]
                if len(set(label)) == len(label):
                    break
            return label

    return Secukupnya()


def label_pendek(teks: str) -> str:
    """Label sumbu yang terlalu panjang dipotong dengan "…"."""
    return teks if len(teks) <= _LEBAR_LABEL else teks[: _LEBAR_LABEL - 1] + "…"


def _sumbu_x(ax: Axes, judul: str, tempat: int = 0) -> None:
    from matplotlib.ticker import FuncFormatter

    ax.xaxis.set_major_formatter(FuncFormatter(angka_sumbu(tempat)))
    ax.set_xlabel(judul)


def _batang(fig: Figure, label: Sequence[str], nilai: Sequence[Decimal], judul: str) -> Axes:
    ax = fig.add_subplot()
    posisi = list(range(len(label)))
    batang = ax.barh(posisi, [float(v) for v in nilai], height=0.5, color="#3c78d8", zorder=3)
    ax.set_yticks(posisi, [label_pendek(t) for t in label])
    ax.invert_yaxis()  # urutan seperti di tabel, dari atas
    ax.bar_label(batang, labels=[sel_persen(v) for v in nilai], padding=3, fontsize=8)
    ax.set_title(judul)
    return ax


def _capaian(hasil: HasilLaporan) -> Figure | None:
    baris = [b for b in hasil.capaian.baris if b.capaian is not None]
    if not baris:
        return None
    fig = kelas_figure()(figsize=(9, 1.6 + 0.4 * len(baris)), layout="constrained")
    nilai = [b.capaian for b in baris if b.capaian is not None]
    ax = _batang(fig, [b.nama for b in baris], nilai, "Capaian kinerja per indikator")
    atas = max(float(max(nilai)) * 1.15, 110.0)
    bawah = min(float(min(nilai)) * 1.15, 0.0)  # capaian negatif (polaritas negatif) terlihat
    skala = hasil.laporan.skala_predikat
    for i, pita in enumerate(skala.pita):
        kiri = bawah if pita.bawah is None else max(float(pita.bawah), bawah)
        kanan = atas if pita.atas is None else min(float(pita.atas), atas)
        if kanan <= bawah or kiri >= atas:
            continue
        warna = _WARNA_PITA[i % len(_WARNA_PITA)]
        ax.axvspan(kiri, kanan, color=warna, alpha=0.6, zorder=1, hatch="//", ec="white",
                   label=pita.label)  # fmt: skip
    ax.set_xlim(bawah, atas)
    _sumbu_x(ax, "Capaian (%)")
    ax.legend(title=f"Predikat (skala {skala.nama})", fontsize=7, title_fontsize=7,
              loc="upper left", bbox_to_anchor=(1.01, 1.0))  # fmt: skip
    return fig


def _serapan(hasil: HasilLaporan) -> Figure | None:
    baris = [b for b in hasil.keuangan.baris if b.akar and b.serapan is not None]
    if not baris:
        return None
    fig = kelas_figure()(figsize=(8, 1.2 + 0.45 * len(baris)), layout="constrained")
    label = [f"{b.kode} {b.uraian}" if b.kode else b.uraian for b in baris]
    nilai = [b.serapan for b in baris if b.serapan is not None]
    ax = _batang(fig, label, nilai, "Serapan anggaran per program")
    ax.set_xlim(0, max(float(max(nilai)) * 1.15, 110.0))
    _sumbu_x(ax, "Serapan (%)")
    return fig


def _jumlah(nilai: Sequence[Decimal | None]) -> Decimal | None:
    ada = [v for v in nilai if v is not None]
    return jumlah(ada) if ada else None


def _triwulan(hasil: HasilLaporan) -> Figure | None:
    laporan = hasil.laporan
    akar = [b for i, b in enumerate(laporan.anggaran) if i in indeks_akar(laporan.anggaran)]
    n = laporan.periode.triwulan_laporan
    if not akar:
        return None
    tw = list(Triwulan)  # target: rencana setahun; realisasi: sampai triwulan laporan
    target = [_jumlah([b.target_sd(t) for b in akar]) for t in tw]
    per_tw = all(not b.realisasi.kosong for b in akar)  # tanpa rincian TW: hanya titik akhir
    realisasi = [
        _jumlah([b.realisasi.sampai_dengan(Kumulasi.KUMULATIF, t) for b in akar])
        if per_tw and t.value < n.value
        else None
        for t in tw
    ]
    realisasi[n.value - 1] = _jumlah([b.realisasi_sd(n) for b in akar])
    juta = Decimal(1_000_000)
    fig = kelas_figure()(figsize=(6.4, 3.6), layout="constrained")
    ax = fig.add_subplot()
    x = [str(t) for t in tw]
    for seri, label, gaya in ((target, "Target s.d. TW", "--o"), (realisasi, "Realisasi s.d. TW",
                                                                  "-s")):  # fmt: skip
        titik = [(xi, float(v / juta)) for xi, v in zip(x, seri, strict=True) if v is not None]
        if titik:
            ax.plot([t[0] for t in titik], [t[1] for t in titik], gaya, label=label, zorder=3)
    ax.set_xticks(range(len(x)), x)
    ax.yaxis.set_major_formatter(_sumbu_secukupnya())
    ax.set_ylabel("juta Rupiah")
    ax.set_ylim(bottom=0)
    ax.set_title(f"Realisasi keuangan terhadap target, {laporan.periode}")
    ax.grid(axis="y", alpha=0.3)
    ax.legend(fontsize=8)
    return fig


_PEMBUAT: dict[str, Callable[[HasilLaporan], Figure | None]] = {
    "capaian": _capaian,
    "serapan": _serapan,
    "triwulan": _triwulan,
}


def gambar_laporan(hasil: HasilLaporan, nama: str | None = None) -> Any:
    """Satu grafik (``nama`` dari :data:`GRAFIK`), atau kamus nama → gambar yang datanya ada."""
    if nama is None:
        semua = {n: f(hasil) for n, f in _PEMBUAT.items()}
        return {n: g for n, g in semua.items() if g is not None}
    if not isinstance(nama, str) or nama not in _PEMBUAT:
        raise InputTidakSah(
            f"grafik {tampil_aman(nama)} tidak dikenal; pilihan: {', '.join(GRAFIK)}"
        )
    gambar = _PEMBUAT[nama](hasil)
    if gambar is None:
        raise InputTidakSah(f"grafik {nama!r}: laporan ini tidak punya datanya")
    return gambar


def tulis_gambar(hasil: HasilLaporan, folder: str | os.PathLike[str]) -> list[Path]:
    """Tulis setiap grafik yang datanya ada sebagai ``folder/NAMA.png``; kembalikan jalurnya."""
    return simpan_gambar(lambda: gambar_laporan(hasil), folder)


def simpan_gambar(
    buat: Callable[[], dict[str, Figure]], folder: str | os.PathLike[str]
) -> list[Path]:
    """Buat folder, lalu tulis setiap gambar dari ``buat()`` sebagai ``folder/NAMA.png``."""
    tujuan = jalur_berkas(folder, "folder")
    hasil_tulis = []
    try:
        tujuan.mkdir(parents=True, exist_ok=True)
        for nama, fig in buat().items():
            jalur = tujuan / f"{nama}.png"
            fig.savefig(jalur, dpi=80, metadata={"Software": None})
            hasil_tulis.append(jalur)
    except OSError as galat:
        raise BerkasTidakSah(
            f"folder {str(tujuan)!r} tidak bisa ditulis: {galat.strerror or galat}"
        ) from galat
    return hasil_tulis
