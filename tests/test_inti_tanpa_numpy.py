"""Inti kinerja tidak pernah mengimpor numpy atau pandas (hanya kinerja.vektor)."""

import subprocess
import sys


def test_import_kinerja_tidak_memuat_numpy_pandas() -> None:
    kode = "import sys, kinerja; print(sorted(m for m in ('numpy', 'pandas') if m in sys.modules))"
    keluaran = subprocess.run(
        [sys.executable, "-c", kode], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert keluaran == "[]"
