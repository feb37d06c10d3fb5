#!/usr/bin/env bash
# clang-format and clang-tidy over the project's C++ (the committed .clang-format/.clang-tidy);
# any finding fails. Needs build/compile_commands.json (make build).
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.cc' '*.h')
echo "clang-format : ${#files[@]} fichiers"
clang-format --dry-run -Werror "${files[@]}"
mapfile -t sources < <(git ls-files 'src/*.cc')
echo "clang-tidy : ${#sources[@]} fichiers"
# --extra-arg: clang does not know the GCC-only -Wno-restrict that analysis/ is compiled with.
out=$(printf '%s\n' "${sources[@]}" | xargs -P"${JOBS:-2}" -n4 clang-tidy -p build --quiet --extra-arg=-Wno-unknown-warning-option 2>/dev/null || true)
if grep -E '(warning|error):' <<<"$out"; then
  echo "clang-tidy a des remarques : voir ci-dessus." >&2
  exit 1
fi
echo "lint : propre"
