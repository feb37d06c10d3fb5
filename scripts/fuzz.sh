#!/usr/bin/env bash
# Fuzzes the CSV readers with libFuzzer (clang, Debian's libclang-rt-14-dev) for SECONDS
# (default 300), then merges what it found into the kept corpus, which `make test` replays.
# An input that crashes it belongs in tests/fuzz/regressions/event_csv once fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-300}
if ! dpkg -s libclang-rt-14-dev >/dev/null 2>&1; then
  sudo=""; [[ $(id -u) -eq 0 ]] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq clang libclang-rt-14-dev
fi
out=build/fuzz
mkdir -p "$out/new"
clang++ -std=c++20 -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
  -Isrc tests/fuzz/event_csv_fuzzer.cc src/analysis/event_csv.cc src/analysis/csv_fields.cc \
  src/analysis/area_csv.cc src/analysis/event.cc src/core/error.cc -o "$out/event_csv_fuzzer"
corpus=tests/fuzz/corpus/event_csv
"$out/event_csv_fuzzer" -max_total_time="$seconds" -max_len=4096 -timeout=5 \
  -dict=tests/fuzz/event_csv.dict "$out/new" "$corpus"
# Keep only what adds coverage, so the committed corpus stays small.
mkdir -p "$out/merged"
rm -f "$out/merged"/*
"$out/event_csv_fuzzer" -merge=1 "$out/merged" "$corpus" "$out/new"
rm -f "$corpus"/*
cp "$out/merged"/* "$corpus"/
echo "corpus : $(ls "$corpus" | wc -l) entrées"
