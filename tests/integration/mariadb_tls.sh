#!/usr/bin/env bash
# Issue 14: kolmi on a MariaDB server over TCP, with and without TLS. Two
# private servers of its own (scripts/mariadb-test-server.sh with
# KOLMI_MARIADB_TCP_PORT: the loopback only), one offering TLS with a
# certificate of a CA made here, one without; a TCP user with a password,
# given by KOLMI_DB_PASSWORD or ~/.my.cnf, never on the command line.
#   - kolmi uses TLS whenever the server offers it (Connector/C 3.3 would
#     not by itself), checked with the server's own counters;
#   - ?ssl=required refuses a server without TLS before the password is sent,
#     and verifies the certificate (against ~/.my.cnf's ssl-ca or the
#     system's CAs) and the host name;
#   - a wrong password is exit 5 naming the user, host and database, never
#     the password.
source "$(dirname "$0")/lib.sh"

[[ -x /usr/sbin/mariadbd ]] || command -v mariadbd >/dev/null || missing "mariadbd is not installed"
command -v openssl >/dev/null || missing "openssl is not installed"
command -v python3 >/dev/null || missing "python3 is not installed"
client=$(command -v mariadb || command -v mysql)
server_script="$here/../../scripts/mariadb-test-server.sh"
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
stop_servers() {
  "$server_script" stop "$tmp/tls-server" >/dev/null 2>&1
  "$server_script" stop "$tmp/plain-server" >/dev/null 2>&1
}
trap 'stop_servers; [[ -n "${KOLMI_IT_KEEP:-}" ]] || rm -rf "$tmp"' EXIT

# A CA, and a server certificate it signs for 127.0.0.1; a second one for
# another name (swapped in later); a CA that signed neither.
certs=$tmp/certs
mkdir -p "$certs"
make_cert() {  # NAME SUBJECT_ALT_NAME
  openssl req -newkey rsa:2048 -nodes -subj "/CN=$1" -keyout "$certs/$1-key.pem" -out "$certs/$1.csr" \
    2>/dev/null &&
    openssl x509 -req -in "$certs/$1.csr" -CA "$certs/ca.pem" -CAkey "$certs/ca-key.pem" -CAcreateserial \
      -days 3650 -extfile <(echo "subjectAltName=$2") -out "$certs/$1.pem" 2>/dev/null
}
openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=kolmi test CA" -keyout "$certs/ca-key.pem" \
  -out "$certs/ca.pem" 2>/dev/null &&
  openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=another CA" -keyout "$certs/other-ca-key.pem" \
    -out "$certs/other-ca.pem" 2>/dev/null &&
  make_cert 127.0.0.1 IP:127.0.0.1 && make_cert db.example DNS:db.example || {
  echo "FAILED: openssl could not make the certificates"
  exit 1
}
cp "$certs/127.0.0.1.pem" "$certs/server.pem"
cp "$certs/127.0.0.1-key.pem" "$certs/server-key.pem"

tls_port=$(free_port)
plain_port=$(free_port)
tls_sock=$(KOLMI_MARIADB_TCP_PORT=$tls_port KOLMI_MARIADB_SERVER_ARGS="--ssl-ca=$certs/ca.pem \
  --ssl-cert=$certs/server.pem --ssl-key=$certs/server-key.pem" "$server_script" start "$tmp/tls-server") || {
  echo "FAILED: the TLS server did not start"
  exit 1
}
plain_sock=$(KOLMI_MARIADB_TCP_PORT=$plain_port "$server_script" start "$tmp/plain-server") || {
  echo "FAILED: the plain server did not start"
  exit 1
}
sql() {  # SOCKET ARGS...: as the server's administrator, over its socket, without TLS
  local sock=$1
  shift
  "$client" --no-defaults --skip-ssl --socket="$sock" -u "$(id -un)" -N -B "$@"
}
secret='Tcp-Secret-4417'
for sock in "$tls_sock" "$plain_sock"; do
  sql "$sock" -e "CREATE USER 'kolmi'@'127.0.0.1' IDENTIFIED BY '$secret';
    GRANT ALL ON kolmi_test.* TO 'kolmi'@'127.0.0.1'"
done
check "the TLS server offers TLS" test "$(sql "$tls_sock" -e "SELECT @@have_ssl")" = YES
check "the plain server does not" test "$(sql "$plain_sock" -e "SELECT @@have_ssl")" = DISABLED

