"""Ringkasan laporan: rata-rata capaian kinerja dan keuangan, rerata dan agregat dibedakan.

Laporan menyebut keduanya "rata-rata"; di sini *rerata baris* (Σ cᵢ / n) dan *agregat*
(Σ R / Σ T × 100) diberi nama sendiri-sendiri. Agregat kinerja hanya untuk indikator bersatuan
sama, berpolaritas positif, bertarget tunggal; realisasi berpenyebut (target 100%, realisasi
"3 Desa dari 12") masuk dengan nilai persennya (25), seperti capaiannya (DOMAIN.md §2–3). Bila
satuan campur, agregat tidak dihitung dan ``alasan_agregat_kinerja`` menyebut sebabnya.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs

from kinerja.capaian import capaian_agregat, rata_rata_capaian
from kinerja.galat import KinerjaError
from kinerja.indikator import Polaritas, Realisasi, Target
from kinerja.laporan.deklarasi import DeklarasiTabel
from kinerja.laporan.model import Laporan
from kinerja.laporan.sajian import BisaDisajikan, Kolom, Sajian
from kinerja.laporan.tabel_capaian import (
    BarisCapaian,
    TabelCapaian,
    persentase_dokumen_desa,
    tabel_capaian,
)
from kinerja.laporan.tabel_keuangan import TabelKeuangan, tabel_keuangan

__all__ = ["TABEL_RINGKASAN", "Ringkasan", "ringkasan"]

TABEL_RINGKASAN = DeklarasiTabel(
    "ringkasan",
    "Ringkasan: rata-rata dan agregat capaian kinerja dan keuangan, serapan, persentase; "
    "setiap baris punya id tetap",
    (Kolom("Ukuran", kunci="ukuran"), Kolom("Nilai (%)", "persen", "nilai")),
)


@attrs.frozen
class Ringkasan(BisaDisajikan):
    """Rata-rata capaian kinerja dan keuangan: rerata dan agregat, dinamai terpisah.

    Ukuran yang tidak dapat dihitung bernilai ``None``; ``alasan_*`` menjelaskan mengapa
    (mis. agregat atas indikator bersatuan campur).
    """

    rata_rata_capaian_kinerja: Decimal | None
    capaian_kinerja_agregat: Decimal | None
    rata_rata_capaian_keuangan: Decimal | None
    capaian_keuangan_agregat: Decimal | None
    serapan_total: Decimal | None
    persentase_fasilitasi: Decimal | None
    persentase_dokumen_desa: Decimal | None
    alasan_agregat_kinerja: str | None = None
    alasan_agregat_keuangan: str | None = None
    alasan_serapan_total: str | None = None

    def ke_sajian(self) -> Sajian:
        """Sajian dua kolom: ukuran dan nilainya (ukuran yang tidak berlaku tidak ditampilkan)."""
        baris = (
            ("rata_rata_capaian_kinerja", "Rata-rata capaian kinerja (rerata baris)",
             self.rata_rata_capaian_kinerja),
            ("capaian_kinerja_agregat", "Capaian kinerja agregat (Σ R / Σ T)",
             self.capaian_kinerja_agregat),
            ("rata_rata_capaian_keuangan", "Rata-rata capaian keuangan (rerata baris)",
             self.rata_rata_capaian_keuangan),
            ("capaian_keuangan_agregat", "Capaian keuangan agregat (Σ R / Σ T)",
             self.capaian_keuangan_agregat),
            ("serapan_total", "Serapan anggaran total (Σ R / Σ pagu)", self.serapan_total),
            ("persentase_fasilitasi", "Persentase fasilitasi ditindaklanjuti",
             self.persentase_fasilitasi),
            ("persentase_dokumen_desa", "Persentase dokumen desa tepat waktu",
             self.persentase_dokumen_desa),
        )  # fmt: skip
        alasan = (
            ("capaian kinerja agregat", self.alasan_agregat_kinerja),
            ("capaian keuangan agregat", self.alasan_agregat_keuangan),
            ("serapan total", self.alasan_serapan_total),
        )
        ada = [b for b in baris if b[2] is not None]
        return TABEL_RINGKASAN.sajian(
            "Ringkasan",
            ((ukuran, nilai) for _, ukuran, nilai in ada),
            (
                "agregat Σ R / Σ T hanya untuk indikator bersatuan sama; realisasi berpenyebut "
                "dihitung dengan persennya (3 dari 12 Desa = 25)",
                *(f"{nama} tidak dihitung: {a}" for nama, a in alasan if a is not None),
            ),
            id_baris=(id_ for id_, _, _ in ada),
        )


def _coba(fungsi: Any, *args: Any, **kwargs: Any) -> tuple[Decimal | None, str | None]:
    try:
        hasil: Decimal = fungsi(*args, **kwargs)
    except KinerjaError as galat:
        return None, str(galat)
    return hasil, None


def _agregat_kinerja(
    laporan: Laporan, kinerja: tuple[BarisCapaian, ...]
) -> tuple[Decimal | None, str | None]:
    """Σ R / Σ T × 100 atas indikator bertarget dan berrealisasi, R dalam satuan targetnya."""
    target: list[Target] = []
    realisasi: list[Realisasi] = []
    for asal, b in zip(laporan.indikator, kinerja, strict=True):
        if b.target is None or b.realisasi is None:
            continue
        if b.polaritas is not Polaritas.POSITIF or b.target_atas is not None:
            return None, (
                f"indikator {b.nama!r} berpolaritas negatif atau bertarget rentang: agregat "
                "Σ R / Σ T hanya untuk indikator berpolaritas positif dengan target tunggal"
            )
        target.append(Target(b.target, b.satuan))
        realisasi.append(
            Realisasi(b.realisasi, asal.satuan_realisasi or asal.satuan, dari=asal.penyebut)
        )
    if not target:
        return None, "tidak ada indikator dengan target dan realisasi"
    return _coba(capaian_agregat, target=target, realisasi=realisasi)


def ringkasan(
    laporan: Laporan,
    *,
    capaian: TabelCapaian | None = None,
    keuangan: TabelKeuangan | None = None,
) -> Ringkasan:
    """Ringkasan rata-rata capaian kinerja dan keuangan laporan.

    Tabel capaian dan keuangan yang sudah dihitung boleh diberikan agar tidak dihitung ulang.
    """
    kinerja = (capaian or tabel_capaian(laporan)).baris
    nilai_kinerja = [b.capaian for b in kinerja if b.capaian is not None]
    tabel_uang = keuangan or tabel_keuangan(laporan)
    keuangan_akar = [b for b in tabel_uang.baris if b.akar]
    bertarget = [b for b in keuangan_akar if b.target is not None]
    nilai_keuangan = [b.capaian for b in bertarget if b.capaian is not None]
    agregat_kinerja, alasan_kinerja = _agregat_kinerja(laporan, kinerja)
    agregat_keuangan, alasan_keuangan = _coba(
        capaian_agregat,
        target=[b.target for b in bertarget if b.target is not None],
        realisasi=[b.realisasi for b in bertarget],
    )
    return Ringkasan(
        rata_rata_capaian_kinerja=_coba(rata_rata_capaian, nilai_kinerja)[0],
        capaian_kinerja_agregat=agregat_kinerja,
        rata_rata_capaian_keuangan=_coba(rata_rata_capaian, nilai_keuangan)[0],
        capaian_keuangan_agregat=agregat_keuangan,
        serapan_total=tabel_uang.serapan_total,
        persentase_fasilitasi=None if laporan.fasilitasi is None else laporan.fasilitasi.persentase,
        persentase_dokumen_desa=_coba(persentase_dokumen_desa, laporan)[0],
        alasan_agregat_kinerja=alasan_kinerja,
        alasan_agregat_keuangan=alasan_keuangan
        if bertarget
        else "tidak ada baris anggaran bertarget",
        alasan_serapan_total=tabel_uang.alasan_serapan_total,
    )
