#!/usr/bin/env bash
# Compares `vigie analyse` with R (spatstat, spdep, stats) live. Installs R from Debian when
# asked (--install, or --install-only for the benchmark); run by ctest, it skips (exit 77)
# when R is not there, the committed fixtures in tests/fixtures/r covering that case.
set -euo pipefail
cd "$(dirname "$0")/.."
have_r() { command -v Rscript >/dev/null && Rscript -e 'library(spatstat); library(spdep); library(jsonlite)' >/dev/null 2>&1; }
if [[ "${1:-}" == --install || "${1:-}" == --install-only ]] && ! have_r; then
  sudo=""; [[ $(id -u) -eq 0 ]] || sudo=sudo
  echo "Installation de R (spatstat, spdep) depuis Debian…"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    r-base-core r-cran-spatstat r-cran-spdep r-cran-jsonlite >/dev/null
fi
[[ "${1:-}" == --install-only ]] && exit 0
if ! have_r; then
  echo "R (spatstat, spdep) absent : comparaison en direct sautée (scripts/r-compare.sh --install)."
  exit 77
fi
vigie=${VIGIE_BINARY:-build/vigie}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
Rscript scripts/r/compare.R "$vigie" data/incidents/chicago_burglary_2014_2017.csv "$tmp"
