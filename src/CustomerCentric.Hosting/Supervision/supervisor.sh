# Supervisor for one command (see SupervisedProcess.cs). It runs as `setsid bash -c 'eval "$CUSTOMERCENTRIC_SUPERVISOR"'
# customercentric-supervisor ARGS...` with this script in that variable, so it
# leads its own session and terminal signals aimed at the owner never reach it. Its stdin is a pipe from the owner:
# the line "stop <tenths>" asks for a clean stop (stop signal, that long to finish, then TERM and KILL for the rest);
# end of file means the owner is gone, even by SIGKILL, and does the same with the grace given here.
# Arguments: log file, stop signal, grace in tenths of a second, path to remove at the end ("" for none), command...
log=$1 stop_signal=$2 grace=$3 remove=$4
shift 4
unset CUSTOMERCENTRIC_SUPERVISOR # the command need not carry this script in its environment

set -m # job control on for one fork: the command leads a process group of its own
"$@" </dev/null >>"$log" 2>&1 &
main=$!
set +m
trap '' INT TERM HUP QUIT PIPE # set after the fork, so the command keeps the default handlers
echo "started $main"

# exits 0 at end of file; on "stop" it exits with the grace asked for (in tenths, capped to fit an exit status)
while read -r word tenths; do
  [ "$word" = stop ] && exit $(( tenths > 250 ? 250 : (tenths < 1 ? 1 : tenths) ))
done <&0 2>/dev/null &
reader=$!

# pid -> start time of every process that belongs to the command: its process group and all its descendants.
# Descendants matter because some servers put children in sessions of their own (PostgreSQL's backends call setsid).
declare -A tracked=()
live=0
scan() {
  local f line pid
  local -A ppid_of=() pgrp_of=() state_of=() start_of=()
  for f in /proc/[0-9]*/stat; do
    { read -r line <"$f"; } 2>/dev/null || continue
    pid=${f#/proc/}
    pid=${pid%/stat}
    set -- ${line##*) }
    state_of[$pid]=$1 ppid_of[$pid]=$2 pgrp_of[$pid]=$3 start_of[$pid]=${20}
  done
  local changed=1
  while [ $changed = 1 ]; do
    changed=0
    for pid in "${!ppid_of[@]}"; do
      [ -n "${tracked[$pid]}" ] && continue
      if [ "$pid" = "$main" ] || [ "${pgrp_of[$pid]}" = "$main" ] || [ -n "${tracked[${ppid_of[$pid]}]}" ]; then
        tracked[$pid]=${start_of[$pid]}
        changed=1
      fi
    done
  done
  live=0
  for pid in "${!tracked[@]}"; do
    # a pid counts while the same process (same start time) runs; zombies only wait to be reaped
    if [ "${start_of[$pid]}" = "${tracked[$pid]}" ] && [ "${state_of[$pid]}" != Z ]; then
      live=$((live + 1))
    else
      unset "tracked[$pid]"
    fi
  done
}
signal_all() {
  local pid
  for pid in "${!tracked[@]}"; do kill -s "$1" "$pid" 2>/dev/null; done
  kill -s "$1" -- "-$main" 2>/dev/null
}
wait_until_gone() { # $1: tenths of a second at most
  local i=0
  scan
  while [ $live -gt 0 ] && [ $i -lt "$1" ]; do
    sleep 0.1
    i=$((i + 1))
    scan
  done
}
end_all() { # $1: tenths of a second the command has to stop after its stop signal
  local grace=$1
  scan
  if [ -n "${tracked[$main]}" ]; then
    kill -s "$stop_signal" "$main" 2>/dev/null
    local i=0
    while [ -n "${tracked[$main]}" ] && [ $i -lt "$grace" ]; do
      sleep 0.1
      i=$((i + 1))
      scan
    done
  fi
  signal_all TERM
  wait_until_gone 10
  if [ $live -gt 0 ]; then
    signal_all KILL
    wait_until_gone 50
  fi
}

wait -n -p ended "$main" "$reader"
status=$?
if [ "$ended" = "$main" ]; then
  echo "exited $status"
  end_all 0 # whatever the command left behind
  wait "$reader"
else
  [ "$status" -gt 0 ] && grace=$status
  end_all "$grace"
  wait "$main"
  status=$?
  echo "exited $status"
fi
while read -r _; do :; done # the owner closes the pipe once it has read what it needs
[ -n "$remove" ] && rm -rf -- "$remove"
exit $status
