#!/usr/bin/env bash
# Proves Hearth's Matter stack stays on loopback even on a host-like network: runs a command (default: the demo
# scenario) in a private namespace that has, besides lo (without the MULTICAST flag, as on a normal host), a
# "LAN" veth pair with IPv4/IPv6 addresses and default routes. Fails if a single packet reaches the LAN side.
#
#   scripts/matter-leak-check.sh [command...]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$#" -eq 0 ]; then set -- npx tsx scripts/matter-demo-scenario.ts; fi
if [ "$(id -u)" -eq 0 ]; then UNSHARE=(unshare --net); else UNSHARE=(unshare --map-root-user --net); fi

exec "${UNSHARE[@]}" -- bash -c '
  set -euo pipefail
  ip link set lo up
  ip link add lan0 type veth peer name lan1
  for i in lan0 lan1; do
    sysctl -qw net.ipv6.conf.$i.router_solicitations=0 net.ipv6.conf.$i.dad_transmits=0 || true
  done
  ip addr add 10.9.9.1/24 dev lan0
  ip addr add fd09::1/64 dev lan0 nodad
  ip link set lan0 up
  ip link set lan1 up
  ip route add default via 10.9.9.2 dev lan0
  ip -6 route add default via fd09::2 dev lan0
  sleep 3 # let the kernel finish its own link-up chatter before counting
  rx() { ip -s link show lan1 | awk "/RX:/{getline; print \$2; exit}"; }
  start=$(rx)
  status=0
  "$@" || status=$?
  end=$(rx)
  echo "LAN side received $((end - start)) packet(s) while the command ran (exit $status)."
  if [ "$end" != "$start" ]; then echo "FAIL: traffic left loopback"; exit 1; fi
  [ "$status" -eq 0 ] && echo "PASS: nothing left loopback"
  exit $status
' matter-leak-check "$@"
