"""Perintah ``kinerja hitung``: tabel laporan (atau tabel IKM/LKE) sebagai teks, Markdown, JSON
v1, CSV, buku kerja XLSX, atau grafik PNG.

Hanya tabel yang diminta yang dihitung dan modulnya dimuat: ``--tabel keuangan`` untuk berkas
anggaran 90.000 baris tidak menunggu pohon, ringkasan dan cost per outcome yang tidak dicetak.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from collections.abc import Callable, Sequence

from kinerja.cli.keluar import berkas_xlsx, excel_evaluasi, tulis, tulis_json
from kinerja.cli.muat import muat
from kinerja.galat import InputTidakSah
from kinerja.laporan.model import Laporan
from kinerja.laporan.sajian import BisaDisajikan, Sajian

__all__ = ["jalankan"]


def _tabel_capaian(laporan: Laporan) -> BisaDisajikan:
    from kinerja.laporan.tabel_capaian import tabel_capaian

    return tabel_capaian(laporan)


def _tabel_keuangan(laporan: Laporan) -> BisaDisajikan:
    from kinerja.laporan.tabel_keuangan import tabel_keuangan

    return tabel_keuangan(laporan)


def _tabel_cost_per_outcome(laporan: Laporan) -> BisaDisajikan:
    from kinerja.laporan.cost_per_outcome import tabel_cost_per_outcome

    return tabel_cost_per_outcome(laporan)


# Tabel yang bisa dihitung sendiri, tanpa tabel lain.
_TABEL_SENDIRI: dict[str, Callable[[Laporan], BisaDisajikan]] = {
    "capaian": _tabel_capaian,
    "keuangan": _tabel_keuangan,
    "cost-per-outcome": _tabel_cost_per_outcome,
}


def _csv_beberapa(sajian: Sequence[Sajian], tepat: bool) -> str:
    if len(sajian) == 1:
        return sajian[0].ke_csv(tepat=tepat)
    keluaran = io.StringIO()
    for i, s in enumerate(sajian):
        if i:
            keluaran.write("\n")
        csv.writer(keluaran, delimiter=";", lineterminator="\n").writerow([f"# {s.judul}"])
        keluaran.write(s.ke_csv(tepat=tepat))
    return keluaran.getvalue()


def _sajian(args: argparse.Namespace, laporan: Laporan) -> list[Sajian]:
    if args.tabel in _TABEL_SENDIRI:
        return [_TABEL_SENDIRI[args.tabel](laporan).ke_sajian()]
    from kinerja.laporan.tabel import hitung

    hasil = hitung(laporan)
    if args.tabel == "pohon" and not hasil.pohon.akar:
        return []  # laporan tanpa kode rekening: tidak ada pohon
    if args.tabel:
        return [hasil.sajian_satu(args.tabel)]  # tabel evaluasi: galat yang jelas
    return hasil.sajian()


def _berkas(args: argparse.Namespace, laporan: Laporan) -> int:
    """``--format xlsx`` dan/atau ``--gambar DIR``: semua tabel laporan ke berkas."""
    if args.tabel:
        raise InputTidakSah("--tabel tidak dipakai bersama --format xlsx atau --gambar "
                            "(buku kerja dan grafik memuat semua tabel)")  # fmt: skip
    from kinerja.laporan.tabel import hitung

    hasil = hitung(laporan)
    if args.gambar:
        from kinerja.laporan.gambar import tulis_gambar

        for jalur in tulis_gambar(hasil, args.gambar):
            tulis(f"gambar: {jalur}")
    if args.format == "xlsx":
        hasil.ke_excel(berkas_xlsx(args))
        tulis(f"buku kerja: {args.keluaran}")
    return 0


def jalankan(args: argparse.Namespace) -> int:
    """Jalankan ``kinerja hitung``; status 0."""
    laporan = muat(args)
    if not isinstance(laporan, Laporan):  # berkas evaluasi: satu tabel, 'ikm' atau 'lke'
        from kinerja.laporan.evaluasi import hitung_evaluasi

        tabel = hitung_evaluasi(laporan)
        sajian = [tabel.sajian_satu(args.tabel or tabel.id)]
        if args.gambar:
            from kinerja.laporan.gambar_evaluasi import tulis_gambar_evaluasi

            for jalur in tulis_gambar_evaluasi(laporan, args.gambar):
                tulis(f"gambar: {jalur}")
        if args.format == "xlsx":  # seperti laporan kinerja: temuan periksa di lembarnya sendiri
            from kinerja.laporan.evaluasi import periksa_evaluasi

            return excel_evaluasi(args, sajian, periksa_evaluasi(laporan))
        if args.gambar:
            return 0  # seperti laporan kinerja: grafik alih-alih tabel
    elif args.format == "xlsx" or args.gambar:
        return _berkas(args, laporan)
    else:
        sajian = _sajian(args, laporan)
    if args.format in ("teks", "markdown"):
        sajian = [s.tanpa_kolom_kosong() for s in sajian]
    if args.format == "teks":
        tulis("\n\n".join([laporan.judul, *(s.ke_teks() for s in sajian)]))
    elif args.format == "markdown":
        tulis("\n\n".join([f"## {laporan.judul}", *(s.ke_markdown() for s in sajian)]))
    elif args.format == "json":
        from kinerja.laporan.keluaran import dokumen, info_evaluasi

        info = (
            laporan if isinstance(laporan, Laporan) else info_evaluasi(laporan.judul, sajian[0].id)
        )
        tulis_json(dokumen(info, sajian))
    else:
        sys.stdout.write(_csv_beberapa(sajian, args.nilai_tepat))
    return 0
