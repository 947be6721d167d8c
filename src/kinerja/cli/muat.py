"""Masukan perintah ``hitung`` dan ``periksa``: berkas, stdin, atau contoh bawaan."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from kinerja.laporan.contoh import CONTOH_BAWAAN, muat_contoh
from kinerja.laporan.evaluasi.berkas import CONTOH_EVALUASI, baca_dokumen, muat_contoh_evaluasi
from kinerja.laporan.model import Laporan

if TYPE_CHECKING:  # hanya jenis: model IKM/LKE dimuat bila berkasnya berkas evaluasi
    from kinerja.laporan.evaluasi.model import DokumenEvaluasi

__all__ = ["muat"]


def muat(args: argparse.Namespace) -> Laporan | DokumenEvaluasi:
    """Laporan, atau survei IKM/LKE, menurut ``--contoh``, BERKAS, ``-`` (stdin) dan ``--jenis``."""
    if args.contoh in CONTOH_EVALUASI:
        return muat_contoh_evaluasi(args.contoh)
    if args.contoh:
        return muat_contoh(args.contoh)
    if args.berkas == "-":
        from kinerja.layanan.inti import baca_aliran

        return baca_aliran(sys.stdin.buffer, args.jenis, "<stdin>")
    if args.berkas and args.jenis:
        return baca_dokumen(args.berkas, jenis=args.jenis)
    if args.berkas:
        return baca_dokumen(args.berkas)  # laporan, atau survei IKM/LKE menurut 'jenis'
    return muat_contoh(CONTOH_BAWAAN)
