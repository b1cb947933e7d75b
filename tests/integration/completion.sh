#!/usr/bin/env bash
# `kolmi completion bash` sourced into bash: the candidates a TAB offers,
# read from COMPREPLY after calling the completion function as bash does
# (COMP_WORDS, COMP_CWORD). With zsh installed, the zsh script is checked
# with `zsh -n` too. No database is needed.
source "$(dirname "$0")/lib.sh" "$1"

script="$tmp/kolmi.bash"
kolmi completion bash >"$script"
check "kolmi completion bash exits 0" test $? -eq 0
check "kolmi completion bash prints a script" test -s "$script"
check "it needs no database" test ! -e "$KOLMI_DB"
# shellcheck disable=SC1090
source "$script"

# The candidates for the words given, the last being the word under the
# cursor, one line, sorted.
candidates() {
  COMP_WORDS=(kolmi "$@")
  COMP_CWORD=$#
  COMP_LINE="kolmi $*"
  COMPREPLY=()
  _kolmi
  printf '%s\n' "${COMPREPLY[@]}" | sort | paste -sd' '
}
offers() {  # EXPECTED WORDS...: the candidates are exactly EXPECTED
  local expected=$1 got
  shift
  got=$(candidates "$@")
  if [[ $got == "$expected" ]]; then return 0; fi
  echo "  kolmi $* <TAB>: expected '$expected', got '$got'"
  return 1
}

check "complete -F _kolmi is registered" bash -c "source '$script'; complete -p kolmi | grep -q _kolmi"
check "kolmi ca<TAB>" offers "callback calls" ca
check "kolmi calls --st<TAB>" offers "--status" calls --st
check "kolmi calls --status <TAB>" offers "all answered busy failed no_answer" calls --status ""
check "kolmi calls --status a<TAB>" offers "all answered" calls --status a
check "kolmi calls --from 2026-11-01 --status <TAB> (after a value)" \
  offers "all answered busy failed no_answer" calls --from 2026-11-01 --status ""
check "kolmi ad<TAB>" offers "admin" ad
check "kolmi admin <TAB>" offers "callbacks calls config copy currency device explain import invoices log monitor payment provider rate report rerate tariff user" admin ""
check "kolmi admin import <TAB>" offers "cdr destinations rates" admin import ""
check "kolmi admin tariff <TAB>" offers "diff list show" admin tariff ""
check "kolmi --lang <TAB> (global option)" offers "en ru" --lang ""
check "kolmi calls --lang <TAB> (global option after the command)" offers "en ru" calls --lang ""
check "kolmi calls export --format <TAB>" offers "csv pdf xlsx" calls export --format ""
check "kolmi calls export --fo<TAB>" offers "--font --format" calls export --fo
check "kolmi calls --d<TAB> (own and global options)" offers "--db --device --direction" calls --d
check "kolmi completion <TAB>" offers "bash zsh" completion ""
check "kolmi help cal<TAB>" offers "callback calls" help cal
check "kolmi help admin im<TAB>" offers "import" help admin im
check "kolmi --db x.db cal<TAB> (a global option's value is skipped)" offers "callback calls" --db x.db cal

mkdir -p "$tmp/files" && touch "$tmp/files/cdr-nov.csv" "$tmp/files/cdr-dec.csv"
cd "$tmp/files" || exit 1
check "kolmi calls export -o cdr<TAB> (file names)" offers "cdr-dec.csv cdr-nov.csv" calls export -o cdr
check "kolmi admin import cdr cdr-n<TAB> (file names)" offers "cdr-nov.csv" admin import cdr cdr-n
check "kolmi --db cdr-d<TAB> (file names)" offers "cdr-dec.csv" --db cdr-d
check "kolmi calls --from <TAB> offers nothing" offers "" calls --from ""
cd "$tmp" || exit 1

if command -v zsh >/dev/null; then
  kolmi completion zsh >"$tmp/_kolmi"
  check "zsh -n accepts the zsh script" zsh -n "$tmp/_kolmi"
  # The completion function run with zsh's builtins stubbed: compadd prints
  # what it is offered (zsh itself then keeps those matching the word).
  zsh_offers() {  # EXPECTED WORDS...
    local expected=$1 got
    shift
    got=$(zsh -c 'compdef() { :; }; source "$1"; shift
      compadd() { [[ $1 == -- ]] && shift; print -rl -- "$@"; }; _files() { print -r -- @files; }; compset() { :; }
      words=(kolmi "$@"); CURRENT=$#words; _kolmi' zsh "$tmp/_kolmi" "$@" | grep -v '^$' | sort | paste -sd' ')
    if [[ $got == "$expected" ]]; then return 0; fi
    echo "  zsh: kolmi $* <TAB>: expected '$expected', got '$got'"
    return 1
  }
  check "zsh: kolmi calls --status <TAB>" zsh_offers "all answered busy failed no_answer" calls --status ""
  check "zsh: kolmi admin <TAB>" zsh_offers "callbacks calls config copy currency device explain import invoices log monitor payment provider rate report rerate tariff user" admin ""
  check "zsh: kolmi calls export -o <TAB> (file names)" zsh_offers "@files" calls export -o ""
  check "zsh: kolmi --lang=<TAB>" zsh_offers "en ru" --lang=
else
  echo "note: zsh is not installed; the zsh script is not checked"
fi
finish
