"""Lapisan paket: impor hanya mengarah ke bawah (docs/tata-letak.md).

Dibaca dari pohon sintaksis setiap modul (juga impor di dalam fungsi), bukan dari daftar yang
ditulis tangan: modul baru otomatis ikut diperiksa.
"""

import ast
from pathlib import Path

import pytest

import kinerja

SUMBER = Path(kinerja.__file__).parent

# Nomor lapisan: sebuah modul hanya boleh mengimpor modul kinerja di lapisan yang lebih rendah
# atau sama. Urutannya sama dengan tabel di docs/tata-letak.md.
GALAT, ANGKA, ATURAN, LAPORAN, JALUR_CEPAT, ANTARMUKA = range(6)


def _lapisan(modul: str) -> int:
    bagian = modul.split(".")
    if modul == "kinerja.galat":
        return GALAT
    if modul in {
        "kinerja.besaran",
        "kinerja.urai_angka",
        "kinerja.angka",
        "kinerja.teks_angka",
        "kinerja._isian",
    }:
        return ANGKA
    if bagian[:2] == ["kinerja", "laporan"]:
        return LAPORAN
    if bagian[:2] == ["kinerja", "vektor"]:
        return JALUR_CEPAT
    if modul in {"kinerja", "kinerja.__main__"} or bagian[:2] == ["kinerja", "cli"]:
        return ANTARMUKA
    if bagian[:2] == ["kinerja", "layanan"]:
        return ANTARMUKA
    return ATURAN


def _nama_modul(berkas: Path) -> str:
    bagian = list(berkas.relative_to(SUMBER.parent).with_suffix("").parts)
    if bagian[-1] == "__init__":
        bagian.pop()
    return ".".join(bagian)


def _impor_kinerja(berkas: Path) -> set[str]:
    pohon = ast.parse(berkas.read_text("utf-8"))
    hasil: set[str] = set()
    for simpul in ast.walk(pohon):
        if isinstance(simpul, ast.ImportFrom) and simpul.module and simpul.level == 0:
            nama = [simpul.module]
        elif isinstance(simpul, ast.Import):
            nama = [alias.name for alias in simpul.names]
        else:
            continue
        hasil.update(n for n in nama if n == "kinerja" or n.startswith("kinerja."))
    return hasil


MODUL = sorted(SUMBER.rglob("*.py"))


def test_semua_lapisan_terwakili() -> None:
    lapisan = {_lapisan(_nama_modul(b)) for b in MODUL}
    assert lapisan == set(range(6))


@pytest.mark.parametrize("berkas", MODUL, ids=lambda p: str(p.relative_to(SUMBER)))
def test_impor_hanya_ke_bawah(berkas: Path) -> None:
    modul = _nama_modul(berkas)
    naik = sorted(impor for impor in _impor_kinerja(berkas) if _lapisan(impor) > _lapisan(modul))
    assert naik == [], f"{modul} (lapisan {_lapisan(modul)}) mengimpor lapisan di atasnya"


@pytest.mark.parametrize("berkas", MODUL, ids=lambda p: str(p.relative_to(SUMBER)))
def test_jalur_cepat_dan_laporan_saling_lepas(berkas: Path) -> None:
    # Jalur cepat memakai aturan, bukan mesin laporan; laporan tidak bergantung pada numpy.
    modul = _nama_modul(berkas)
    impor = _impor_kinerja(berkas)
    if _lapisan(modul) == JALUR_CEPAT:
        assert not any(_lapisan(i) == LAPORAN for i in impor)
    if _lapisan(modul) == LAPORAN:
        assert not any(_lapisan(i) == JALUR_CEPAT for i in impor)


def test_aturan_tidak_mengimpor_laporan_contoh_nyata() -> None:
    # Penjaga bagi penjaga: fungsi pemilah lapisan harus mengenali pelanggaran yang nyata.
    assert _lapisan("kinerja.laporan.periksa") > _lapisan("kinerja.capaian")
    assert _lapisan("kinerja.cli") > _lapisan("kinerja.laporan.tabel")
    assert _lapisan("kinerja.vektor.kolom") == JALUR_CEPAT
