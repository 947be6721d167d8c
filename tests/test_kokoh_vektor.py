"""Isu 8 (Kokoh) untuk jalur cepat: teks Indonesia, opsi per baris, dan batas jalur Decimal.

Nilai harapan berasal dari contoh terhitung DOMAIN.md §2, dari ``baca_angka`` (aturan yang
dijanjikan untuk teks), atau dari jalur Decimal ``kinerja.capaian`` sebagai rujukan aturan.
"""

from __future__ import annotations

import contextlib
import math
import warnings
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import kinerja
from kinerja import (
    FormatAngkaSalah,
    InputTidakSah,
    KinerjaError,
    Kumulasi,
    Polaritas,
    Realisasi,
    RumusNegatif,
    Target,
    TipeTidakSah,
    baca_angka,
    vektor,
)
from tests.strategies import (
    desimal,
    float_ekstrem,
    label_kumulasi,
    label_polaritas,
    sampah,
    teks_angka_id,
    triwulan,
)


@pytest.fixture(autouse=True)
def _abaikan_baris_tidak_sah() -> Iterator[None]:
    """Baris tidak sah diuji lewat NaN di hasil; peringatannya diuji di test_vektor.py."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", vektor.BarisTidakSah)
        yield


def _tepat(
    t: object,
    r: object,
    p: object = Polaritas.POSITIF,
    rumus: RumusNegatif = RumusNegatif.SELISIH,
    atas: object = None,
    dari: object = None,
) -> Decimal | None:
    """Capaian jalur Decimal umum (lewat Target/Realisasi), atau None bila barisnya ditolak.

    Dengan ``dari`` (penyebut), target dalam persen dan realisasi dalam satuan lain.
    """
    try:
        if dari is None:
            target, nyata = Target(t, atas=atas), Realisasi(r)  # type: ignore[arg-type]
        else:
            target = Target(t, "%", atas=atas)  # type: ignore[arg-type]
            nyata = Realisasi(r, "Desa", dari=dari)  # type: ignore[arg-type]
        return kinerja.capaian(target, nyata, polaritas=Polaritas.dari(p), rumus_negatif=rumus)
    except KinerjaError:
        return None


def _sama(cepat: float, tepat: Decimal | None) -> None:
    if tepat is None:
        assert math.isnan(cepat)
    else:
        assert Decimal(str(vektor.bulatkan([cepat])[0])) == kinerja.bulatkan(tepat)


# ------------------------------------------------ cacat 2: teks dibaca dalam notasi Indonesia


def test_teks_ribuan_dibaca_sebagai_notasi_indonesia() -> None:
    # isu 8 no. 2: "1.000" adalah seribu; 950/1000 → 95, bukan 95000
    assert list(vektor.capaian(["1.000"], ["950"])) == [95.0]
    assert list(vektor.bulatkan(vektor.capaian(["95,45"], ["95,27"]))) == [99.81]  # Klakah 2024
    assert list(vektor.serapan(["Rp4.483.500"], ["4.453.500"]).round(2)) == [99.33]  # Kalaena


def test_bingkai_teks_mendapat_predikat_yang_benar() -> None:
    df = pd.DataFrame({"target": ["1.000", "95,45"], "realisasi": ["700", "95,27"]})
    hasil = vektor.tambah_kolom_kinerja(df)
    assert list(vektor.bulatkan(hasil["capaian"])) == [70.0, 99.81]
    assert list(hasil["predikat"]) == ["Cukup", "Sangat Baik"]


@pytest.mark.parametrize("teks", ["1,361,248,977", "19.7195.216", "1.5", "abc", "", "1E5", "-"])
def test_teks_salah_ditolak_dengan_galat_baca_angka(teks: str) -> None:
    with pytest.raises(FormatAngkaSalah) as diharapkan:
        baca_angka(teks)
    with pytest.raises(FormatAngkaSalah) as galat:
        vektor.capaian(pd.Series(["10", teks], index=["a", "b"]), [1.0, 1.0])
    assert galat.value.saran == diharapkan.value.saran
    pesan = str(galat.value)
    assert "'target'" in pesan
    assert "'b'" in pesan  # baris yang salah disebut
    assert str(diharapkan.value) in pesan


def test_teks_di_semua_fungsi() -> None:
    assert list(vektor.efisiensi(["6"], ["9"])) == [-3.0]  # Klakah "−3 = 6 − 9"
    assert list(vektor.predikat(["90,5"], kinerja.SKALA_LKJ)) == ["Baik"]
    hasil = vektor.sampai_dengan([["37,84", "17", "10,7", "29,63"]], "kumulatif", 4)
    assert list(vektor.bulatkan(hasil)) == [95.17]  # Klakah 2024


def test_kolom_campuran_teks_angka_dan_kosong() -> None:
    kolom = pd.Series(["1.000", 10.0, None, np.nan, Decimal("4"), 3], dtype=object)
    hasil = vektor.capaian(kolom, [500.0, 5.0, 1.0, 1.0, 2.0, 3.0])
    np.testing.assert_array_equal(hasil, [50.0, 50.0, np.nan, np.nan, 50.0, 100.0])


def test_kolom_string_pandas_dengan_nilai_hilang() -> None:
    kolom = pd.Series(["1.500", None, "2.000"], dtype="string")
    hasil = vektor.capaian(kolom, [750.0, 1.0, 500.0])
    np.testing.assert_array_equal(hasil, [50.0, np.nan, 25.0])


@given(
    st.lists(
        st.tuples(
            teks_angka_id(desimal(0, 10_000, 2)),
            teks_angka_id(desimal(0, 100_000, 2)),
            label_polaritas,
        ),
        min_size=1,
        max_size=20,
    )
)
def test_teks_dan_polaritas_per_baris_sepakat_dengan_decimal(
    baris: list[tuple[str, str, Any]],
) -> None:
    tepat = [_tepat(t, r, p) for t, r, p in baris]
    cepat = vektor.capaian([b[0] for b in baris], [b[1] for b in baris], [b[2] for b in baris])
    for c, e in zip(cepat, tepat, strict=True):
        if e is not None and abs(e) > 10_000:
            continue  # di luar domain kesepakatan pembulatan yang didokumentasikan
        _sama(c, e)


@given(
    st.lists(
        st.tuples(
            desimal(0, 10_000, 2),
            desimal(0, 100_000, 2),
            st.one_of(st.none(), desimal(0, 10_000, 2)),
            st.sampled_from(Polaritas),
            st.sampled_from(RumusNegatif),
            st.one_of(st.none(), desimal(0, 1_000, 0)),
        ),
        min_size=1,
        max_size=20,
    )
)
def test_kedua_polaritas_kedua_rumus_dan_rentang_sepakat_dengan_decimal(
    baris: list[tuple[Decimal, Decimal, Decimal | None, Polaritas, RumusNegatif, Decimal | None]],
) -> None:
    # domain laporan (≤ 2 desimal, ≤ 10.000): hasil dibulatkan sama persis dengan jalur Decimal
    cepat = vektor.capaian(
        [float(b[0]) for b in baris],
        [float(b[1]) for b in baris],
        [b[3] for b in baris],
        rumus_negatif=[b[4].value for b in baris],
        target_atas=[np.nan if b[2] is None else float(b[2]) for b in baris],
        penyebut=[np.nan if b[5] is None else float(b[5]) for b in baris],
    )
    for c, (t, r, atas, p, rumus, dari) in zip(cepat, baris, strict=True):
        e = _tepat(t, r, p, rumus, atas, dari)
        if e is not None and abs(e) > 10_000:
            continue  # di luar domain kesepakatan pembulatan yang didokumentasikan
        _sama(c, e)


@given(
    st.lists(
        st.tuples(teks_angka_id(desimal(0, 10_000, 2)), teks_angka_id(desimal(0, 10_000, 2))),
        min_size=1,
        max_size=20,
    )
)
def test_teks_sama_dengan_angkanya(baris: list[tuple[str, str]]) -> None:
    # metamorfik: kolom teks memberi hasil yang sama dengan kolom angka yang dibaca baca_angka
    t = [b[0] for b in baris]
    r = [b[1] for b in baris]
    angka_t = [float(baca_angka(x)) for x in t]
    angka_r = [float(baca_angka(x)) for x in r]
    np.testing.assert_array_equal(vektor.capaian(t, r), vektor.capaian(angka_t, angka_r))


# ------------------------------------------------ cacat 3: opsi per baris di tambah_kolom_kinerja


def test_kolom_polaritas_dipakai_tanpa_disebut() -> None:
    # DOMAIN.md §2: negatif T = 10, R = 8 → 120; T = 10, R = 12 → 80
    df = pd.DataFrame(
        {
            "target": [10.0, 10.0, 10.0],
            "realisasi": [8.0, 8.0, 12.0],
            "polaritas": ["positif", "negatif", " Negatif "],
        }
    )
    hasil = vektor.tambah_kolom_kinerja(df)
    assert list(hasil["capaian"]) == [80.0, 120.0, 80.0]


def test_kolom_rumus_negatif_dan_target_atas() -> None:
    # DOMAIN.md §2: rasio 10/8 → 125; rentang 60–75: R 48 → 80, R 90 → 120, R 70 → 100;
    # negatif 10–12 hari: R 9 → 110
    df = pd.DataFrame(
        {
            "target": [10.0, 60.0, 60.0, 60.0, 10.0, 10.0],
            "target_atas": [np.nan, 75.0, 75.0, 75.0, 12.0, np.nan],
            "realisasi": [8.0, 48.0, 90.0, 70.0, 9.0, 8.0],
            "polaritas": ["negatif", "positif", "positif", "positif", "negatif", "negatif"],
            "rumus_negatif": ["rasio", "selisih", "selisih", "selisih", "selisih", "selisih"],
        }
    )
    hasil = vektor.tambah_kolom_kinerja(df)
    assert list(vektor.bulatkan(hasil["capaian"])) == [125.0, 80.0, 120.0, 100.0, 110.0, 120.0]


def test_kolom_penyebut_dipakai() -> None:
    # DOMAIN.md §2: Senduro TW I 2023, target 100%, realisasi 3 dari 12 desa → 25
    df = pd.DataFrame(
        {"target": [100.0, 100.0], "realisasi": [3.0, 3.0], "penyebut": [12.0, np.nan]}
    )
    assert vektor.tambah_kolom_kinerja(df)["capaian"].tolist() == [25.0, 3.0]  # NaN: tanpa
    assert np.isnan(vektor.capaian([100.0], [3.0], penyebut=[0.0])[0])  # 'dari' harus > 0


def test_polaritas_tunggal_bertentangan_dengan_kolom_ditolak() -> None:
    df = pd.DataFrame({"target": [10.0], "realisasi": [8.0], "polaritas": ["negatif"]})
    with pytest.raises(InputTidakSah, match="kolom 'polaritas'"):
        vektor.tambah_kolom_kinerja(df, polaritas=Polaritas.POSITIF)
    # nama kolom lain tetap bisa disebut
    df2 = df.rename(columns={"polaritas": "arah"})
    assert list(vektor.tambah_kolom_kinerja(df2, polaritas="arah")["capaian"]) == [120.0]
    assert list(vektor.tambah_kolom_kinerja(df2, polaritas="negatif")["capaian"]) == [120.0]


@pytest.mark.parametrize(
    ("kolom", "nilai"),
    [("polaritas", "naik"), ("rumus_negatif", "selisi"), ("kumulasi", "jumlah")],
)
def test_label_per_baris_tak_dikenal_menyebut_baris_dan_nilai(kolom: str, nilai: str) -> None:
    df = pd.DataFrame(
        {
            "target_tw1": [1.0, 1.0],
            "target_tw2": [1.0, 1.0],
            "target_tw3": [1.0, 1.0],
            "target_tw4": [1.0, 1.0],
            "realisasi_tw1": [1.0, 1.0],
            "realisasi_tw2": [1.0, 1.0],
            "realisasi_tw3": [1.0, 1.0],
            "realisasi_tw4": [1.0, 1.0],
        },
        index=["ind-1", "ind-2"],
    )
    df[kolom] = [None, nilai]
    df.loc["ind-1", kolom] = {
        "polaritas": "positif",
        "rumus_negatif": "selisih",
        "kumulasi": "akhir",
    }[kolom]
    with pytest.raises(InputTidakSah) as galat:
        vektor.tambah_kolom_kinerja(df, triwulan=4)
    pesan = str(galat.value)
    assert repr(nilai) in pesan
    assert "'ind-2'" in pesan
    assert kolom in pesan


def test_kolom_kumulasi_per_baris_dengan_triwulan() -> None:
    # DOMAIN.md §4: kumulatif Klakah 37,84 + 17 + 10,7 + 29,63 = 95,17; akhir = yang terakhir
    df = pd.DataFrame(
        {
            "kumulasi": ["kumulatif", "akhir", "RATA_RATA"],
            "target_tw1": [25.0, 90.0, 3.0],
            "target_tw2": [25.0, 80.0, np.nan],
            "target_tw3": [25.0, np.nan, 3.0],
            "target_tw4": [20.45, np.nan, np.nan],
            "realisasi_tw1": ["37,84", "90", "3"],
            "realisasi_tw2": ["17", "60", None],
            "realisasi_tw3": ["10,7", None, "1"],
            "realisasi_tw4": ["29,63", None, None],
        }
    )
    hasil = vektor.tambah_kolom_kinerja(df, triwulan=4)
    assert list(vektor.bulatkan(hasil["target_sd"])) == [95.45, 80.0, 3.0]
    assert list(vektor.bulatkan(hasil["realisasi_sd"])) == [95.17, 60.0, 2.0]
    assert list(vektor.bulatkan(hasil["capaian"])) == [99.71, 75.0, 66.67]


def test_kolom_kumulasi_tanpa_triwulan_tidak_diabaikan_diam_diam() -> None:
    df = pd.DataFrame({"target": [10.0], "realisasi": [8.0], "kumulasi": ["akhir"]})
    with pytest.raises(InputTidakSah, match="triwulan"):
        vektor.tambah_kolom_kinerja(df)


def test_sampai_dengan_kumulasi_per_baris() -> None:
    nilai = [[1.0, 2.0, 3.0, 4.0]] * 3
    hasil = vektor.sampai_dengan(nilai, ["kumulatif", Kumulasi.AKHIR, "rata-rata"], 4)
    assert list(hasil) == [10.0, 4.0, 2.5]


@given(
    st.lists(
        st.tuples(
            st.lists(st.one_of(st.none(), desimal(0, 10_000, 2)), min_size=4, max_size=4),
            label_kumulasi,
        ),
        min_size=1,
        max_size=15,
    ),
    triwulan,
)
def test_kumulasi_per_baris_sepakat_dengan_decimal(
    baris: list[tuple[list[Decimal | None], Any]], n: int
) -> None:
    larik = [[np.nan if v is None else float(v) for v in b] for b, _ in baris]
    cepat = vektor.sampai_dengan(larik, [k for _, k in baris], n)
    for c, (b, k) in zip(cepat, baris, strict=True):
        try:
            e: Decimal | None = kinerja.sampai_dengan(b, Kumulasi.dari(k), n)
        except KinerjaError:
            e = None
        _sama(c, e)


# ------------------------------------------------ cacat 4: yang ditolak jalur Decimal → tidak sah


def test_target_tak_hingga_bukan_capaian_nol() -> None:
    # jalur Decimal menolak target tak hingga; dulu jalur cepat memberi 0 (5 / inf × 100)
    assert np.isnan(vektor.capaian([np.inf], [5.0])[0])
    with pytest.raises(InputTidakSah, match="1 baris tidak sah"):
        vektor.capaian([np.inf], [5.0], strict=True)


@pytest.mark.parametrize(
    ("target", "realisasi"),
    [(1e24, 5.0), (5.0, 1e24), (5.0, -1e24), (1e30, 1e30)],
)
def test_angka_melewati_batas_digit_tidak_sah(target: float, realisasi: float) -> None:
    # ke_desimal menolak ≥ 10^24 (DIGIT_BULAT_MAKSIMUM); 9,99…×10^23 masih sah
    assert _tepat(Decimal(repr(target)), Decimal(repr(realisasi))) is None
    assert np.isnan(vektor.capaian([target], [realisasi])[0])
    assert not np.isnan(vektor.capaian([9.999999999999999e23], [1.0])[0])


def test_serapan_predikat_dan_sampai_dengan_melewati_batas_tidak_sah() -> None:
    assert np.isnan(vektor.serapan([1e25], [1.0])[0])
    assert np.isnan(vektor.efisiensi([1e24], [1.0])[0])
    assert pd.isna(vektor.predikat([1e24], kinerja.SKALA_LKJ)[0])
    # nilai TW yang ditolak menjadikan barisnya tidak sah, bukan "tidak dilaporkan"
    assert np.isnan(vektor.sampai_dengan([[1.0, 1e24, np.nan, np.nan]], "akhir", 1)[0])


def test_rumus_rasio_realisasi_nol_tidak_sah() -> None:
    hasil = vektor.capaian([10.0, 10.0], [0.0, 8.0], "negatif", rumus_negatif="rasio")
    np.testing.assert_array_equal(hasil, [np.nan, 125.0])


def test_rentang_terbalik_tidak_sah() -> None:
    hasil = vektor.capaian([10.0, 10.0, 10.0], [9.0, 9.0, 9.0], target_atas=[8.0, 10.0, np.inf])
    assert np.isnan(hasil).all()


def test_bool_ditolak_seperti_jalur_decimal() -> None:
    with pytest.raises(TipeTidakSah, match="bool"):
        vektor.capaian(np.array([True]), [1.0])
    with pytest.raises(TipeTidakSah, match="bool"):
        vektor.capaian(pd.Series([10.0, True], dtype=object), [1.0, 1.0])


@given(
    st.lists(
        st.tuples(
            float_ekstrem,
            float_ekstrem,
            float_ekstrem,
            st.sampled_from(Polaritas),
            st.sampled_from(RumusNegatif),
            st.booleans(),
            st.one_of(st.none(), float_ekstrem),
        ),
        min_size=1,
        max_size=20,
    )
)
def test_ekstrem_diterima_dan_ditolak_sama_dengan_decimal(
    baris: list[tuple[float, float, float, Polaritas, RumusNegatif, bool, float | None]],
) -> None:
    cepat = vektor.capaian(
        [b[0] for b in baris],
        [b[1] for b in baris],
        [b[3] for b in baris],
        rumus_negatif=[b[4] for b in baris],
        target_atas=[b[2] if b[5] else np.nan for b in baris],
        penyebut=[np.nan if b[6] is None else b[6] for b in baris],
    )
    for c, (ti, ri, ai, p, rumus, rentang, di) in zip(cepat, baris, strict=True):
        # NaN di kolom target_atas dan penyebut berarti sel kosong
        atas = None if not rentang or math.isnan(ai) else Decimal(repr(ai))
        dari = None if di is None or math.isnan(di) else Decimal(repr(di))
        e = _tepat(Decimal(repr(ti)), Decimal(repr(ri)), p, rumus, atas, dari)
        kasus = (ti, ri, ai, di, p, rumus, c, e)
        if e is None:
            assert math.isnan(c), kasus
            continue
        assert not math.isnan(c), kasus
        # di luar domain laporan float64 tidak membulatkan seperti Decimal: bandingkan relatif
        r_pakai = ri if dari is None else ri / float(dari) * 100
        skala = 200 + abs(float(e)) + abs(r_pakai / ti * 100 if ti else 0.0)
        assert abs(c - float(e)) <= 1e-12 * skala, kasus


# ------------------------------------------------ cacat 12: bilangan bulat numpy


def test_bilangan_bulat_numpy_di_kolom_teks() -> None:
    kolom = pd.Series([np.int64(3), "12", np.float64(46.37)], dtype=object)
    hasil = vektor.capaian(kolom, [np.int64(3), np.int32(3), 46.37])
    np.testing.assert_array_equal(hasil, [100.0, 25.0, 100.0])


def test_tipe_asing_di_kolom_ditolak_dengan_pesan_jelas() -> None:
    with pytest.raises(TipeTidakSah) as galat:
        vektor.capaian(pd.Series(["10", object()], dtype=object), [1.0, 1.0])
    pesan = str(galat.value)
    assert "'target'" in pesan
    assert "np.float64" not in pesan


# ------------------------------------------------ sapuan sampah: hanya galat kinerja yang lolos


@given(sampah, sampah)
def test_sampah_hanya_galat_kinerja(a: object, b: object) -> None:
    df = pd.DataFrame({"target": [10.0], "realisasi": [8.0]})
    panggilan: list[Callable[[], object]] = [
        lambda: vektor.capaian([a], [b]),
        lambda: vektor.capaian(a, b),  # type: ignore[arg-type]
        lambda: vektor.capaian([1.0], [1.0], a),
        lambda: vektor.capaian([1.0], [1.0], rumus_negatif=a),
        lambda: vektor.capaian([1.0], [1.0], target_atas=[a]),
        lambda: vektor.capaian([1.0], [1.0], penyebut=[a]),
        lambda: vektor.capaian([1.0], [1.0], target_atas=a),  # type: ignore[arg-type]
        lambda: vektor.serapan([a], [b]),
        lambda: vektor.efisiensi([a], [b]),
        lambda: vektor.predikat([a], kinerja.SKALA_LKJ),
        lambda: vektor.predikat([1.0], a),  # type: ignore[arg-type]
        lambda: vektor.sampai_dengan([[a, b, a, b]], "kumulatif", 4),
        lambda: vektor.sampai_dengan([[1.0] * 4], a, 4),
        lambda: vektor.sampai_dengan([[1.0] * 4], "akhir", a),  # type: ignore[arg-type]
        lambda: vektor.sampai_dengan(a, "akhir", 4),  # type: ignore[arg-type]
        lambda: vektor.bulatkan([a], 2),
        lambda: vektor.bulatkan([1.0], a),  # type: ignore[arg-type]
        lambda: vektor.tambah_kolom_kinerja(
            pd.DataFrame({"target": [a], "realisasi": [b], "polaritas": [a]})
        ),
        lambda: vektor.tambah_kolom_kinerja(df, polaritas=a),  # type: ignore[arg-type]
        lambda: vektor.tambah_kolom_kinerja(df, triwulan=a),  # type: ignore[arg-type]
        lambda: vektor.tambah_kolom_kinerja(a),
    ]
    for panggil in panggilan:
        with contextlib.suppress(KinerjaError):
            panggil()


def test_rumus_negatif_per_label_sama_dengan_jalur_decimal() -> None:
    # Satu konverter per enum: label yang diterima kinerja.capaian juga diterima vektor
    # (dulu vektor punya pengubah sendiri yang menolak " Rasio ").
    for label in ["rasio", " Rasio ", "RASIO"]:
        hasil = vektor.capaian(["10"], ["8"], polaritas="negatif", rumus_negatif=label)
        assert hasil.tolist() == [125.0]  # DOMAIN.md §2: T/R × 100 = 10/8 × 100
