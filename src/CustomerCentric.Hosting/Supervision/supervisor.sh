# Supervisor for one command (see SupervisedProcess.cs). It runs as `setsid bash -c 'eval "$CUSTOMERCENTRIC_SUPERVISOR"'
# customercentric-supervisor ARGS...` with this script in that variable, so it
# leads its own session and terminal signals aimed at the owner never reach it. Its stdin is a pipe from the owner:
# the line "stop" asks for a clean stop (stop signal, stop grace to finish, then TERM and KILL for all that is left);
# end of file means the owner is gone, even by SIGKILL, and does the same with the shorter owner-lost grace.
# "exited <status>" on stdout reports the command's end; the supervisor itself ends when the owner closes the pipe.
# Arguments: log file, stop signal, stop grace and owner-lost grace in tenths of a second, path to remove at the end
# ("" for none), command...
log=$1 stop_signal=$2 stop_grace=$3 lost_grace=$4 remove=$5
shift 5
unset CUSTOMERCENTRIC_SUPERVISOR # the command need not carry this script in its environment

set -m # job control on for one fork: the command leads a process group of its own
# env resets INT and QUIT: an owner started as a background job ignores them, and a shell cannot un-ignore what it inherits.
env --default-signal=INT,QUIT "$@" </dev/null >>"$log" 2>&1 &
main=$!
set +m
trap '' INT TERM HUP QUIT PIPE # set after the fork, so the command keeps the default handlers
echo "started $main"

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
now() { now=${EPOCHREALTIME//[!0-9]/}; } # microseconds; deadlines use the clock, not loop counts (slow under load)
wait_until_gone() { # $1: tenths of a second at most
  local deadline
  now
  deadline=$((now + $1 * 100000))
  scan
  while [ $live -gt 0 ] && now && [ $now -lt $deadline ]; do
    sleep 0.1
    scan
  done
}
end_all() { # $1: tenths of a second the command has to stop after its stop signal
  local deadline
  scan
  if [ -n "${tracked[$main]}" ]; then
    kill -s "$stop_signal" "$main" 2>/dev/null
    now
    deadline=$((now + $1 * 100000))
    while [ -n "${tracked[$main]}" ] && now && [ $now -lt $deadline ]; do
      sleep 0.1
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

# Wait for the first of: the command ends, "stop", end of file. A short read timeout polls the command, because a
# background child's end interrupts neither read nor a trap-free wait.
event=
line=
while [ -z "$event" ]; do
  if read -r -t 0.05 word; then
    [ "$line$word" = stop ] && event=stop
    line=
  elif [ $? -le 128 ]; then
    event=lost # end of file: the owner closed the pipe or died
  else
    line=$line$word # a timeout keeps what it read of a line: the rest follows
    kill -0 "$main" 2>/dev/null || event=exited
  fi
done

if [ "$event" = exited ]; then
  wait "$main"
  status=$?
  echo "exited $status"
  end_all 0 # whatever the command left behind
else
  if [ "$event" = stop ]; then end_all "$stop_grace"; else end_all "$lost_grace"; fi
  wait "$main"
  status=$?
  echo "exited $status"
fi
[ "$event" = lost ] || while read -r _; do :; done # the owner closes the pipe once it has read what it needs
[ -n "$remove" ] && rm -rf -- "$remove"
exit $status
