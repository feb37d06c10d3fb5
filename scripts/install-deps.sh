#!/usr/bin/env bash
# Installs what Vigie needs to build and test on Debian 12, and only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(g++ cmake make pkg-config git
  libboost1.81-dev libboost-json1.81-dev libboost-url1.81-dev
  libboost-filesystem1.81-dev  # Boost.Process runs pandoc and LibreOffice for the documents
  libsqlite3-dev libpq-dev libsodium-dev libssl-dev libcli11-dev libgtest-dev
  libhpdf-dev  # the summons letters (PDF)
  libpasswdqc-dev  # password strength (Openwall passwdqc)
  libcsv-dev zlib1g-dev  # the CSV layer: RFC 4180 reading, .csv.gz files
  libxlsxwriter-dev  # spreadsheet exports (XLSX)
  pandoc  # documents: the bilan's HTML to ODT with its table of contents
  libreoffice-writer-nogui python3-uno  # documents: contents' page numbers, footers, DOCX and PDF
  libproj-dev proj-data  # the observatoire: WGS84 ↔ Lambert-93 (PROJ and its EPSG database)
  libgeos-dev  # the observatoire: commune contours as windows, masks, clipped fishnets (GEOS)
  libcurl4-gnutls-dev  # libcurl's SMTP client: convocations and minutes by e-mail
  hunspell-fr-classical  # Dicollecte's French dictionary: its first names (po:prn) for the minutes check
  clang-format clang-tidy postgresql chromium nodejs npm
  pgbackrest  # PostgreSQL's continuous archiving and point-in-time recovery (the restore test)
  python3-icalendar  # an independent iCalendar parser for the calendar tests
  python3-openpyxl python3-docx odt2txt  # independent XLSX, DOCX and ODT readers for the tests
  python3-aiosmtpd   # a real SMTP server on the loopback for the e-mail tests
  fonts-dejavu-core  # DejaVu Sans, embedded in the letters (every name as typed)
  poppler-utils      # pdftotext: an independent PDF reader for the letter tests
  sqlite3 time)      # the bulk-load peer and peak memory in bench/ssmsi.sh

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# node and npm may come from elsewhere than Debian: a working binary is enough.
if command -v node >/dev/null && command -v npm >/dev/null; then
  filtered=()
  for p in "${missing[@]}"; do [[ "$p" == nodejs || "$p" == npm ]] || filtered+=("$p"); done
  missing=("${filtered[@]+"${filtered[@]}"}")
fi
if ((${#missing[@]})); then
  echo "Installation des paquets Debian manquants : ${missing[*]}"
  sudo_cmd=""
  [[ $(id -u) -eq 0 ]] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# npm ci only when the lock file changed since the last install.
stamp=node_modules/.vigie-lock-stamp
if [[ ! -f $stamp ]] || ! cmp -s package-lock.json "$stamp"; then
  echo "Installation des paquets npm (npm ci)…"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json "$stamp"
fi
