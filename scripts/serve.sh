#!/usr/bin/env bash
# Starts the dashboard on a fresh machine: installs packages, builds for production, serves on $PORT (3000).
# Serving beyond this machine (HOST other than localhost) needs SITE_URL, the public origin that pages,
# previews and images name; it is fixed into the build.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
HOST="${HOST:-localhost}"
PORT="${PORT:-3000}"
case "$HOST" in
  localhost|127.0.0.1|::1) export SITE_URL="${SITE_URL:-http://localhost:$PORT}" ;;
  *) if [ -z "${SITE_URL:-}" ]; then echo "Set SITE_URL to the site's public origin (e.g. SITE_URL=https://example.org) to serve on $HOST." >&2; exit 1; fi ;;
esac
# Next calls loopback "localhost" inside its proxy: started as 127.0.0.1 or ::1 it takes the proxy's
# rewrites for another site's, and every chart page redirects to itself (vercel/next.js#94745).
case "$HOST" in 127.0.0.1|::1|'[::1]') HOST=localhost ;; esac
npm ci --no-audit --no-fund
npm run build
exec npx next start -H "$HOST" -p "$PORT"
