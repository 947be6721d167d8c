"""Berkas evaluasi: survei IKM (TOML/JSON, atau CSV jawaban mentah) dan lembar kerja LKE.

Berkas TOML/JSON menyebut jenisnya dengan kunci ``jenis = "ikm"`` atau ``jenis = "lke"``;
tanpa kunci itu berkas adalah laporan kinerja (:func:`kinerja.laporan.berkas.baca_laporan`).
:func:`baca_dokumen` membaca berkas sekali lalu memilih. Berkas ``.csv`` adalah jawaban mentah
survei IKM (:mod:`kinerja.laporan.evaluasi.csv_ikm`). Skema JSON:
``kinerja/laporan/data/ikm.schema.json`` dan ``lke.schema.json``; format: ``docs/evaluasi.md``.

>>> from kinerja.laporan.evaluasi.model import SurveiIKM
>>> s = baca_evaluasi_teks('jenis = "ikm"\\nunit = "Kecamatan X"\\n'
...                        'jumlah_per_unsur = [32, 30]\\nresponden = 10', "toml")
>>> isinstance(s, SurveiIKM), s.indeks()
(True, Decimal('77.5'))
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError

from kinerja.galat import BerkasTidakSah, InputTidakSah, KinerjaError, TipeTidakSah, tampil_aman
from kinerja.laporan.batas_berkas import BATAS_BAWAAN, BatasBerkas
from kinerja.laporan.berkas import (
    FormatBerkas,
    _dari_data,
    baca_laporan,
    baca_teks_berkas,
    teks_dari_bait,
    urai_teks,
)
from kinerja.laporan.contoh import teks_bawaan
from kinerja.laporan.jalur import jalur_berkas
from kinerja.laporan.konverter import KONVERTER
from kinerja.laporan.model import Laporan

if TYPE_CHECKING:
    from kinerja.laporan.evaluasi.model import DokumenEvaluasi

__all__ = [
    "CONTOH_EVALUASI",
    "JENIS_MASUKAN",
    "JenisMasukan",
    "baca_dokumen",
    "baca_dokumen_bait",
    "baca_evaluasi_teks",
    "muat_contoh_evaluasi",
    "teks_contoh_evaluasi",
]

# Model survei IKM dan LKE (beserta aturannya) dimuat hanya bila berkasnya memang berkas
# evaluasi: membaca laporan kinerja tidak memuatnya.
_JENIS = ("ikm", "lke")

CONTOH_EVALUASI: dict[str, str] = {
    "ikm-kecamatan-2024": "Survei kepuasan masyarakat sebuah kecamatan, 2024 (dikonstruksi)",
    "lke-opd-2024": "Lembar kerja evaluasi AKIP sebuah OPD, 2024 (dikonstruksi)",
}
"""Nama contoh evaluasi bawaan → uraian singkatnya (semuanya dikonstruksi, bukan transkripsi)."""


def _evaluasi_dari_data(data: Mapping[str, object], sumber: str, teks: str) -> DokumenEvaluasi:
    jenis = data.get("jenis")
    if not isinstance(jenis, str) or jenis not in _JENIS:
        raise BerkasTidakSah(
            f"{sumber}: 'jenis' harus 'ikm' atau 'lke' (diberikan {tampil_aman(jenis)})"
        )
    from kinerja.laporan.evaluasi.model import BerkasLKE, SurveiIKM

    try:
        hasil: DokumenEvaluasi = (
            KONVERTER.structure(data, SurveiIKM)
            if jenis == "ikm"
            else KONVERTER.structure(data, BerkasLKE)
        )
    except (ClassValidationError, IterableValidationError, ForbiddenExtraKeysError) as galat:
        # hanya bila ada galat; sama dengan berkas laporan, termasuk jalur untuk program
        from kinerja.laporan.lokasi_galat import berkas_tidak_sah, galat_struktur_rinci

        raise berkas_tidak_sah(sumber, galat_struktur_rinci(galat, data, teks)) from galat
    except KinerjaError as galat:
        raise BerkasTidakSah(f"{sumber}: {galat}", (str(galat),)) from galat
    return hasil


def _dokumen(
    teks: str, format: FormatBerkas, sumber: str, batas: BatasBerkas
) -> Laporan | DokumenEvaluasi:
    data = urai_teks(teks, format, sumber, batas)
    if isinstance(data, Mapping) and "jenis" in data:
        return _evaluasi_dari_data(data, sumber, teks)
    return _dari_data(data, sumber, teks)


JenisMasukan = Literal["toml", "json", "csv", "xlsx"]
"""Format masukan yang dibaca kinerja: berkas laporan (TOML, JSON, buku kerja isian XLSX) dan
berkas evaluasi (TOML/JSON ber-``jenis``, CSV jawaban mentah IKM)."""

JENIS_MASUKAN: tuple[JenisMasukan, ...] = ("toml", "json", "csv", "xlsx")
"""Format masukan (``--jenis``, ``Content-Type``): TOML, JSON, CSV (survei IKM), XLSX."""


def _survei_dari_csv(teks: str, sumber: str, batas: BatasBerkas) -> DokumenEvaluasi:
    from kinerja.laporan.evaluasi.csv_ikm import survei_dari_csv

    return survei_dari_csv(teks, sumber, batas=batas)


def baca_dokumen_bait(
    isi: bytes, format: JenisMasukan, sumber: str, batas: BatasBerkas = BATAS_BAWAAN
) -> Laporan | DokumenEvaluasi:
    """Laporan, atau survei IKM/LKE, dari bait (stdin, badan HTTP, berkas tanpa akhiran)."""
    if format == "xlsx":  # openpyxl membaca berkas: bait ditulis ke berkas sementara dulu
        if len(isi) > batas.ukuran_bait:
            raise BerkasTidakSah(f"{sumber}: lebih dari batas {batas.ukuran_bait} bait")
        import tempfile

        with tempfile.TemporaryDirectory() as folder:
            jalur = Path(folder) / "masukan.xlsx"
            jalur.write_bytes(isi)
            from kinerja.laporan.excel_masuk import baca_excel

            try:
                return baca_excel(jalur, batas=batas)
            except BerkasTidakSah as galat:  # sebut sumbernya, bukan berkas sementara
                pesan = str(galat).replace(repr(str(jalur)), sumber)
                raise BerkasTidakSah(pesan, galat.kesalahan, galat.rincian) from galat
    teks = teks_dari_bait(isi, sumber, batas)
    if format == "csv":
        return _survei_dari_csv(teks, sumber, batas)
    if format not in ("toml", "json"):
        raise InputTidakSah(
            f"'jenis' harus toml, json, csv atau xlsx (diberikan {tampil_aman(format)})"
        )
    return _dokumen(teks, format, sumber, batas)


def baca_evaluasi_teks(
    teks: str, format: FormatBerkas | str, sumber: str = "<teks>"
) -> DokumenEvaluasi:
    """Survei IKM atau lembar kerja LKE dari teks TOML, JSON, atau CSV (jawaban mentah IKM)."""
    if not isinstance(teks, str):
        raise TipeTidakSah(f"'teks' harus str (diberikan {tampil_aman(teks)})")
    if not isinstance(sumber, str):
        raise TipeTidakSah(f"'sumber' harus str (diberikan {tampil_aman(sumber)})")
    if format == "csv":
        return _survei_dari_csv(teks, sumber, BATAS_BAWAAN)
    if format not in ("toml", "json"):
        raise InputTidakSah(f"'format' harus 'toml', 'json' atau 'csv' ({tampil_aman(format)})")
    hasil = _dokumen(teks, format, sumber, BATAS_BAWAAN)  # type: ignore[arg-type]
    if isinstance(hasil, Laporan):
        raise BerkasTidakSah(f'{sumber}: bukan berkas evaluasi (tanpa \'jenis = "ikm"/"lke"\')')
    return hasil


def baca_dokumen(
    jalur: str | Path, *, batas: BatasBerkas = BATAS_BAWAAN, jenis: JenisMasukan | None = None
) -> Laporan | DokumenEvaluasi:
    """Baca berkas ``.toml``/``.json`` (laporan, atau evaluasi bila ber-``jenis``), ``.csv``
    (survei IKM) atau ``.xlsx`` (buku kerja isian laporan, lihat docs/excel.md)."""
    p = jalur_berkas(jalur)
    if not isinstance(batas, BatasBerkas):
        raise TipeTidakSah(f"'batas' harus BatasBerkas (diberikan {tampil_aman(batas)})")
    if jenis is not None:  # berkas tanpa akhiran yang dikenal (mis. unggahan sementara)
        if jenis == "xlsx":
            from kinerja.laporan.excel_masuk import baca_excel

            return baca_excel(p, batas=batas)
        return baca_dokumen_bait(baca_teks_berkas(p, batas).encode(), jenis, str(p), batas)
    akhiran = p.suffix.lower()
    if akhiran == ".xlsx":
        return baca_laporan(p, batas=batas)
    if akhiran not in (".toml", ".json", ".csv"):
        raise InputTidakSah(f"berkas {str(p)!r}: akhiran harus .toml, .json, .csv atau .xlsx")
    teks = baca_teks_berkas(p, batas)
    if akhiran == ".csv":
        return _survei_dari_csv(teks, str(p), batas)
    return _dokumen(teks, "toml" if akhiran == ".toml" else "json", str(p), batas)


def teks_contoh_evaluasi(nama: str) -> str:
    """Teks TOML contoh evaluasi bawaan ``nama``."""
    return teks_bawaan(nama, CONTOH_EVALUASI)


def muat_contoh_evaluasi(nama: str) -> DokumenEvaluasi:
    """Survei IKM atau lembar kerja LKE contoh bawaan ``nama``."""
    return baca_evaluasi_teks(teks_contoh_evaluasi(nama), "toml", f"contoh {nama}")
