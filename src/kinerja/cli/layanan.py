"""Perintah untuk sistem lain: ``kinerja skema masukan|keluaran`` (JSON Schema) dan
``kinerja layani`` (layanan HTTP, extra ``layanan``)."""

from __future__ import annotations

import argparse

from kinerja.cli.keluar import tulis_json

__all__ = ["layani", "skema"]


def skema(args: argparse.Namespace) -> int:
    """Jalankan ``kinerja skema``; status 0."""
    from kinerja.layanan.inti import skema as skema_bernama

    tulis_json(skema_bernama(args.nama))
    return 0


def layani(args: argparse.Namespace) -> int:
    """Jalankan ``kinerja layani`` sampai dihentikan."""
    from kinerja.layanan.server import layani as jalankan_server

    jalankan_server(args.host, args.port)
    return 0
