#!/usr/bin/env bash
# Rebuilds kgraph/export/data/graph-libraries.min.js (and its licence file) from the npm
# registry, at the versions of package-lock.json: `make view-libraries` runs it. Needs Node 18+.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
node build.mjs
