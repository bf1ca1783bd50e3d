#!/usr/bin/env bash
# Compare the build speed of two commits, alternating their builds, as on a
# shared machine whose speed drifts from minute to minute only alternating
# runs compare code.
#
#   tools/bench/ab.sh OLD NEW [RUNS] [N]
#
# Builds ocopgen at the commits (or any revisions) OLD and NEW, generates a
# catalogue of N products (default 10000, one story per ten products) with
# tools/gencatalog, then builds it RUNS times with each (default 10), in
# pairs, OLD first in odd pairs and NEW first in even ones, into an empty
# destination under DEST_ROOT (default /dev/shm, a tmpfs), with the build
# record deleted before each run so that every build is a full one. Prints
# the median and best wall time, CPU time (user + sys) and peak memory of
# each (GNU time).
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ $# -lt 2 ]; then
  echo "usage: tools/bench/ab.sh OLD NEW [RUNS] [N]" >&2
  exit 2
fi
old=$1 new=$2 runs=${3:-10} n=${4:-10000}
dest_root=${DEST_ROOT:-/dev/shm}
work=$(mktemp -d)
out="$dest_root/ocopgen-ab-$$"
build_pid=
cleanup() {
  # A build still running (the script was killed) would write $out after
  # it is removed: stop it, and everything it started, first.
  if [ -n "$build_pid" ]; then
    kill -TERM -- "-$build_pid" 2>/dev/null || true
    wait "$build_pid" 2>/dev/null || true
  fi
  git worktree remove --force "$work/tree" >/dev/null 2>&1 || true
  rm -rf "$work" "$out"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [ ! -x /usr/bin/time ]; then
  apt-get install -y -qq time >/dev/null
fi
for side in old new; do
  rev=${!side}
  git worktree add -q --detach "$work/tree" "$rev"
  (cd "$work/tree" && go build -o "$work/$side" ./cmd/ocopgen)
  git worktree remove --force "$work/tree"
  echo "$side: $(git rev-parse --short "$rev") $(git log -1 --format=%s "$rev" | cut -c1-70)"
done
cat="$work/cat"
go run ./tools/gencatalog -n "$n" -stories $((n / 10)) -o "$cat" 2>/dev/null
echo "machine: $(nproc) cores, $(go version | cut -d' ' -f3); $n products, $((n / 10)) stories; destination: $dest_root"

for run in $(seq "$runs"); do
  order="old new"
  if [ $((run % 2)) -eq 0 ]; then
    order="new old"
  fi
  for side in $order; do
    rm -rf "$out" "$cat/.ocopgen-cache"
    # In a process group of its own, so that cleanup can stop all of it.
    setsid /usr/bin/time -o "$work/run" -f '%e %U %S %M' "$work/$side" build -s "$cat" -d "$out" --date 2026-11-23 >/dev/null 2>&1 &
    build_pid=$!
    wait "$build_pid"
    build_pid=
    echo "$side $(tail -1 "$work/run")" >>"$work/times"
  done
done

printf '%-5s %18s %18s %18s\n' "" "wall median (best)" "cpu median (best)" "peak median (max)"
for side in old new; do
  awk -v side="$side" '$1 == side { print $2, $3 + $4, $5 / 1024 }' "$work/times" |
    sort -n -k1,1 | awk -v side="$side" '
      { wall[NR] = $1; cpu[NR] = $2; peak[NR] = $3 }
      function median(a, n,   i, j, t, b) {
        for (i = 1; i <= n; i++) b[i] = a[i]
        for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (b[j] < b[i]) { t = b[i]; b[i] = b[j]; b[j] = t }
        return n % 2 ? b[(n + 1) / 2] : (b[n / 2] + b[n / 2 + 1]) / 2
      }
      function least(a, n,   i, m) { m = a[1]; for (i = 2; i <= n; i++) if (a[i] < m) m = a[i]; return m }
      function most(a, n,   i, m) { m = a[1]; for (i = 2; i <= n; i++) if (a[i] > m) m = a[i]; return m }
      END {
        printf "%-5s %10.2f s (%.2f) %10.2f s (%.2f) %8.0f MiB (%.0f)\n", side,
          median(wall, NR), least(wall, NR), median(cpu, NR), least(cpu, NR), median(peak, NR), most(peak, NR)
      }'
done
