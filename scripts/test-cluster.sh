#!/usr/bin/env bash
# The fault tests (issue 18 §3): the cluster of scripts/cluster.sh in a throw-away folder, the
# fault bench under load (a Vigie server killed, the PostgreSQL primary killed, the database
# frozen 5 s), then everything stopped, even on failure. Fails when an acknowledged write is
# lost, a background job ran twice or the follow-up journal does not verify (bench/cluster_faults.py),
# or when pgBackRest cannot archive from the new primary and back it up.
# Ports 8081-8083, 8090, 8404 and 25400-25402 must be free. About three minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
parent=$(mktemp -d /tmp/vigie-cluster.XXXXXX)
chmod 755 "$parent"  # the postgres user works inside
dir=$parent/cluster  # cluster.sh up wants a folder that does not exist yet
trap 'scripts/cluster.sh down "$dir" >/dev/null 2>&1 || true; rm -rf "$parent"' EXIT
scripts/cluster.sh up "$dir"
python3 bench/cluster_faults.py --dir "$dir"
# After the failover: the new primary archives, and a backup is taken from it.
scripts/cluster.sh backup "$dir"
