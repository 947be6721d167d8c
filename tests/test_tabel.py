"""Tabel laporan: nilai tepat dari contoh nyata, dan properti jumlah pohon anggaran."""

from __future__ import annotations

import json
from decimal import Decimal

import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from kinerja import bulatkan
from kinerja.laporan import BarisAnggaran, Laporan, Unit
from kinerja.laporan.contoh import muat_contoh
from kinerja.laporan.tabel import hitung
from kinerja.periode import Periode
from tests.strategies import desimal

D = Decimal


def test_tabel_kalaena() -> None:
    hasil = hitung(muat_contoh("kalaena-2024-tw1"))
    assert [b.capaian for b in hasil.capaian.baris] == [D(100), D(50)]
    assert [b.predikat for b in hasil.capaian.baris] == ["Sangat Baik", "Sangat Kurang"]
    forum, perdes = hasil.keuangan.baris
    assert bulatkan(forum.capaian or 0) == D("99.33")
    assert bulatkan(perdes.capaian or 0) == D("6.19")
    assert forum.sisa == D("18117500")
    assert hasil.keuangan.jumlah_pagu == D("34428500")
    assert hasil.keuangan.jumlah_target == D("10452500")
    assert hasil.keuangan.jumlah_realisasi == D("4823000")
    r = hasil.ringkasan
    assert bulatkan(r.capaian_keuangan_agregat or 0) == D("46.14")
    assert bulatkan(r.rata_rata_capaian_keuangan or 0) == D("52.76")
    assert r.rata_rata_capaian_kinerja == D(75)
    assert r.persentase_fasilitasi is None


def test_tabel_klakah() -> None:
    hasil = hitung(muat_contoh("klakah-2024-tw4"))
    k = hasil.keuangan
    assert k.jumlah_pagu == D("1895403508")
    assert k.jumlah_realisasi == D("1807400798")
    assert k.jumlah_sisa == D("88002710")
    assert bulatkan(k.serapan_total or 0) == D("95.36")
    assert hasil.pohon.jumlah_pagu == k.jumlah_pagu
    assert hasil.pohon.jumlah_realisasi == k.jumlah_realisasi
    assert [str(a.kode) for a in hasil.pohon.akar] == [f"7.01.0{i}" for i in range(1, 7)]
    assert sum(1 for _ in hasil.pohon.telusuri()) == len(k.baris) - 1  # satu kode cacat
    program = hasil.pohon.akar[0]
    assert program.jumlah_pagu_anak == program.pagu == D("1780578508")
    assert program.jumlah_realisasi_anak == program.realisasi == D("1692625798")
    r = hasil.ringkasan
    # lampiran b: 42 dari 44 kegiatan dicentang di semua desa (baris 42 dicentang penuh seperti
    # tercetak, l. 617), 2 kosong: 42/44 = 95,4545…
    assert bulatkan(r.persentase_fasilitasi or 0) == D("95.45")
    assert r.persentase_dokumen_desa == D(100)
    fasilitasi = hasil.capaian.baris[1]
    assert fasilitasi.realisasi == r.persentase_fasilitasi
    assert bulatkan(fasilitasi.capaian or 0) == D("100.00")  # 95,4545… / 95,45
    cpo = hasil.cost_per_outcome.baris[0]
    assert cpo.pagu == D("1871553508")
    assert cpo.realisasi_anggaran == D("1783550798")
    assert bulatkan(cpo.serapan or 0) == D("95.30")
    # capaian 100,0048 − serapan 95,2979 = 4,7069
    assert bulatkan(cpo.efisiensi or 0) == D("4.71")
    ipp = hasil.capaian.baris[0]
    assert ipp.capaian is None
    assert ipp.keterangan == "realisasi belum dilaporkan (triwulan)"


def test_senduro_realisasi_desa_dengan_penyebut() -> None:
    hasil = hitung(muat_contoh("senduro-2023-tw1"))
    assert [b.capaian for b in hasil.capaian.baris[:6]] == [D(25)] * 6


