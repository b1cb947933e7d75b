#!/usr/bin/env bash
# Issue 12: a command loads only the libraries it uses. libharu and
# fontconfig (and freetype, libpng, expat, brotli behind them) are opened
# with dlopen on the first PDF (exporters/pdf/pdf_libraries.hpp), MariaDB
# Connector/C (and OpenSSL behind it) on the first mariadb:// database
# (core/store/backend/mariadb_library.hpp), so a command on an SQLite file
# starts without mapping and relocating them. XLSX is kolmi's own writer over
# zlib (exporters/xlsx/xlsx_workbook.hpp): no XLSX library at all.
source "$(dirname "$0")/lib.sh"
command -v readelf >/dev/null || skip "readelf (binutils) is not installed"
make_demo 300
export KOLMI_USER=demo KOLMI_PASSWORD=demo
set_setting Login_Failure_Delay_Ms 0

needed=$(readelf -d "$kolmi_bin" | grep NEEDED)
for lib in libhpdf libfontconfig libfreetype libpng libxlsxwriter libminizip libmariadb libssl libcrypto; do
  check "the binary does not link $lib" bash -c "! grep -q '$lib' <<<\"\$0\"" "$needed"
done

# What the dynamic loader opens, as it reports it (LD_DEBUG=files).
loaded() { LD_DEBUG=files "$kolmi_bin" "$@" 2>&1 >/dev/null | grep -o 'file=[^ ]*' | sort -u; }
for cmd in "--version" "main" "calls"; do
  # shellcheck disable=SC2086
  opened=$(loaded $cmd)
  check "kolmi $cmd opens no PDF library" bash -c "! grep -Eq 'libhpdf|libfontconfig|libfreetype' <<<\"\$0\"" "$opened"
  check "kolmi $cmd opens no XLSX library" bash -c "! grep -Eq 'libxlsxwriter|libminizip' <<<\"\$0\"" "$opened"
  check "kolmi $cmd opens no MariaDB library" bash -c "! grep -Eq 'libmariadb|libssl|libcrypto' <<<\"\$0\"" "$opened"
done

# The PDF export loads them, and works.
opened=$(loaded rates export --format pdf -o rates.pdf)
check "a PDF export opens libharu" grep -q libhpdf <<<"$opened"
check "a PDF export opens fontconfig" grep -q libfontconfig <<<"$opened"
check "the PDF export wrote a PDF" test "$(head -c 5 rates.pdf)" = "%PDF-"
check "a PDF export opens no XLSX library" bash -c "! grep -q libxlsxwriter <<<\"\$0\"" "$opened"

# The XLSX export loads no XLSX library and no PDF library, and works: a zip.
opened=$(loaded rates export --format xlsx -o rates.xlsx)
check "an XLSX export opens no XLSX library" bash -c "! grep -Eq 'libxlsxwriter|libminizip' <<<\"\$0\"" "$opened"
check "an XLSX export opens no PDF library" bash -c "! grep -q libhpdf <<<\"\$0\"" "$opened"
check "the XLSX export wrote a zip" test "$(head -c 2 rates.xlsx)" = "PK"

# A mariadb:// URL loads Connector/C: an unreachable socket is the server's
# error (exit 5, naming the socket), not a missing library.
opened=$(loaded --db "mariadb:///kolmi?socket=$tmp/no-such.sock" main)
check "a mariadb:// database opens Connector/C" grep -q libmariadb <<<"$opened"
"$kolmi_bin" --db "mariadb:///kolmi?socket=$tmp/no-such.sock" main 2>err.txt >/dev/null
check "an unreachable server is exit 5" test $? -eq 5
check "naming the socket" grep -q "no-such.sock" err.txt
finish
