#!/usr/bin/env bash
# Vigie in production shape on one machine, loopback only (issue 18 §2; docs/operations.md says
# the same on several machines):
#   - PostgreSQL 15 primary + streaming replica, failover by pg_auto_failover (Debian:
#     pg-auto-failover-cli, postgresql-15-auto-failover): a monitor and two nodes; WAL archived
#     continuously by pgBackRest into DIR/backrest, a full backup once the demo is loaded;
#   - three stateless `vigie serve` on one database, the libpq URL naming both nodes with
#     target_session_attrs=read-write, so each server follows the primary;
#   - HAProxy (Debian) in front: health checks on /readyz, reads retried on another server when
#     one dies, writes retried only when the request never left.
#
#   scripts/cluster.sh up [DIR]        start everything (DIR: var/cluster), demo data loaded
#   scripts/cluster.sh down [DIR]      stop everything and delete DIR
#   scripts/cluster.sh status [DIR]    the nodes' states and the servers' /readyz
#   scripts/cluster.sh url [DIR]       the database URL the servers use
#   scripts/cluster.sh backup [DIR]    pgBackRest: check the archive, an incremental backup
#   scripts/cluster.sh kill-server N [DIR]   kill -9 vigie server N (1..3), then restart it
#   scripts/cluster.sh kill-primary [DIR]    kill -9 the primary's postgres; prints the seconds
#                                            until the replica took writes
#   scripts/cluster.sh cut-network S [DIR]   the primary stops answering for S seconds (its
#                                            processes frozen), as if the network were cut
# Ports: HAProxy 8090 (statistics 8404), servers 8081-8083, monitor 25400, nodes 25401-25402:
# below Linux's range of ephemeral ports (32768-60999), where an outgoing connection could hold
# one (PostgreSQL then listens on IPv6 only, and the replica cannot rejoin). `up` checks each is
# free first.
set -euo pipefail
cd "$(dirname "$0")/.."
action=${1:-status}
usage() { echo "usage : scripts/cluster.sh up|down|status|url|backup|kill-server N|kill-primary|cut-network S [DIR]" >&2; exit 2; }
if [[ $action == kill-server || $action == cut-network ]]; then
  n=${2:-}
  [[ $action == kill-server && ! $n =~ ^[123]$ ]] && { echo "kill-server : donnez le numéro du serveur, 1, 2 ou 3." >&2; exit 2; }
  [[ $action == cut-network && ! $n =~ ^[0-9]+$ ]] && { echo "cut-network : donnez la durée de la coupure en secondes." >&2; exit 2; }
  dir=${3:-var/cluster}
else
  dir=${2:-var/cluster}
fi
dir=$(realpath -m "$dir")
bin=/usr/lib/postgresql/15/bin
front=8090 stats=8404 monitor_port=25400
node_ports=(25401 25402)
server_ports=(8081 8082 8083)
as_pg=()
[[ $(id -u) -eq 0 ]] && as_pg=(runuser -u postgres --)
# pg_autoctl keeps its configuration and state under XDG folders: inside DIR, so down forgets all.
pg() { "${as_pg[@]}" env PG_CONFIG="$bin/pg_config" XDG_CONFIG_HOME="$dir/xdg" XDG_DATA_HOME="$dir/xdg" "$@"; }
url="postgresql://postgres@127.0.0.1:${node_ports[0]},127.0.0.1:${node_ports[1]}/vigie?target_session_attrs=read-write&connect_timeout=2"