def test_sajian_dan_notebook() -> None:
    hasil = hitung(muat_contoh("kalaena-2024-tw1"))
    df = hasil.keuangan.ke_dataframe()
    assert isinstance(df, pd.DataFrame)
    assert list(df["Pagu"]) == [D("22571000"), D("11857500"), D("34428500")]
    assert "<table>" in hasil.capaian._repr_html_()
    assert hasil._repr_html_().count("<table>") == len(hasil.sajian())
    md = hasil.keuangan.ke_sajian().ke_markdown()
    assert "| - | Pelaksanaan Tugas Forum Koordinasi di Pimpinan Kecamatan | 22.571.000 |" in md
    csv_teks = hasil.keuangan.ke_sajian().ke_csv()
    assert csv_teks.splitlines()[1].startswith(
        ";Pelaksanaan Tugas Forum Koordinasi di Pimpinan Kecamatan;22.571.000;4.483.500;4.453.500;"
    )
    data = json.loads(hasil.ringkasan.ke_sajian().ke_json())
    baris = {b["id"]: b["nilai"] for b in data["baris"]}
    assert baris["rata_rata_capaian_kinerja"] == {"tepat": "75", "tercetak": "75,00"}


@st.composite
def hutan_anggaran(draw: st.DrawFn) -> list[BarisAnggaran]:
    """Pohon kode acak: program → kegiatan → sub kegiatan, pagu induk = Σ anak bila ada anak."""
    baris: list[BarisAnggaran] = []
    for p in range(1, draw(st.integers(1, 3)) + 1):
        kode_p = f"7.01.{p:02d}"
        anak_p: list[BarisAnggaran] = []
        for k in range(1, draw(st.integers(0, 3)) + 1):
            kode_k = f"{kode_p}.2.{k:02d}"
            sub = []
            for s in range(1, draw(st.integers(0, 3)) + 1):
                pagu = draw(desimal(0, 10**9, 0))
                real = draw(desimal(0, pagu, 0)) if pagu else D(0)
                sub.append(BarisAnggaran(f"Sub {s}", pagu, kode=f"{kode_k}.{s:04d}",
                                         realisasi_kumulatif=real))  # fmt: skip
            if sub:
                pagu_k = sum((b.pagu for b in sub), D(0))
                real_k = sum((b.realisasi_kumulatif or D(0) for b in sub), D(0))
            else:
                pagu_k = draw(desimal(0, 10**9, 0))
                real_k = draw(desimal(0, pagu_k, 0)) if pagu_k else D(0)
            anak_p += [BarisAnggaran(f"Kegiatan {k}", pagu_k, kode=kode_k,
                                     realisasi_kumulatif=real_k), *sub]  # fmt: skip
        kegiatan = [b for b in anak_p if b.kode and b.kode.count(".") == 4]
        pagu_p = sum((b.pagu for b in kegiatan), D(0)) if kegiatan else D(1000)
        real_p = sum((b.realisasi_kumulatif or D(0) for b in kegiatan), D(0)) if kegiatan else D(0)
        baris += [BarisAnggaran(f"Program {p}", pagu_p, kode=kode_p, realisasi_kumulatif=real_p),
                  *anak_p]  # fmt: skip
    return draw(st.permutations(baris))


@given(hutan_anggaran())
def test_jumlah_pohon_dan_tabel_tepat(baris: list[BarisAnggaran]) -> None:
    laporan = Laporan(Unit("Camat", "Kecamatan X"), Periode(2024, 4), anggaran=baris)
    hasil = hitung(laporan)
    akar = [b for b in baris if b.kode is not None and b.kode.count(".") == 2]
    assert hasil.keuangan.jumlah_pagu == sum((b.pagu for b in akar), D(0))
    assert hasil.pohon.jumlah_pagu == hasil.keuangan.jumlah_pagu
    assert hasil.pohon.jumlah_realisasi == hasil.keuangan.jumlah_realisasi
    for _, simpul in hasil.pohon.telusuri():
        if simpul.anak:
            assert simpul.jumlah_pagu_anak == simpul.pagu
            assert simpul.jumlah_realisasi_anak == simpul.realisasi
        assert simpul.baris.pagu - simpul.realisasi >= 0
    kode = [str(s.kode) for _, s in hasil.pohon.telusuri()]
    assert kode == sorted(kode, key=lambda k: [int(x) for x in k.split(".")])
    assert len(kode) == len(baris)
