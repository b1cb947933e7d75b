#!/usr/bin/env bash
# A private MariaDB server for the tests: no network, one unix socket, all
# its files in DIR, run as the current user (root in CI: mariadbd then needs
# --user=root). Makes an empty database kolmi_test that the current user
# reaches through the socket without a password (unix_socket authentication
# for the user who ran mariadb-install-db; root in CI).
#
#   scripts/mariadb-test-server.sh start DIR   install DIR/data if new, start, wait, make kolmi_test
#   scripts/mariadb-test-server.sh stop DIR    stop it and wait until it is gone
#
# On success `start` prints the socket path (DIR/sock) on stdout.
# KOLMI_MARIADB_SERVER_ARGS adds server options (the benchmarks give InnoDB
# a production-sized buffer pool and redo log; the TLS test adds --ssl-*).
# KOLMI_MARIADB_TCP_PORT=PORT makes it listen on 127.0.0.1:PORT as well as on
# the socket (tests/integration/mariadb_tls.sh); unset, there is no network.
set -euo pipefail

usage() { echo "usage: $0 start|stop DIR" >&2; exit 2; }
[[ $# -eq 2 ]] || usage
action=$1
dir=$(mkdir -p "$2" && cd "$2" && pwd)
sock=$dir/sock
pidfile=$dir/mariadbd.pid
log=$dir/mariadbd.log

find_tool() {  # mariadb-install-db and mariadbd live in /usr/bin and /usr/sbin
  local t
  for t in "$@"; do
    command -v "$t" 2>/dev/null && return 0
    [[ -x /usr/sbin/$t ]] && { echo "/usr/sbin/$t"; return 0; }
  done
  echo "$0: none of $* found; install mariadb-server (scripts/install-deps.sh --test)" >&2
  exit 1
}

user_args=()
[[ $(id -u) -eq 0 ]] && user_args=(--user=root)

case $action in
  start)
    install_db=$(find_tool mariadb-install-db mysql_install_db)
    mariadbd=$(find_tool mariadbd mysqld)
    client=$(find_tool mariadb mysql)
    if [[ ! -d $dir/data/mysql ]]; then
      "$install_db" --no-defaults --datadir="$dir/data" --auth-root-authentication-method=socket \
        "${user_args[@]}" --skip-test-db >"$dir/install.log" 2>&1 || {
        cat "$dir/install.log" >&2
        echo "$0: mariadb-install-db failed" >&2
        exit 1
      }
    fi
    if [[ -f $pidfile ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
      echo "$0: a server already runs from $dir (pid $(cat "$pidfile"))" >&2
      exit 1
    fi
    # --no-defaults: nothing from the machine's /etc/mysql; the server's
    # socket, pid and log are in DIR, and it listens on no TCP port unless
    # asked to (then only on the loopback; accounts are matched by address).
    network_args=(--skip-networking)
    if [[ -n ${KOLMI_MARIADB_TCP_PORT:-} ]]; then
      network_args=(--bind-address=127.0.0.1 --port="$KOLMI_MARIADB_TCP_PORT" --skip-name-resolve)
    fi
    "$mariadbd" --no-defaults "${user_args[@]}" --datadir="$dir/data" --socket="$sock" --pid-file="$pidfile" \
      "${network_args[@]}" --log-error="$log" --innodb-buffer-pool-size=64M --innodb-log-file-size=16M \
      --skip-log-bin --character-set-server=utf8mb4 --collation-server=utf8mb4_nopad_bin \
      ${KOLMI_MARIADB_SERVER_ARGS:-} >/dev/null 2>&1 </dev/null &
    for _ in $(seq 1 300); do  # up to 30 s
      if "$client" --no-defaults --socket="$sock" -u "$(id -un)" -e "SELECT 1" >/dev/null 2>&1; then
        "$client" --no-defaults --socket="$sock" -u "$(id -un)" \
          -e "CREATE DATABASE IF NOT EXISTS kolmi_test" || exit 1
        echo "$sock"
        exit 0
      fi
      sleep 0.1
    done
    echo "$0: the server did not answer on $sock within 30 s; its log:" >&2
    tail -n 20 "$log" >&2 || true
    exit 1
    ;;
  stop)
    [[ -f $pidfile ]] || exit 0
    pid=$(cat "$pidfile")
    kill "$pid" 2>/dev/null || exit 0
    for _ in $(seq 1 300); do
      kill -0 "$pid" 2>/dev/null || exit 0
      sleep 0.1
    done
    echo "$0: mariadbd (pid $pid) did not stop within 30 s" >&2
    exit 1
    ;;
  *) usage ;;
esac
