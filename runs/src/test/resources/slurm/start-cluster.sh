#!/usr/bin/env bash
# Starts a one-node Slurm cluster on localhost for lpip's integration test: its own munge key and
# socket, its own slurm.conf, state, spool and logs, all under DIR. Needs root, munged, slurmctld
# and slurmd (Debian: apt-get install slurm-wlm munge). Prints "ready" when the node is idle.
# Usage: start-cluster.sh DIR CTLD_PORT SLURMD_PORT      Stop it with stop-cluster.sh DIR.
set -euo pipefail
D=$(cd "${1:?DIR}" && pwd)
CTLD_PORT=${2:?CTLD_PORT}
SLURMD_PORT=${3:?SLURMD_PORT}
mkdir -p "$D"/state "$D"/spool "$D"/log "$D"/run
chmod 700 "$D"
HOST=$(hostname -s)
CPUS=$(nproc)
MEM=$(awk '/MemTotal/ {print int($2 / 1024 * 0.5)}' /proc/meminfo)

# munge: a fresh key and a private socket, so a system munged (if any) is left alone.
dd if=/dev/urandom of="$D/munge.key" bs=1 count=1024 status=none
chmod 600 "$D/munge.key"
munged --force --key-file="$D/munge.key" --socket="$D/munge.socket" --log-file="$D/log/munged.log" \
  --pid-file="$D/run/munged.pid" --seed-file="$D/run/munged.seed"

cat > "$D/slurm.conf" <<CONF
ClusterName=lpiptest
SlurmctldHost=$HOST(127.0.0.1)
SlurmUser=root
SlurmdUser=root
SlurmctldPort=$CTLD_PORT
SlurmdPort=$SLURMD_PORT
AuthType=auth/munge
AuthInfo=socket=$D/munge.socket
CredType=cred/munge
StateSaveLocation=$D/state
SlurmdSpoolDir=$D/spool
SlurmctldPidFile=$D/run/slurmctld.pid
SlurmdPidFile=$D/run/slurmd.pid
SlurmctldLogFile=$D/log/slurmctld.log
SlurmdLogFile=$D/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SchedulerType=sched/backfill
SchedulerParameters=sched_interval=2,bf_interval=1
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
ReturnToService=2
MpiDefault=none
SwitchType=switch/none
MinJobAge=600
NodeName=$HOST NodeAddr=127.0.0.1 CPUs=$CPUS RealMemory=$MEM State=UNKNOWN
PartitionName=debug Nodes=$HOST Default=YES MaxTime=INFINITE State=UP
CONF

export SLURM_CONF="$D/slurm.conf"
slurmctld -f "$SLURM_CONF"
slurmd -f "$SLURM_CONF"
for _ in $(seq 1 60); do
  state=$(sinfo -h -o %T 2>/dev/null || true)
  if [ "$state" = "idle" ]; then
    echo ready
    exit 0
  fi
  sleep 0.5
done
echo "the node did not become idle in 30 s (state: ${state:-none})" >&2
tail -n 20 "$D"/log/*.log >&2 || true
exit 1
