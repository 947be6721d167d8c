"""Isu 13 butir 4: yang dibutuhkan transkripsi lengkap contoh bawaan (Senduro, Klakah, Ranuyoso)."""

from __future__ import annotations

from kinerja.label_periode import LabelPeriode, baca_label_periode
from kinerja.periode import Triwulan


def test_label_triwulanan_dibaca() -> None:
    # Senduro menulis "triwulanan" (l. 7, l. 109, l. 133): "... di triwulanan II" (l. 133) dalam
    # laporan TW I adalah label periode lain
    assert baca_label_periode("secara maksimal di triwulanan II") == LabelPeriode(None, Triwulan.II)
    assert baca_label_periode("Tahun 2023 - Triwulanan I") == LabelPeriode(2023, Triwulan.I)