tls_url="mariadb://kolmi@127.0.0.1:$tls_port/kolmi_test"
plain_url="mariadb://kolmi@127.0.0.1:$plain_port/kolmi_test"
counters() {  # SOCKET: connections so far, and how many of them TLS
  sql "$1" -e "SELECT SUM(IF(variable_name = 'CONNECTIONS', variable_value, 0)),
    SUM(IF(variable_name = 'SSL_FINISHED_ACCEPTS', variable_value, 0)) FROM information_schema.global_status"
}
# Runs kolmi ARGS... (stdout out.txt, stderr err.txt, status rc) and counts
# its connections to the server of SOCKET: kolmi_connections, tls_connections.
counted() {  # SOCKET ARGS...
  local sock=$1 before after
  shift
  before=$(counters "$sock")
  kolmi "$@" >out.txt 2>err.txt
  rc=$?
  after=$(counters "$sock")
  read -r c0 t0 <<<"$before"
  read -r c1 t1 <<<"$after"
  kolmi_connections=$((c1 - c0 - 1))  # the second counters() is a connection too (not TLS: --skip-ssl)
  tls_connections=$((t1 - t0))
}
no_secret() { ! grep -q "$secret" out.txt err.txt; }

# TLS when offered, without asking.
export KOLMI_DB_PASSWORD=$secret
counted "$tls_sock" --db "$tls_url" init --password-stdin <<<"correct horse"
check "init over TCP with TLS" test "$rc" -eq 0
cat err.txt
check "says what it made" grep -q "Created $tls_url with admin 'admin'" out.txt
check "init connected (counted $kolmi_connections)" test "$kolmi_connections" -ge 1
check "every connection of init was TLS ($tls_connections of $kolmi_connections)" \
  test "$tls_connections" -eq "$kolmi_connections"
counted "$tls_sock" --db "$tls_url" login -u admin --password-stdin <<<"correct horse"
check "login over TCP with TLS" test "$rc" -eq 0
counted "$tls_sock" --db "$tls_url" main
check "a page with the session" test "$rc" -eq 0 -a -s out.txt
check "over TLS ($tls_connections of $kolmi_connections)" test "$tls_connections" -eq "$kolmi_connections" -a "$kolmi_connections" -ge 1
main_page=$(cat out.txt)
KOLMI_USER=admin KOLMI_PASSWORD="correct horse" kolmi --db "$tls_url" admin currency list --output tsv >out.txt 2>err.txt
check "a page with one-shot credentials" test $? -eq 0
check "prints the currencies" grep -q "^USD" out.txt

# ?ssl=required: the certificate is verified, against ssl-ca in ~/.my.cnf or
# the system's CAs (OpenSSL's default paths: SSL_CERT_FILE here), else refused.
kolmi --db "$tls_url?ssl=required" main >out.txt 2>err.txt
check "ssl=required with a CA the system does not know is exit 5" test $? -eq 5
check "one line naming the host and database" \
  grep -q "^kolmi: error: cannot connect to database kolmi_test on host 127.0.0.1 port $tls_port: .*certificate" err.txt
check "saying where the CA comes from" grep -q "ssl-ca in ~/.my.cnf" err.txt
check "one line, nothing on stdout" test "$(wc -l <err.txt)" -eq 1 -a ! -s out.txt
check "no password shown" no_secret
printf '[kolmi]\nssl-ca=%s\n' "$certs/ca.pem" >"$HOME/.my.cnf"
counted "$tls_sock" --db "$tls_url?ssl=required" main
check "ssl=required with ssl-ca in ~/.my.cnf's [kolmi] group" test "$rc" -eq 0
check "the same page" test "$(cat out.txt)" = "$main_page"
check "over TLS ($tls_connections of $kolmi_connections)" test "$tls_connections" -eq "$kolmi_connections" -a "$kolmi_connections" -ge 1
printf '[kolmi]\nssl-ca=%s\n' "$certs/other-ca.pem" >"$HOME/.my.cnf"
kolmi --db "$tls_url?ssl=required" main >out.txt 2>err.txt
check "ssl-ca of another CA is exit 5" test $? -eq 5
rm "$HOME/.my.cnf"
SSL_CERT_FILE=$certs/ca.pem kolmi --db "$tls_url?ssl=required" main >out.txt 2>err.txt
check "ssl=required with the CA among the system's" test $? -eq 0

