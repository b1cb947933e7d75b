#!/usr/bin/env bash
# Issue 10, defect 13: a database that cannot be written (a file the user
# may only read, a read-only mount, a full disk) still serves pages and
# exports; a command that must write says why it cannot, and nothing is
# left beside the database (no 3-byte -shm).
source "$(dirname "$0")/lib.sh"
make_demo 500
export KOLMI_USER=demo KOLMI_PASSWORD=demo
set_setting Login_Failure_Delay_Ms 0
KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi main >expected-main.xml
KOLMI_USER=demo KOLMI_PASSWORD=demo kolmi calls --from 2026-11-01 --till 2026-11-28 >expected-calls.xml
ran=0

# 1. A folder and file the user may only read (another user's database).
if [[ $(id -u) -eq 0 ]] && command -v setpriv >/dev/null; then
  mkdir ro && cp "$KOLMI_DB" ro/kolmi.db && chmod 0644 ro/kolmi.db && chmod 0755 ro "$tmp"
  as_nobody() { setpriv --reuid=65534 --regid=65534 --clear-groups env HOME=/nonexistent KOLMI_DB="$tmp/ro/kolmi.db" "$kolmi_bin" "$@"; }
  as_nobody main >main.xml 2>err.txt
  check "a page of a database the user may only read works" test $? -eq 0
  check "and is the same page" cmp -s main.xml expected-main.xml
  as_nobody calls --from 2026-11-01 --till 2026-11-28 >calls.xml
  check "the calls page too" cmp -s calls.xml expected-calls.xml
  as_nobody phonebook add --number 37060000001 --name Ona >out.txt 2>err.txt
  check "a write to it is exit 5" test $? -eq 5
  check "naming the database as read-only and which commands need to write" \
    grep -q "ro/kolmi.db: database is read-only (pages and exports can still read it; login, logout, actions, imports and admin changes need to write)" err.txt
  check "nothing was left beside it" test "$(ls ro)" = kolmi.db
  ran=1
else
  echo "SKIPPED (part): not root, so no other user to read as"
fi

if ! unshare -m true 2>/dev/null; then
  ((ran)) || skip "neither setpriv as root nor mount namespaces are available"
  echo "SKIPPED (part): mount namespaces are not permitted here"
  finish
  exit
fi

# 2. A read-only mount.
mkdir mnt-ro && cp "$KOLMI_DB" mnt-ro/kolmi.db
unshare -m bash -c '
  mount --bind mnt-ro mnt-ro && mount -o remount,ro,bind mnt-ro || exit 77
  KOLMI_DB=mnt-ro/kolmi.db "$0" main >ro-main.xml 2>ro-err.txt; echo $? >ro-main.rc
  KOLMI_DB=mnt-ro/kolmi.db "$0" phonebook add --number 37060000001 --name Ona >/dev/null 2>ro-write.txt; echo $? >ro-write.rc
' "$kolmi_bin"
if [[ -f ro-main.rc ]]; then
  check "a page from a read-only mount works" test "$(cat ro-main.rc)" -eq 0
  check "and is the same page" cmp -s ro-main.xml expected-main.xml
  check "a write there is exit 5" test "$(cat ro-write.rc)" -eq 5
  check "saying read-only" grep -q "database is read-only" ro-write.txt
else
  echo "SKIPPED (part): a read-only bind mount is not permitted here"
fi

# 3. A full disk: a small tmpfs filled to the last byte.
mkdir full
unshare -m bash -c '
  mount -t tmpfs -o size=1M tmpfs full || exit 77
  cp "$1" full/kolmi.db && dd if=/dev/zero of=full/fill bs=4k 2>/dev/null
  KOLMI_DB=full/kolmi.db "$0" main >full-main.xml 2>full-err.txt; echo $? >full-main.rc
  KOLMI_DB=full/kolmi.db "$0" phonebook add --number 37060000001 --name Ona >/dev/null 2>full-write.txt; echo $? >full-write.rc
  ls -A full >full-ls.txt
' "$kolmi_bin" "$KOLMI_DB"
if [[ -f full-main.rc ]]; then
  check "a page on a full disk works" test "$(cat full-main.rc)" -eq 0
  check "and is the same page" cmp -s full-main.xml expected-main.xml
  check "a write on a full disk is exit 5" test "$(cat full-write.rc)" -eq 5
  check "saying the disk is full" grep -q "kolmi.db: disk is full" full-write.txt
  check "no -shm or -wal was left" test "$(tr '\n' ' ' <full-ls.txt)" = "fill kolmi.db "
else
  echo "SKIPPED (part): a tmpfs mount is not permitted here"
fi
finish
