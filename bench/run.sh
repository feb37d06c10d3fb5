#!/usr/bin/env bash
# make bench: each figure beside its peer, in one run, with the machine's core count.
# Near repeat: Vigie against the all-pairs count (same process) and the published timings.
# KDE and Gi*: Vigie against R spatstat/spdep on the same inputs (R installed if missing).
# The server under abuse and the import on both stores: bench/server.sh
echo
bench/ssmsi.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
data=data/incidents/chicago_burglary_2014_2017.csv
cmake --build build -j"${JOBS:-2}" --target vigie_bench >/dev/null
echo "Machine : $(nproc) cœurs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo
build/bench/vigie_bench near-repeat "$data"
echo
scripts/r-compare.sh --install-only
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
build/bench/vigie_bench hotspots "$data" "$out"
Rscript bench/r_peers.R "$data" "$out"
echo
# The observatoire's answers (API, server side) on the same burglaries loaded as incidents.
build/bench/vigie_bench observatory "$data" "$out/observatoire"
Rscript bench/r_observatory.R "$data" "$out/observatoire"
echo
printf '  %-26s %12s %12s %9s %22s\n' "Points chauds (2014)" "Vigie" "R" "rapport" "écart relatif max"
join -t $'\t' <(sort "$out/vigie_times.tsv") <(sort "$out/r_times.tsv") |
  awk -F'\t' '{ printf "  %-26s %10.4f s %10.4f s %8.1f× %22.2e\n", $1, $2, $3, $3 / $2, $4 }'
echo "  (R : spatstat $(Rscript -e 'cat(as.character(packageVersion("spatstat.explore")))'), spdep $(Rscript -e 'cat(as.character(packageVersion("spdep")))'); meilleur de 3 à 5 passages)"
echo
cmake --build build -j"${JOBS:-2}" --target vigie >/dev/null
bench/server.sh
