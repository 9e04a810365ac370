#!/usr/bin/env bash
# Every test, on a fresh machine: installs what is missing, builds for production, runs unit then browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
bash scripts/ensure-chromium.sh
npm ci --no-audit --no-fund
# The unit tests compare the drawings the build's drawing step makes (2 s); drawn first, a failing one stops before the build.
npm run draw
npx vitest run
npm run build
npx playwright test
