"""Entri sapuan sampah (tests/test_sampah.py) untuk aturan dan berkas evaluasi: IKM dan LKE.

Dipisah dari test_sampah.py agar penambahan nama publik isu 10 tidak menyentuh daftar bersama.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import kinerja

KRITERIA = kinerja.Kriteria("k", "Y")
SUB = kinerja.Subkomponen("S", 6, [KRITERIA], nilai="A")
ATURAN = kinerja.KerangkaLogis("1.a.1", "1.a")
LEMBAR = kinerja.LembarKerja([kinerja.Komponen("K", [SUB])], kerangka_logis=[ATURAN])


def entri_evaluasi(Entri: Callable[..., Any]) -> list[Any]:
    """Satu panggilan sah per nama publik IKM/LKE."""
    L = kinerja
    return [
        Entri(
            "ikm",
            L.ikm,
            (),
            {"jumlah_per_unsur": [32, 30], "responden": 10, "jawaban": None, "bobot": "0,11"},
        ),
        Entri(
            "ikm(jawaban)",
            L.ikm,
            (),
            {"jumlah_per_unsur": None, "responden": None, "jawaban": [[4, 3]], "bobot": None},
        ),
        Entri(
            "nrr",
            L.nrr,
            (),
            {"jumlah_per_unsur": [32, 30], "responden": [10, 9], "jawaban": None},
        ),
        Entri("nilai_jawaban_ikm", L.nilai_jawaban_ikm, ("Sangat sesuai",)),
        # LKE
        Entri("skor_subkomponen", L.skor_subkomponen, (["A", None], 9), {"skala": "yt-ae"}),
        Entri("saran_nilai_lke", L.saran_nilai_lke, (3, 4)),
        Entri("SkalaJawaban", L.SkalaJawaban, ("s", {"A": 1, "B": 0})),
        Entri("SkalaJawaban.nilai", L.JAWABAN_AA_E.nilai, ("bb",)),
        Entri("SkalaJawaban.pecahan", L.JAWABAN_AA_E.pecahan, ("bb",)),
        Entri("skala_jawaban", L.skala_jawaban, ("aa-e",)),
        Entri(
            "daftarkan_skala_jawaban",
            L.daftarkan_skala_jawaban,
            ("sapuan-sampah-jawaban", L.JAWABAN_AA_E),
        ),
        Entri("BobotKomponen", L.BobotKomponen, ("K", [("S", 6)])),
        Entri("MetodeLKE", L.MetodeLKE, ("rerata",)),
        Entri("MetodeLKE.dari", L.MetodeLKE.dari, ("88/2021",)),
        Entri("Kriteria", L.Kriteria, ("k", "Y"), {"kode": "1.a.1"}),
        Entri("Subkomponen", L.Subkomponen, ("S", 6, [KRITERIA], "A"), {"kode": "x"}),
        Entri("Komponen", L.Komponen, ("K", [SUB]), {"kode": "9"}),
        Entri("KerangkaLogis", L.KerangkaLogis, ("1.a.1", "1.a", "pesan")),
        Entri(
            "PelanggaranKerangkaLogis",
            L.PelanggaranKerangkaLogis,
            (L.KerangkaLogis("1.a.1", "1.a"), "a", "b", 1, 0),
        ),
        Entri(
            "LembarKerja",
            L.LembarKerja,
            ([L.Komponen("K", [SUB])],),
            {"metode": "rerata", "skala": "yt-ae", "kerangka_logis": [ATURAN]},
        ),
        Entri("LembarKerja.kode", LEMBAR.kode, (SUB,)),
        Entri("LembarKerja.saran", LEMBAR.saran, (SUB,)),
        Entri("LembarKerja.nilai", LEMBAR.nilai, (SUB,)),
        Entri("LembarKerja.skor", LEMBAR.skor, (SUB,)),
        Entri("LembarKerja.skor_komponen", LEMBAR.skor_komponen, (LEMBAR.komponen[0],)),
        Entri("LembarKerja.pelanggaran", LEMBAR.pelanggaran),
    ]
