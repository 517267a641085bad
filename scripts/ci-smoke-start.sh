#!/usr/bin/env bash
# Smoke start for CI: exactly `npm start`, as a newcomer types it, inside a loopback-only network namespace.
# Passes when it prints the hub address within 3 minutes, that address serves the app, and Ctrl-C stops it
# cleanly. Prints what `npm start` printed either way.
set -euo pipefail
cd "$(dirname "$0")/.."

exec scripts/netns-run.sh bash -c '
  set -uo pipefail
  log=$(mktemp)
  setsid npm start >"$log" 2>&1 &
  pid=$!
  url=""
  for _ in $(seq 1 180); do
    url=$(grep -o "Hearth is running at http://127\.0\.0\.1:[0-9]*/[^ ]*" "$log" | head -1 | sed "s/^Hearth is running at //") || true
    [ -n "$url" ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  status=0
  if [ -z "$url" ]; then
    echo "smoke: npm start did not print the hub address" >&2
    status=1
  else
    code=$(curl -s -o /dev/null -w "%{http_code}" "$url" || echo 000)
    echo "smoke: GET $url -> $code"
    [ "$code" = 200 ] || status=1
  fi
  kill -INT -- "-$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  if kill -0 "$pid" 2>/dev/null; then
    echo "smoke: npm start did not stop within 30 s of Ctrl-C" >&2
    kill -KILL -- "-$pid" 2>/dev/null || true
    status=1
  fi
  echo "---- npm start printed:"
  cat "$log"
  rm -f "$log"
  exit $status
'