install_missing() {
  local missing=()
  command -v pg_autoctl >/dev/null || missing+=(pg-auto-failover-cli postgresql-15-auto-failover)
  command -v haproxy >/dev/null || missing+=(haproxy)
  command -v pgbackrest >/dev/null || missing+=(pgbackrest)
  [[ -x $bin/postgres ]] || missing+=(postgresql-15)
  if ((${#missing[@]})); then
    echo "Installation : ${missing[*]}"
    apt-get install -y "${missing[@]}" >/dev/null || { apt-get update >/dev/null && apt-get install -y "${missing[@]}" >/dev/null; }
  fi
}

wait_for() {  # wait_for SECONDS DESCRIPTION COMMAND...
  local limit=$1 what=$2
  shift 2
  for ((i = 0; i < limit * 5; i++)); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 0.2
  done
  echo "cluster.sh : $what n'est pas venu en $limit s (journaux : $dir/*.log)" >&2
  return 1
}

node_state() {  # the monitor's view: "primary", "secondary"… of the node on port $1
  pg pg_autoctl show state --pgdata "$dir/monitor" --json 2>/dev/null |
    python3 -c "import json,sys; print(next((n['current_group_state'] for n in json.load(sys.stdin) if n['nodeport']==$1), ''))"
}

is_state() { [[ $(node_state "$1") == "$2" ]]; }

primary_port() {
  for p in "${node_ports[@]}"; do
    if is_state "$p" primary || is_state "$p" wait_primary || is_state "$p" single; then echo "$p"; return; fi
  done
}

start_node() {  # start_node NAME PORT
  pg pg_autoctl create postgres --pgdata "$dir/$1" --pgport "$2" --pgctl "$bin/pg_ctl" \
    --hostname 127.0.0.1 --auth trust --no-ssl --dbname vigie --name "$1" \
    --monitor "postgres://autoctl_node@127.0.0.1:$monitor_port/pg_auto_failover?sslmode=disable" \
    >"$dir/$1.log" 2>&1
  pg pg_autoctl config set --pgdata "$dir/$1" timeout.network_partition_timeout 8 >/dev/null
  pg setsid pg_autoctl run --pgdata "$dir/$1" >>"$dir/$1.log" 2>&1 &
}

# Continuous archiving into a pgBackRest repository inside DIR (docs/operations.md: the same with
# the repository on a machine apart). pgBackRest finds the primary among the two nodes, so
# archiving and backups go on after a failover.
write_backrest() {
  mkdir -p "$dir/backrest/repo" "$dir/backrest/log" "$dir/backrest/lock" "$dir/backrest/spool"
  cat >"$dir/pgbackrest.conf" <<EOF
[global]
repo1-path=$dir/backrest/repo
repo1-retention-full=2
log-path=$dir/backrest/log
lock-path=$dir/backrest/lock
spool-path=$dir/backrest/spool
log-level-console=warn
start-fast=y
[vigie]
pg1-path=$dir/node1
pg1-port=${node_ports[0]}
pg2-path=$dir/node2
pg2-port=${node_ports[1]}
EOF
  chown -R postgres:postgres "$dir/backrest" "$dir/pgbackrest.conf" 2>/dev/null || true
}

backrest() { "${as_pg[@]}" pgbackrest --config="$dir/pgbackrest.conf" --stanza=vigie "$@"; }

node_stopped() { ! pgrep -f "postgres -D $dir/$1" && ! pgrep -f "pg_autoctl .*--pgdata $dir/$1"; }

# archive_mode takes a restart: set on the first node while it is alone, whose keeper is stopped
# and run again; the replica, cloned from it, inherits the settings (postgresql.auto.conf, which
# pg_rewind copies back too). The nodes share one pgbackrest.conf here, so archive-push is told
# its node's folder: the archive command runs in it ($(pwd)).
archive_first_node() {
  wait_for 60 "le primaire" "$bin/pg_isready" -q -h 127.0.0.1 -p "${node_ports[0]}"
  pg psql -q -h 127.0.0.1 -p "${node_ports[0]}" -d postgres \
    -c "ALTER SYSTEM SET archive_mode = on" \
    -c "ALTER SYSTEM SET archive_command = 'pgbackrest --config=$dir/pgbackrest.conf --stanza=vigie --pg1-path=\"\$(pwd)\" archive-push %p'" >/dev/null
  pg pg_autoctl stop --pgdata "$dir/node1" >/dev/null 2>&1
  wait_for 60 "l'arrêt du primaire" node_stopped node1
  pg setsid pg_autoctl run --pgdata "$dir/node1" >>"$dir/node1.log" 2>&1 &
  wait_for 120 "le primaire" is_state "${node_ports[0]}" single
  wait_for 60 "le primaire" "$bin/pg_isready" -q -h 127.0.0.1 -p "${node_ports[0]}"
}

backup() {  # a backup from whichever node is primary (the first one full, then incremental)
  echo "pgBackRest : vérification de l'archivage, sauvegarde incrémentale depuis le primaire (port $(primary_port))…"
  backrest check
  backrest backup --type=incr  # after a failover it warns of the timeline switch: expected
  backrest info | grep -E "wal archive|full backup|incr backup" | sed 's/^ */  /'
}

start_server() {  # start_server N
  local port=${server_ports[$(($1 - 1))]}
  setsid build/vigie serve --db "$url" --port "$port" --journal-key "$dir/journal.key" \
    --upload-dir "$dir/envois-$1" >"$dir/vigie-$1.log" 2>&1 &
  echo $! >"$dir/vigie-$1.pid"
  wait_for 60 "le serveur $1" curl -sf "http://127.0.0.1:$port/readyz"
}

write_haproxy() {
  local servers="" p i=1
  for p in "${server_ports[@]}"; do
    servers+="  server s$i 127.0.0.1:$p check"$'\n'
    i=$((i + 1))
  done
  cat >"$dir/haproxy.cfg" <<EOF
global
  maxconn 4000
  pidfile $dir/haproxy.pid
  stats socket $dir/haproxy.sock mode 600 level admin

defaults
  mode http
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  timeout http-request 30s
  option httpchk GET /readyz
  http-check expect status 200
  default-server inter 1s fall 2 rise 2 on-marked-down shutdown-sessions
  retries 3
  option redispatch 1

frontend vigie
  bind 127.0.0.1:$front
  option forwardfor
  http-request set-header X-Forwarded-Proto http
  # The pieces of one SSMSI upload wait in one server's folder: one server per client.
  acl uploads path_beg /api/v1/ssmsi/uploads
  acl reading method GET HEAD
  use_backend vigie_uploads if uploads
  use_backend vigie_reads if reading
  default_backend vigie_writes

# Reads may be replayed: a server that dies mid-request, or a 503 while the database fails over,
# is retried on another server.
backend vigie_reads
  balance roundrobin
  retry-on conn-failure empty-response response-timeout 503
$servers
# Writes are retried only when the request never reached a server.
backend vigie_writes
  balance roundrobin
  retry-on conn-failure
$servers
backend vigie_uploads
  balance source
  hash-type consistent
  retry-on conn-failure
$servers
listen statistics
  bind 127.0.0.1:$stats
  stats enable
  stats uri /
EOF
}

up() {
  install_missing
  [[ -x build/vigie ]] || { echo "build/vigie manque : lancez d'abord make build." >&2; exit 2; }
  if [[ -d $dir ]]; then echo "$dir existe : scripts/cluster.sh down d'abord." >&2; exit 2; fi
  local p
  for p in "$front" "$stats" "$monitor_port" "${node_ports[@]}" "${server_ports[@]}"; do
    if (echo >"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      echo "Le port $p est déjà pris : libérez-le (ss -ltnp) avant scripts/cluster.sh up." >&2
      exit 2
    fi
  done
  mkdir -p "$dir"
  chown postgres:postgres "$dir" 2>/dev/null || true
  if ((${#as_pg[@]})) && ! "${as_pg[@]}" test -w "$dir"; then
    rm -rf "$dir"
    echo "L'utilisateur postgres ne peut pas écrire dans $dir : un dossier parent lui est fermé" \
      "(un clone dans un dossier de mktemp -d, mode 700 ?). Ouvrez-le (chmod o+x) ou donnez un" \
      "autre dossier : scripts/cluster.sh up /var/tmp/vigie-grappe" >&2
    exit 2
  fi
  echo "Moniteur pg_auto_failover (port $monitor_port)…"
  pg setsid pg_autoctl create monitor --pgdata "$dir/monitor" --pgport "$monitor_port" \
    --pgctl "$bin/pg_ctl" --hostname 127.0.0.1 --auth trust --no-ssl --run >"$dir/monitor.log" 2>&1 &
  # pg_isready first: `pg_autoctl show state` builds the folders of its settings too, and racing
  # the monitor's creation for the first one failed it ("Failed to create state directory").
  wait_for 60 "le moniteur" "$bin/pg_isready" -q -h 127.0.0.1 -p "$monitor_port"
  wait_for 60 "le moniteur" pg pg_autoctl show state --pgdata "$dir/monitor"
  # A node is declared lost after 10 s without answer and promotion waits 12 s for the lost
  # primary to have demoted itself (defaults: 20 s and 30 s); each node's keeper demotes its
  # primary after 8 s cut off from the monitor and the standby (default 20 s), so the wait
  # still covers it: never two primaries.
  pg psql -q -h 127.0.0.1 -p "$monitor_port" -d pg_auto_failover \
    -c "ALTER SYSTEM SET pgautofailover.health_check_period = 2000" \
    -c "ALTER SYSTEM SET pgautofailover.health_check_retry_delay = 1000" \
    -c "ALTER SYSTEM SET pgautofailover.node_considered_unhealthy_timeout = 10000" \
    -c "ALTER SYSTEM SET pgautofailover.primary_demote_timeout = 12000" \
    -c "SELECT pg_reload_conf()" >/dev/null
  echo "Primaire (port ${node_ports[0]})…"
  start_node node1 "${node_ports[0]}"
  wait_for 120 "le primaire" is_state "${node_ports[0]}" single
  echo "Archivage continu (pgBackRest)…"
  write_backrest
  archive_first_node
  echo "Réplique (port ${node_ports[1]})…"
  start_node node2 "${node_ports[1]}"
  wait_for 180 "la réplique" is_state "${node_ports[1]}" secondary
  echo "Données de démonstration…"
  build/vigie demo --db "$url" >"$dir/demo.log" 2>&1
  echo "Première sauvegarde complète (pgBackRest)…"
  backrest stanza-create
  backrest backup --type=full
  for n in 1 2 3; do
    echo "Serveur Vigie $n (port ${server_ports[$((n - 1))]})…"
    start_server "$n"
  done
  write_haproxy
  haproxy -D -f "$dir/haproxy.cfg"
  wait_for 30 "HAProxy" curl -sf "http://127.0.0.1:$front/readyz"
  echo ""
  echo "  Vigie en grappe : http://127.0.0.1:$front/ (statistiques HAProxy : http://127.0.0.1:$stats/)"
  echo "  Base : $url"
  echo "  Arrêt : scripts/cluster.sh down"
}

# The pg_autoctl processes of DIR (or of one node) and their children: a child's command line
# ("pg_autoctl: start/stop postgres") does not name DIR, and it outlives a parent killed -9.
keepers() { local p; for p in $(pgrep -f "pg_autoctl .*--pgdata $dir/${1:-}"); do echo "$p"; pgrep -P "$p"; done; }

down() {
  local tree
  tree=$(keepers | tr '\n' ' ')
  [[ -f $dir/haproxy.pid ]] && kill "$(cat "$dir/haproxy.pid")" 2>/dev/null || true
  for f in "$dir"/vigie-*.pid; do
    [[ -f $f ]] && kill "$(cat "$f")" 2>/dev/null || true
  done
  for node in node2 node1 monitor; do
    [[ -d $dir/$node ]] && pg pg_autoctl stop --pgdata "$dir/$node" --immediate >/dev/null 2>&1 || true
  done
  sleep 1
  kill -9 $tree 2>/dev/null || true
  pkill -f "postgres -D $dir/" 2>/dev/null || true
  # Deleting DIR while a postgres still writes there would fail: wait for them (then force).
  for ((i = 0; i < 50; i++)); do pgrep -f "postgres -D $dir/" >/dev/null || break; sleep 0.2; done
  pkill -9 -f "postgres -D $dir/" 2>/dev/null || true
  rm -rf "$dir" "/tmp/pg_autoctl$dir"  # pg_autoctl keeps its pid files there
  echo "Grappe arrêtée."
}

status() {
  pg pg_autoctl show state --pgdata "$dir/monitor"
  local i=1
  for p in "${server_ports[@]}"; do
    echo "serveur $i (port $p) : $(curl -s "http://127.0.0.1:$p/readyz" || echo injoignable)"
    i=$((i + 1))
  done
}

kill_primary() {  # the primary's machine is lost: its keeper and its postgres die at once
  local port node other start
  port=$(primary_port)
  node=$([[ $port == "${node_ports[0]}" ]] && echo node1 || echo node2)
  other=$([[ $port == "${node_ports[0]}" ]] && echo "${node_ports[1]}" || echo "${node_ports[0]}")
  start=$(date +%s.%N)
  kill -9 $(keepers "$node") 2>/dev/null || true
  kill -9 "$(head -1 "$dir/$node/postmaster.pid")" 2>/dev/null || true
  echo "Primaire (port $port) tué, avec son gardien pg_autoctl."
  wait_for 120 "la promotion de la réplique" is_state "$other" wait_primary
  python3 -c "print(f'Réplique promue en {$(date +%s.%N) - $start:.1f} s.')"
  # The lost node comes back and rejoins as the replica.
  pg setsid pg_autoctl run --pgdata "$dir/$node" >>"$dir/$node.log" 2>&1 &
  wait_for 180 "le retour de l'ancien primaire en réplique" is_state "$port" secondary
  echo "Ancien primaire revenu en réplique."
}

# The database cut off for N seconds, below the 10 s after which the monitor would fail over:
# every process of the primary's PostgreSQL is frozen (SIGSTOP), then thawed (SIGCONT).
# Connections stay open and nothing answers, as when the network drops every packet. (This
# machine's kernel has neither tc qdiscs nor netfilter; where it has, `tc qdisc … netem loss
# 100%` on the database ports is the closer cut.)
cut_network() {
  local seconds=$1 port
  port=$(primary_port)
  local node=node1
  [[ $port == "${node_ports[1]}" ]] && node=node2
  pids=$(pgrep -f "postgres -D $dir/$node" | tr '\n' ' ')
  pids+=" $(pgrep -P "$(head -1 "$dir/$node/postmaster.pid")" | tr '\n' ' ')"
  trap 'kill -CONT $pids 2>/dev/null' EXIT  # never left frozen
  kill -STOP $pids
  echo "Base primaire (port $port) injoignable pendant $seconds s (processus figés)."
  sleep "$seconds"
  kill -CONT $pids
  trap - EXIT
  echo "Base de nouveau joignable."
}

kill_server() {
  local f=$dir/vigie-$n.pid
  kill -9 "$(cat "$f")"
  echo "Serveur $n tué (kill -9) ; redémarrage…"
  start_server "$n"
}

case $action in
  up) up ;;
  down) down ;;
  status) status ;;
  url) echo "$url" ;;
  kill-primary) kill_primary ;;
  backup) backup ;;
  kill-server) kill_server ;;
  cut-network) cut_network "$n" ;;
  *) usage ;;
esac
