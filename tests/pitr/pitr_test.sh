#!/usr/bin/env bash
# Point-in-time recovery of PostgreSQL with pgBackRest (issue 18 §2), as docs/operations.md tells
# the operator: WAL archived continuously, a full backup, then writes, a named restore point,
# a mistake (every fiche-action deleted); the archive restored to the point into a fresh
# instance holds every table exactly as it stood at the point, the mistake undone.
#   tests/pitr/pitr_test.sh VIGIE_BINARY     (as root or as the postgres user; ctest runs it)
set -euo pipefail
vigie=$(realpath "$1")
cd "$(dirname "$0")/../.."
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)
as_pg=()
[[ $(id -u) -eq 0 ]] && as_pg=(runuser -u postgres --)
dir=$(mktemp -d /tmp/vigie-pitr.XXXXXX)
chown postgres:postgres "$dir" 2>/dev/null || true
conf=$dir/pgbackrest.conf
stop_all() {
  for d in data restored; do
    [[ -d $dir/$d ]] && "${as_pg[@]}" "$bin/pg_ctl" -D "$dir/$d" -m immediate -w stop >/dev/null 2>&1 || true
  done
  rm -rf "$dir"
}
trap stop_all EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
backrest() { "${as_pg[@]}" pgbackrest --config="$conf" --stanza=vigie "$@"; }
psql_at() { "${as_pg[@]}" "$bin/psql" -X -q -At -h 127.0.0.1 -p "$1" -U vigie -d vigie -c "$2"; }
# Every table's rows, sorted: equal text means equal tables. Sequences are left out: PostgreSQL
# logs them 32 values ahead, so after a recovery they may have jumped (ids stay unique).
dump() { "${as_pg[@]}" "$bin/pg_dump" --data-only -h 127.0.0.1 -p "$1" -U vigie vigie | grep -v '^--\|^SET \|^SELECT pg_catalog.set\|^.restrict \|^.unrestrict ' | sort; }

port=$(free_port)
cat >"$conf" <<CONF
[global]
repo1-path=$dir/repo
repo1-retention-full=2
log-path=$dir/log
lock-path=$dir/lock
spool-path=$dir/spool
log-level-console=warn
start-fast=y
[vigie]
pg1-path=$dir/data
pg1-port=$port
pg1-socket-path=$dir
pg1-user=vigie
CONF
mkdir -p "$dir/log" "$dir/lock" "$dir/spool" "$dir/repo"
chown -R postgres:postgres "$dir" 2>/dev/null || true
"${as_pg[@]}" "$bin/initdb" -D "$dir/data" -U vigie --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
cat >>"$dir/data/postgresql.conf" <<PGCONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
wal_level = replica
archive_mode = on
archive_command = 'pgbackrest --config=$conf --stanza=vigie archive-push %p'
PGCONF
"${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null
"${as_pg[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U vigie vigie
url="postgresql://vigie@127.0.0.1:$port/vigie"
backrest stanza-create
backrest check

# Before the backup: a territory and its strategy.
"$vigie" migrate --db "$url" >/dev/null 2>&1
"$vigie" territory load-official --db "$url" >/dev/null 2>&1
t=$("$vigie" territory add --db "$url" Manosque --commune 04112)
"$vigie" strategy import --db "$url" --territory "$t" data/seeds/003-manosque.json >/dev/null
backrest backup --type=full
# After the backup, archived only as WAL: another territory and strategy.
t2=$("$vigie" territory add --db "$url" "Le Mans" --commune 72181)
"$vigie" strategy import --db "$url" --territory "$t2" data/seeds/004-le-mans.json >/dev/null
dump "$port" >"$dir/at-point.sql"
psql_at "$port" "SELECT pg_create_restore_point('avant-erreur')" >/dev/null
# The mistake.
psql_at "$port" "DELETE FROM action_changes; DELETE FROM actions" >/dev/null
psql_at "$port" "SELECT pg_switch_wal()" >/dev/null
backrest check  # waits until the WAL holding the mistake is archived
"${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null

# Restore into a fresh instance, at the named point.
backrest --pg1-path="$dir/restored" --type=name --target=avant-erreur --target-action=promote restore
port2=$(free_port)
"${as_pg[@]}" "$bin/pg_ctl" -D "$dir/restored" -l "$dir/restored.log" -w -t 120 \
  -o "-c port=$port2 -c archive_mode=off" start >/dev/null
for _ in $(seq 120); do
  [[ $(psql_at "$port2" "SELECT pg_is_in_recovery()" 2>/dev/null) == f ]] && break
  sleep 0.5
done
dump "$port2" >"$dir/restored.sql"
actions=$(psql_at "$port2" "SELECT COUNT(*) FROM actions")
strategies=$(psql_at "$port2" "SELECT COUNT(*) FROM strategies")
if ! diff -q "$dir/at-point.sql" "$dir/restored.sql" >/dev/null; then
  echo "ÉCHEC : la base restaurée diffère de la base au point de restauration :" >&2
  diff "$dir/at-point.sql" "$dir/restored.sql" | head -20 >&2
  exit 1
fi
if ((actions == 0 || strategies != 2)); then
  echo "ÉCHEC : $strategies stratégies et $actions fiches-actions restaurées (2 et plus attendues)." >&2
  exit 1
fi
echo "Restauration au point « avant-erreur » : $(wc -l <"$dir/at-point.sql") lignes de données identiques ; $strategies stratégies, $actions fiches-actions (l'erreur est défaite)."