# ?ssl=required against a server without TLS: refused in the handshake,
# before any password is sent (the server sees no failed login).
denied() { sql "$plain_sock" -e "SELECT variable_value FROM information_schema.global_status
  WHERE variable_name = 'ACCESS_DENIED_ERRORS'"; }
kolmi --db "$plain_url" init --password-stdin <<<"correct horse" >/dev/null 2>err.txt
check "init over plain TCP (no ssl=required)" test $? -eq 0
before=$(denied)
KOLMI_DB_PASSWORD=wrong-$secret kolmi --db "$plain_url?ssl=required" main >out.txt 2>err.txt
check "ssl=required against a server without TLS is exit 5" test $? -eq 5
cat err.txt
check "one line naming the host and database" \
  grep -q "^kolmi: error: cannot connect to database kolmi_test on host 127.0.0.1 port $plain_port: .*ssl=required" err.txt
check "one line, nothing on stdout" test "$(wc -l <err.txt)" -eq 1 -a ! -s out.txt
check "no password shown" no_secret
check "no password was sent (no failed login on the server)" test "$(denied)" = "$before"
kolmi --db "$plain_url" main >out.txt 2>err.txt
check "without ssl=required the plain server is used" test $? -eq 3  # reached it: not logged in there
check "(reached: run kolmi login there)" grep -q "run kolmi login" err.txt

# A wrong password: exit 5, one line naming the user, host and database.
KOLMI_DB_PASSWORD=wrong-$secret kolmi --db "$tls_url" main >out.txt 2>err.txt
check "a wrong password is exit 5" test $? -eq 5
check "naming the user, host and database" grep -q \
  "^kolmi: error: cannot connect to database kolmi_test on host 127.0.0.1 port $tls_port: Access denied for user 'kolmi'@'127.0.0.1' (using password: YES)$" err.txt
check "one line, nothing on stdout" test "$(wc -l <err.txt)" -eq 1 -a ! -s out.txt
check "the password is not shown" bash -c '! grep -q "wrong-" err.txt'
kolmi --db "mariadb://kolmi:$secret@127.0.0.1:$tls_port/kolmi_test" main >out.txt 2>err.txt
check "a password in the URL is exit 2" test $? -eq 2
check "and not shown" no_secret

# The password from ~/.my.cnf: [client], and [kolmi] over [client].
unset KOLMI_DB_PASSWORD
printf '[client]\npassword=%s\n' "$secret" >"$HOME/.my.cnf"
chmod 600 "$HOME/.my.cnf"
counted "$tls_sock" --db "$tls_url" main
check "the password from ~/.my.cnf [client]" test "$rc" -eq 0 -a "$(cat out.txt)" = "$main_page"
check "over TLS ($tls_connections of $kolmi_connections)" test "$tls_connections" -eq "$kolmi_connections" -a "$kolmi_connections" -ge 1
printf '[client]\npassword=wrong\n[kolmi]\npassword=%s\n' "$secret" >"$HOME/.my.cnf"
kolmi --db "$tls_url" main >out.txt 2>err.txt
check "the [kolmi] group's over [client]'s" test $? -eq 0 -a "$(cat out.txt)" = "$main_page"
printf '[client]\npassword=wrong\n' >"$HOME/.my.cnf"
kolmi --db "$tls_url" main >out.txt 2>err.txt
check "a wrong one there is exit 5" test $? -eq 5 -a "$(wc -l <err.txt)" -eq 1
KOLMI_DB_PASSWORD=$secret kolmi --db "$tls_url" main >out.txt 2>err.txt
check "KOLMI_DB_PASSWORD over ~/.my.cnf's" test $? -eq 0
printf '[kolmi]\npassword=%s\nssl-ca=%s\n' "$secret" "$certs/ca.pem" >"$HOME/.my.cnf"

# A certificate for another name: ssl=required refuses it even from the
# right CA (the host name is checked); without ssl=required TLS is still used.
cp "$certs/db.example.pem" "$certs/server.pem"
cp "$certs/db.example-key.pem" "$certs/server-key.pem"
sql "$tls_sock" -e "FLUSH SSL"
kolmi --db "$tls_url?ssl=required" main >out.txt 2>err.txt
check "a certificate for another host name is exit 5 with ssl=required" test $? -eq 5
cat err.txt
counted "$tls_sock" --db "$tls_url" main
check "without ssl=required it is used (not verified)" test "$rc" -eq 0
check "over TLS ($tls_connections of $kolmi_connections)" test "$tls_connections" -eq "$kolmi_connections" -a "$kolmi_connections" -ge 1
finish
