#!/usr/bin/env bash
# Starts the dashboard on a fresh machine: installs packages, builds for production, serves on $PORT (3000).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
npm ci --no-audit --no-fund
npx next build
exec npx tsx scripts/server.ts -p "${PORT:-3000}"
