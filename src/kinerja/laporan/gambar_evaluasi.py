"""Grafik berkas evaluasi (extra ``gambar``): NRR per unsur IKM dan nilai per komponen LKE.

- ``nrr`` (survei IKM) — NRR per unsur (batang mendatar, skala 1–4) di atas pita mutu
  A/B/C/D yang diarsir, dengan garis IKM unit layanan (rerata NRR); batas pitanya batas
  :data:`~kinerja.skala_predikat.SKALA_IKM` dibagi 25, seperti konversi NRR ↔ indeks;
- ``komponen`` (LKE AKIP) — nilai tiap komponen (batang) terhadap bobotnya (batang berarsir
  di belakangnya), dengan label "nilai dari bobot".

Angka dihitung oleh aturan yang sama dengan tabel evaluasi (:func:`SurveiIKM.nrr`,
``LembarKerja.skor_komponen``), diformat dengan pemformat sel tabel ("3,20", "21,60 dari 30");
gambar dibuat tanpa ``pyplot`` seperti :mod:`kinerja.laporan.gambar`.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kinerja.besaran import bagi
from kinerja.galat import InputTidakSah, TipeTidakSah, tampil_aman
from kinerja.laporan.evaluasi.model import BerkasLKE, SurveiIKM
from kinerja.laporan.evaluasi.tabel import mutu_teks
from kinerja.laporan.format_sel import sel_angka
from kinerja.laporan.gambar import angka_sumbu, kelas_figure, label_pendek, simpan_gambar
from kinerja.predikat import predikat
from kinerja.skala_predikat import SKALA_IKM

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["GRAFIK_EVALUASI", "gambar_evaluasi", "tulis_gambar_evaluasi"]

GRAFIK_EVALUASI = {"ikm": ("nrr",), "lke": ("komponen",)}
"""Nama grafik per jenis berkas evaluasi."""

_WARNA_MUTU = ("#f4cccc", "#fce5cd", "#d9ead3", "#b6d7a8")  # D, C, B, A
_BATANG = "#3c78d8"
_LATAR = {"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.85}
_NRR_PER_INDEKS = Decimal(25)  # indeks = NRR × 25 (PermenPANRB 14/2017)


def _nrr(s: SurveiIKM) -> Figure:
    nama = [u[0] for u in s.per_unsur()]
    nilai = s.nrr()
    fig = kelas_figure()(figsize=(9, 1.8 + 0.4 * len(nama)), layout="constrained")
    ax = fig.add_subplot()
    posisi = list(range(len(nama)))
    batang = ax.barh(posisi, [float(v) for v in nilai], height=0.5, color=_BATANG, zorder=3,
                     label="NRR unsur")  # fmt: skip
    ax.set_yticks(posisi, [label_pendek(n) for n in nama])
    ax.invert_yaxis()  # urutan unsur seperti di tabel, dari atas
    ax.bar_label(batang, labels=[sel_angka(v) for v in nilai], padding=3, fontsize=8, bbox=_LATAR)
    bawah, atas = Decimal(1), Decimal(4)
    for i, pita in enumerate(SKALA_IKM.pita):
        kiri = bawah if pita.bawah is None else bagi(pita.bawah, _NRR_PER_INDEKS)
        kanan = atas if pita.atas is None else bagi(pita.atas, _NRR_PER_INDEKS)
        ax.axvspan(float(kiri), float(kanan), color=_WARNA_MUTU[i % len(_WARNA_MUTU)],
                   alpha=0.6, zorder=1, hatch="//", ec="white", label=mutu_teks(pita))  # fmt: skip
    ikm = s.indeks()
    ax.axvline(float(bagi(ikm, _NRR_PER_INDEKS)), color="#444444", linestyle="--", zorder=4,
               label=f"IKM {sel_angka(ikm)}: {mutu_teks(predikat(ikm, SKALA_IKM))}")  # fmt: skip
    ax.set_xlim(float(bawah), float(atas))
    ax.xaxis.set_major_formatter(_pemformat(angka_sumbu(1)))
    ax.set_xlabel("Nilai rata-rata (NRR, 1–4)")
    ax.set_title(f"NRR per unsur: {s.unit}")
    ax.legend(title="Mutu pelayanan", fontsize=7, title_fontsize=7, loc="upper left",
              bbox_to_anchor=(1.01, 1.0))  # fmt: skip
    return fig


def _komponen(b: BerkasLKE) -> Figure:
    lk = b.lembar
    nama = [k.nama for k in lk.komponen]
    bobot = [k.bobot for k in lk.komponen]
    skor = [lk.skor_komponen(k) for k in lk.komponen]
    fig = kelas_figure()(figsize=(8, 1.6 + 0.5 * len(nama)), layout="constrained")
    ax = fig.add_subplot()
    posisi = list(range(len(nama)))
    ax.barh(posisi, [float(v) for v in bobot], height=0.6, color="#eeeeee", ec="#999999",
            hatch="//", zorder=2, label="Bobot")  # fmt: skip
    batang = ax.barh(posisi, [float(v) for v in skor], height=0.35, color=_BATANG, zorder=3,
                     label="Nilai")  # fmt: skip
    ax.set_yticks(posisi, [label_pendek(n) for n in nama])
    ax.invert_yaxis()  # urutan komponen seperti di tabel, dari atas
    label = [f"{sel_angka(s)} dari {sel_angka(w)}" for s, w in zip(skor, bobot, strict=True)]
    ax.bar_label(batang, labels=label, padding=3, fontsize=8, bbox=_LATAR)
    ax.set_xlim(0, float(max(bobot)) * 1.35)
    ax.xaxis.set_major_formatter(_pemformat(angka_sumbu()))
    ax.set_xlabel("Nilai dan bobot (poin)")
    total = f"{sel_angka(lk.total)} dari {sel_angka(lk.bobot)}: {mutu_teks(lk.predikat)}"
    ax.set_title(f"Nilai per komponen terhadap bobot: {b.unit}\nNilai evaluasi AKIP {total}")
    ax.legend(fontsize=7, loc="lower right")
    return fig


def _pemformat(f: Callable[[float, int | None], str]) -> Any:
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(f)


def _jenis(berkas: object) -> str:
    if isinstance(berkas, SurveiIKM):
        return "ikm"
    if isinstance(berkas, BerkasLKE):
        return "lke"
    raise TipeTidakSah(
        "'berkas' harus SurveiIKM atau BerkasLKE (berkas evaluasi yang dibaca) "
        f"(diberikan {type(berkas).__name__} {tampil_aman(berkas)})"
    )


def gambar_evaluasi(berkas: SurveiIKM | BerkasLKE, nama: str | None = None) -> Any:
    """Grafik berkas evaluasi: ``nama`` dari :data:`GRAFIK_EVALUASI` untuk jenisnya, atau
    tanpa ``nama`` kamus nama → ``matplotlib.figure.Figure``.

    >>> from kinerja.laporan.evaluasi import muat_contoh_evaluasi
    >>> fig = gambar_evaluasi(muat_contoh_evaluasi("ikm-kecamatan-2024"), "nrr")
    >>> [t.get_text() for t in fig.axes[0].texts][:3]
    ['3,20', '3', '3,10']
    """
    jenis = _jenis(berkas)
    pilihan = GRAFIK_EVALUASI[jenis]
    if nama is not None and (not isinstance(nama, str) or nama not in pilihan):
        raise InputTidakSah(
            f"grafik {tampil_aman(nama)} tidak dikenal untuk berkas {jenis}; "
            f"pilihan: {', '.join(pilihan)}"
        )
    fig = _nrr(berkas) if isinstance(berkas, SurveiIKM) else _komponen(berkas)
    return fig if nama is not None else {pilihan[0]: fig}


def tulis_gambar_evaluasi(
    berkas: SurveiIKM | BerkasLKE, folder: str | os.PathLike[str]
) -> list[Path]:
    """Tulis grafik berkas evaluasi sebagai ``folder/NAMA.png``; kembalikan jalurnya."""
    _jenis(berkas)
    return simpan_gambar(lambda: gambar_evaluasi(berkas), folder)
