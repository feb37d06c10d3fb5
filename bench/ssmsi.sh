#!/usr/bin/env bash
# The SSMSI import (issue 13 §4), called by bench/run.sh: a GENERATED communal base of the real
# size (≈ 35,000 communes × 15 indicators × 10 years = 5.2 M lines, the exact 2025+ format,
# .csv.gz) imported by `vigie ssmsi import` into SQLite and into PostgreSQL, each beside its
# store's own bulk loader reading the same lines into a bare table (no key, no types, no checks):
# sqlite3's .import and psql's \copy. Wall time and peak memory (resident set) of each process.
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/.."
vigie=build/vigie
work=$(mktemp -d)
pgdir=$(mktemp -d)  # its own folder: PostgreSQL runs as another user
cleanup() {
  scripts/pg-test-server.sh stop "$pgdir" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
pg=$(scripts/pg-test-server.sh start "$pgdir" | tail -1)

"$vigie" territory load-official --db "$work/ref.db" 2>/dev/null
base="$work/donnee-data.gouv-2025-geographie2025-produit-le2026-02-12-GENERE.csv.gz"
"$vigie" ssmsi generate --db "$work/ref.db" -o "$base" >/dev/null
zcat "$base" >"$work/plain.csv"  # the peers read plain text
lines=$(($(wc -l <"$work/plain.csv") - 1))
columns='CODGEO_2025 text, annee text, indicateur text, unite_de_compte text, nombre text, taux_pour_mille text, est_diffuse text, insee_pop text, insee_pop_millesime text, insee_log text, insee_log_millesime text, complement_info_nombre text, complement_info_taux text'

# Prints "seconds peak-MB" of a command (GNU time: elapsed, maximum resident set in KB).
measure() {
  /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  awk '{ printf "%5.1f s %7.0f Mo", $1, $2 / 1024 }' "$work/time"
}

cp "$work/ref.db" "$work/vigie.db"  # the official communes: the similar communes need them
cp "$work/ref.db" "$work/empty.db"
vigie_sqlite=$(measure "$vigie" ssmsi import -q --db "$work/vigie.db" "$base")
peer_sqlite=$(measure sqlite3 "$work/bare.db" -cmd "CREATE TABLE figures ($columns)" \
  -cmd ".mode csv" -cmd ".separator ;" ".import --skip 1 $work/plain.csv figures")
"$vigie" migrate --db "$pg" >/dev/null 2>&1
vigie_pg=$(measure "$vigie" ssmsi import -q --db "$pg" "$base")
psql -q "$pg" -c "CREATE TABLE bare_figures ($columns)" >/dev/null
peer_pg=$(measure psql -q "$pg" -c "\\copy bare_figures FROM '$work/plain.csv' WITH (FORMAT csv, DELIMITER ';', HEADER true)")

grouped() { sed ':a;s/\B[0-9]\{3\}\>/ &/;ta' <<<"$1"; }
echo "Import de la base communale SSMSI GÉNÉRÉE : $(grouped "$lines") lignes, $(du -m "$base" | cut -f1) Mo en .csv.gz ($(du -m "$work/plain.csv" | cut -f1) Mo décompressés), $(nproc) cœurs"
echo "     durée  mémoire max"
echo "  $vigie_sqlite  vigie ssmsi import → SQLite (lit le .csv.gz ; clé, types, contrôles)"
echo "  $peer_sqlite  sqlite3 .import → table nue (le même texte décompressé)"
echo "  $vigie_pg  vigie ssmsi import → PostgreSQL (COPY ; mêmes contrôles)"
echo "  $peer_pg  psql \\copy → table nue (le même texte décompressé)"
echo "  (cibles : ≤ 10 s dans SQLite ; mémoire < 300 Mo, soit une lecture en flux)"
echo

# GET of Manosque's diagnostic (15 indicators × 10 years, its département, région, France and
# the similar communes) served from SQLite: the national base loaded, then an empty base.
"$vigie" ssmsi import -q --db "$work/vigie.db" data/ssmsi/delinquance-departements-2016-2025.json >/dev/null
password='Bench-Vigie-mesures-2026!'
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
get_diagnostic() {  # get_diagnostic <db>: "p50 p99 max n" in ms
  local db=$1 t port server
  t=$("$vigie" territory add --db "$db" "Manosque" --commune 04112)
  echo "$password" | "$vigie" user add --db "$db" admin --name Admin --role "administrateur@$t" >/dev/null
  port=$(free_port)
  "$vigie" serve --db "$db" --port "$port" --journal-key "$work/journal.key" >/dev/null 2>"$work/serve.log" &
  server=$!
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
  build/bench/vigie_bench get "$port" admin "$password" "/api/v1/territories/$t/diagnostic" 500
  kill "$server"; wait "$server" 2>/dev/null || true
}
echo "GET du diagnostic de Manosque sur SQLite (ms ; 500 requêtes à la suite ; cible : p99 < 20 ms)"
printf '  %-52s %7s %7s %7s %5s\n' "" p50 p99 max n
get_diagnostic "$work/vigie.db" | { IFS=$'\t' read -r p50 p99 max n _; printf '  %-52s %7.2f %7.2f %7.2f %5s\n' "base nationale chargée (5,2 M lignes communales)" "$p50" "$p99" "$max" "$n"; }
get_diagnostic "$work/empty.db" | { IFS=$'\t' read -r p50 p99 max n _; printf '  %-52s %7.2f %7.2f %7.2f %5s\n' "base vide (aucune statistique importée)" "$p50" "$p99" "$max" "$n"; }
