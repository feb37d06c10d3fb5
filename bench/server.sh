#!/usr/bin/env bash
# The served application under abuse (issue 12 §5, §6), called by bench/run.sh:
# - a 2,000-fiche strategy (GENERATED from Manosque's real fiches, 30 milestones each) imported
#   by the CLI into SQLite and into PostgreSQL;
# - /healthz latencies of `vigie serve` on PostgreSQL idle, during a flood of wrong logins from
#   many addresses, and during the same import through the API; beside the same server with its
#   handlers on the event loops (--workers 0, Vigie before issue 12) and beside Python's
#   http.server answering a static file (a named peer that does nothing else);
# - the answer time of unknown, wrong, disabled and locked logins.
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/.."
vigie=build/vigie
bench=build/bench/vigie_bench
work=$(mktemp -d)
pgdir=$(mktemp -d)  # its own folder: PostgreSQL runs as another user
server=""
cleanup() {
  [[ -n $server ]] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  scripts/pg-test-server.sh stop "$pgdir" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
pg=$(scripts/pg-test-server.sh start "$pgdir" | tail -1)
password='Bench-Vigie-mesures-2026!'
"$bench" make-strategy data/seeds/003-manosque.json 2000 30 >"$work/doc.json"

# Prints the new territory's id; an administrateur "admin" and a disabled "ancien".
setup() {
  local db=$1 t
  "$vigie" migrate --db "$db" >/dev/null 2>&1
  "$vigie" territory load-official --db "$db" 2>/dev/null
  t=$("$vigie" territory add --db "$db" "Manosque" --commune 04112)
  echo "$password" | "$vigie" user add --db "$db" admin --name Admin --role "administrateur@$t" >/dev/null
  echo "$password" | "$vigie" user add --db "$db" ancien --name Ancien --role "partenaire@$t" >/dev/null
  "$vigie" user disable --db "$db" ancien >/dev/null
  echo "$t"
}

seconds() { local t0; t0=$(date +%s.%N); "$@" >/dev/null; awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { print b - a }'; }

echo "Import d'une stratégie de 2 000 fiches-actions et 60 000 jalons (document généré), par la CLI :"
t_sqlite=$(setup "$work/import.sqlite")
s_sqlite=$(seconds "$vigie" strategy import --db "$work/import.sqlite" --territory "$t_sqlite" "$work/doc.json")
t_pg=$(setup "$pg")
s_pg=$(seconds "$vigie" strategy import --db "$pg" --territory "$t_pg" "$work/doc.json")
printf '  %-12s %8.2f s\n  %-12s %8.2f s   (%.1f× SQLite ; PostgreSQL 15 jetable, fsync=off)\n' \
  SQLite "$s_sqlite" PostgreSQL "$s_pg" "$(awk -v a="$s_pg" -v b="$s_sqlite" 'BEGIN { print a / b }')"
echo "  (avant le groupage des insertions, relevé par l'issue 12 : SQLite 2,4 s, PostgreSQL 44 s)"
echo

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

serve() {  # serve <workers>: vigie serve on PostgreSQL behind a "proxy" on loopback
  port=$(free_port)
  "$vigie" serve --db "$pg" --port "$port" --workers "$1" --behind-tls-proxy \
    --journal-key "$work/journal.key" >/dev/null 2>"$work/serve.log" &
  server=$!
  for _ in $(seq 100); do
    curl -sf "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && return
    sleep 0.1
  done
  cat "$work/serve.log" >&2
  exit 1
}
stop_serving() { kill "$server"; wait "$server" 2>/dev/null || true; server=""; }

row() {  # row <label> <p50 p99 max n note>
  IFS=$'\t' read -r p50 p99 max n note
  printf '  %-66s %7.2f %7.2f %7.2f %6s  %s\n' "$1" "$p50" "$p99" "$max" "$n" "$note"
}

echo "/healthz pendant l'abus (ms ; $(nproc) cœurs ; cible : p99 < 10 ms)"
printf '  %-66s %7s %7s %7s %6s\n' "" p50 p99 max n
for workers in 8 0; do
  label=$([[ $workers == 0 ]] && echo "traitement sur les boucles d'E/S (avant)" || echo "Vigie, $workers fils de traitement")
  serve "$workers"
  "$bench" healthz "$port" idle | row "$label — au repos"
  "$bench" healthz "$port" flood | row "$label — 16 clients de faux mots de passe"
  "$bench" healthz "$port" import admin "$password" "$t_pg" "$work/doc.json" |
    row "$label — import de 2 000 fiches"
  if [[ $workers == 8 ]]; then
    echo
    echo "Temps de réponse d'une connexion refusée (ms, 40 essais chacun ; même statut attendu)"
    printf '  %-22s %7s %8s %8s\n' "" statut médiane p90
    "$bench" login-timing "$port" admin "$password" ancien |
      while IFS=$'\t' read -r what status p50 p90; do
        printf '  %-22s %7s %8s %8s\n' "$what" "$status" "$p50" "$p90"
      done
    echo
  fi
  stop_serving
done

# The named peer: Python's ThreadingHTTPServer answering the same body, keep-alive.
port=$(free_port)
python3 - "$port" <<'PY' &
import http.server, sys
class Healthz(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go in two writes
    def do_GET(self):
        body = b'{"status":"ok"}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass
http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Healthz).serve_forever()
PY
server=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
"$bench" healthz "$port" idle | row "Python $(python3 -V | cut -d' ' -f2) ThreadingHTTPServer — au repos"
