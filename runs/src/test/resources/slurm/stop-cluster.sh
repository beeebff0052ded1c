#!/usr/bin/env bash
# Stops what start-cluster.sh DIR started: cancels its jobs, then stops slurmd, slurmctld and munged.
set -uo pipefail
D=${1:?DIR}
export SLURM_CONF="$D/slurm.conf"
scancel --full --quiet --user="$(id -un)" 2>/dev/null
for daemon in slurmd slurmctld munged; do
  pidfile="$D/run/$daemon.pid"
  if [ -f "$pidfile" ]; then
    pid=$(cat "$pidfile")
    kill "$pid" 2>/dev/null
    for _ in $(seq 1 20); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.25
    done
    kill -9 "$pid" 2>/dev/null
  fi
done
exit 0
