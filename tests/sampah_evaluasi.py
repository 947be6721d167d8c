"""Entri sapuan sampah (tests/test_sampah.py) untuk aturan dan berkas evaluasi: IKM dan LKE.

Dipisah dari test_sampah.py agar penambahan nama publik isu 10 tidak menyentuh daftar bersama.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import kinerja


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
    ]
