#!/usr/bin/env bash
# Runs a command inside a private network namespace that has ONLY the loopback interface,
# so Matter's mDNS / UDP multicast can never leave this machine.
#
#   scripts/netns-run.sh <command> [args...]
#   e.g. scripts/netns-run.sh npx vitest run src/protocols/matter
#
# Inside the namespace: lo is up with multicast on, and IPv4 (224.0.0.0/4) and IPv6 (ff00::/8)
# multicast are routed to lo. HEARTH_NETNS=loopback is exported so tools can tell where they run
# (the Matter integration test additionally checks /proc/net/dev itself).
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: $0 <command> [args...]" >&2
  exit 2
fi

if [ "${HEARTH_NETNS:-}" = "loopback" ] && [ "$(awk -F: 'NR>2 {gsub(/ /,"",$1); print $1}' /proc/net/dev)" = "lo" ]; then
  # Already inside a loopback-only namespace (nested call): just run the command.
  exec "$@"
fi

if ! command -v ip >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "netns-run: installing iproute2 (needed for 'ip')" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq iproute2 >&2
  else
    echo "netns-run: the 'ip' command is missing; install iproute2 (apt-get install iproute2)." >&2
    exit 1
  fi
fi
if ! command -v unshare >/dev/null 2>&1; then
  echo "netns-run: the 'unshare' command is missing; install util-linux." >&2
  exit 1
fi

# As root a plain network namespace; otherwise a user namespace maps us to root inside it.
# A private mount namespace too: an 8 MB tmpfs there (HEARTH_TINY_FS) lets the full-disk test fill a real file system.
if [ "$(id -u)" -eq 0 ]; then UNSHARE=(unshare --net --mount); else UNSHARE=(unshare --map-root-user --net --mount); fi

exec "${UNSHARE[@]}" -- bash -c '
  set -euo pipefail
  ip link set lo up
  ip link set lo multicast on
  ip route add 224.0.0.0/4 dev lo
  ip -6 route add ff00::/8 dev lo 2>/dev/null || true
  ifaces=$(awk -F: '\''NR>2 {gsub(/ /,"",$1); print $1}'\'' /proc/net/dev)
  if [ "$ifaces" != "lo" ]; then
    echo "netns-run: refusing to run, namespace has interfaces other than lo: $ifaces" >&2
    exit 1
  fi
  export HEARTH_NETNS=loopback
  tiny=$(mktemp -d "${TMPDIR:-/tmp}/hearth-tinyfs.XXXXXX")
  if mount -t tmpfs -o size=8m tmpfs "$tiny" 2>/dev/null; then export HEARTH_TINY_FS="$tiny"; else rmdir "$tiny"; fi
  exec "$@"
' netns-run "$@"
