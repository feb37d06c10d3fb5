#!/usr/bin/env bash
# Starts a throw-away PostgreSQL 15 server for the tests and prints its URL.
#   scripts/pg-test-server.sh start DIR   → prints postgresql://... on stdout
#   scripts/pg-test-server.sh stop DIR     → stops it and deletes DIR
#   scripts/pg-test-server.sh halt DIR     → stops it, keeping DIR: a later start resumes it
# PostgreSQL refuses to run as root: the server runs as the 'postgres' system user, in a
# folder it owns, listening on loopback only, on a free port.
set -euo pipefail
action=$1 dir=$2
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)
as_pg=()
[[ $(id -u) -eq 0 ]] && as_pg=(runuser -u postgres --)

case $action in
  start)
    mkdir -p "$dir"
    [[ $(id -u) -eq 0 ]] && chown postgres:postgres "$dir"
    [[ -d $dir/data ]] ||
      "${as_pg[@]}" "$bin/initdb" -D "$dir/data" -U vigie --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1
    port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    "${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null
    echo "postgresql://vigie@127.0.0.1:$port/postgres"
    ;;
  stop)
    if [[ -d "$dir/data" ]]; then
      "${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  halt)
    "${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    ;;
esac
