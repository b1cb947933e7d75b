#!/usr/bin/env bash
# Builds the .deb from a Release build (cpack -G DEB), installs it on this
# machine with dpkg -i, checks the installed files as a user would meet them
# (kolmi --version, man -w kolmi, the completions, a demo database and its
# main page and a PDF export from /usr/bin/kolmi), then purges the package
# again, also when a step fails. Needs root (or sudo): CI runs as root.
# It never replaces what is there: it stops when a kolmi package or a
# /usr/bin/kolmi is already installed.
# Usage: scripts/package-check.sh [BUILD_DIR]   (default: build, a Release build)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(realpath "${1:-$root/build}")

say() { echo "package-check: $*"; }
fail() { say "FAILED: $*" >&2; exit 1; }

cache="$build/CMakeCache.txt"
[[ -f "$cache" && -f "$build/CPackConfig.cmake" ]] || fail "no configured build in $build (scripts/build.sh first)"
grep -qx 'CMAKE_BUILD_TYPE:STRING=Release' "$cache" || fail "$build is not a Release build"
grep -qx 'KOLMI_SANITIZE:BOOL=OFF' "$cache" || fail "$build is a sanitizer build"
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$cache")

SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
if dpkg-query -W -f='${Status}' kolmi 2>/dev/null | grep -q ' installed$'; then
  fail "a kolmi package is already installed here; remove it first (this check installs and removes its own)"
fi
[[ ! -e /usr/bin/kolmi ]] || fail "/usr/bin/kolmi exists and is not from a kolmi package; not overwriting it"

tmp=$(mktemp -d /tmp/kolmi-package-XXXXXX)
installed=0
cleanup() {
  local status=$?
  if ((installed)); then
    $SUDO dpkg --purge kolmi >/dev/null || { say "could not remove the kolmi package: dpkg --purge kolmi" >&2; status=1; }
  fi
  rm -rf "$tmp"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$tmp/out" >"$tmp/cpack.log" 2>&1 || {
  cat "$tmp/cpack.log" >&2
  fail "cpack -G DEB"
}
debs=("$tmp"/out/kolmi_*.deb)
deb=${debs[0]}
[[ -f "$deb" ]] || fail "cpack made no kolmi_*.deb"
say "built $(basename "$deb")"
[[ "$(dpkg-deb -f "$deb" Version)" == "$version-"* ]] || fail "package version $(dpkg-deb -f "$deb" Version), project $version"
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libsqlite3 libmariadb3 libsodium libhpdf libfmt libfontconfig zlib1g tzdata; do
  [[ "$depends" == *"$lib"* ]] || fail "Depends lacks $lib: $depends"
done
# Time zones come from kolmi's own TZif reader, not Hinnant's tz library.
[[ "$depends" != *libdate-tz* ]] || fail "Depends names libdate-tz, which kolmi no longer links: $depends"
[[ "$depends" != *pugixml* ]] || fail "Depends names pugixml, which only the tests use: $depends"
# XLSX is kolmi's own writer (exporters/xlsx/xlsx_workbook.hpp).
[[ "$depends" != *xlsxwriter* ]] || fail "Depends names libxlsxwriter, which kolmi no longer uses: $depends"

installed=1  # from here on the trap removes it, even after a half-done install
$SUDO dpkg -i "$deb" >"$tmp/dpkg.log" 2>&1 || { cat "$tmp/dpkg.log" >&2; fail "dpkg -i"; }
say "installed; Depends: $depends"

for f in /usr/bin/kolmi /usr/share/man/man1/kolmi.1.gz /usr/share/bash-completion/completions/kolmi \
  /usr/share/zsh/vendor-completions/_kolmi /usr/share/doc/kolmi/README.md /usr/share/doc/kolmi/LICENSE \
  /usr/share/doc/kolmi/samples/cron-monthly-exports.sh; do
  dpkg -S "$f" >/dev/null 2>&1 || fail "$f is not installed by the package"
done
[[ -x /usr/share/doc/kolmi/samples/cron-monthly-exports.sh ]] || fail "the cron sample is not executable"

# From here on only the installed files: a scratch home, no kolmi settings.
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/home/data" XDG_STATE_HOME="$tmp/home/state"
unset KOLMI_DB KOLMI_SESSION KOLMI_USER KOLMI_PASSWORD KOLMI_NOW
mkdir -p "$HOME"
cd "$tmp"

out=$(/usr/bin/kolmi --version) || fail "kolmi --version"
[[ "$out" == "kolmi $version" ]] || fail "kolmi --version says '$out', expected 'kolmi $version'"
say "$out"

page=$(man --manpath=/usr/share/man -w kolmi) || fail "man -w kolmi"
[[ "$page" == /usr/share/man/man1/kolmi.1.gz ]] || fail "man -w kolmi gives $page"
MANWIDTH=80 man --manpath=/usr/share/man -P cat kolmi 2>/dev/null | grep -q '^NAME' || fail "man kolmi does not render"
say "man page: $page"

bash -c 'source /usr/share/bash-completion/completions/kolmi && complete -p kolmi' >/dev/null ||
  fail "the bash completion does not register a completion for kolmi"
[[ "$(head -n 1 /usr/share/zsh/vendor-completions/_kolmi)" == "#compdef kolmi"* ]] ||
  fail "the zsh completion does not start with '#compdef kolmi'"

/usr/bin/kolmi --db "$tmp/demo.db" demo --calls 300 >"$tmp/logins.txt" || fail "kolmi demo"
# The demo prints its logins as "  LOGIN / PASSWORD  (...)".
password=$(awk '$1 == "demo" && $2 == "/" { print $3 }' "$tmp/logins.txt")
[[ -n "$password" ]] || fail "no demo login in: $(cat "$tmp/logins.txt")"
KOLMI_USER=demo KOLMI_PASSWORD=$password /usr/bin/kolmi --db "$tmp/demo.db" main >"$tmp/main.xml" ||
  fail "kolmi main as demo"
grep -q '<pagename>Main page</pagename>' "$tmp/main.xml" || fail "kolmi main printed no main page"
KOLMI_USER=demo KOLMI_PASSWORD=$password /usr/bin/kolmi --db "$tmp/demo.db" rates export --format pdf \
  -o "$tmp/rates.pdf" || fail "kolmi rates export --format pdf (fonts-dejavu-core installed?)"
[[ "$(head -c 5 "$tmp/rates.pdf")" == "%PDF-" ]] || fail "the PDF export wrote no PDF"
say "demo database, main page and PDF export from /usr/bin/kolmi: ok"
say "ok (the package is removed again)"
