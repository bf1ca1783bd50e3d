#!/usr/bin/env bash
# Hugo comparison benchmark: the same catalogue built by ocopgen and by Hugo.
#
#   tools/hugocompare/compare.sh [N]        (default N = 10000)
#
# Generates an N-product catalogue (one story per ten products) with
# tools/gencatalog, converts it into an equivalent Hugo site with
# tools/hugocompare (same product pages, same four groupings as taxonomies,
# same page size, comparable layouts), then times each generator building
# into an empty destination, three runs each, alternating:
#
#   ocopgen build -s CAT -d OUT --date 2026-11-23
#   hugo --source HUGOSITE --destination OUT --quiet
#
# and prints the median wall time of each, the files each produced and the
# ratio. Hugo is $HUGO if set, else /tmp/hugo/hugo if present, else
# Hugo v0.160.0 installed into a temporary GOBIN (the project never depends
# on Hugo). Destinations are under $DEST_ROOT (default /dev/shm, a tmpfs, so
# that the disk does not hide the generators' own cost, as in
# tools/bench/bench.sh). Every temporary folder is removed at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."

n=${1:-10000}
if [[ ! $n =~ ^[1-9][0-9]*$ ]] || [ $# -gt 1 ]; then
  echo "usage: tools/hugocompare/compare.sh [N]" >&2
  exit 2
fi

dest_root=${DEST_ROOT:-/dev/shm}
if [ ! -d "$dest_root" ] || [ ! -w "$dest_root" ]; then
  dest_root=${TMPDIR:-/tmp}
fi
work=$(mktemp -d)
outs=$(mktemp -d -p "$dest_root" hugocompare.XXXXXX)
gobin=
cleanup() { rm -rf "$work" "$outs" ${gobin:+"$gobin"}; }
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ ! -x /usr/bin/time ]; then
  apt-get install -y -qq time >/dev/null
fi

if [ -n "${HUGO:-}" ]; then
  hugo=$HUGO
elif [ -x /tmp/hugo/hugo ]; then
  hugo=/tmp/hugo/hugo
else
  gobin=$(mktemp -d)
  echo "installing Hugo v0.160.0 into $gobin …" >&2
  GOBIN=$gobin go install github.com/gohugoio/hugo@v0.160.0
  hugo=$gobin/hugo
fi
# Hugo's file cache stays in the work folder, removed at the end.
export HUGO_CACHEDIR=$work/hugo_cache

cat=$work/catalogue
site=$work/hugosite
go build -o "$work/ocopgen" ./cmd/ocopgen
go run ./tools/gencatalog -n "$n" -stories $((n / 10)) -o "$cat" 2>"$work/gencatalog.log" ||
  { cat "$work/gencatalog.log" >&2; exit 1; }
go run ./tools/hugocompare -s "$cat" -o "$site" 2>"$work/hugocompare.log" ||
  { cat "$work/hugocompare.log" >&2; exit 1; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(go version | cut -d' ' -f3), $("$hugo" version | cut -d' ' -f1-2)"
echo "catalogue: $n products, $((n / 10)) stories; destination: $dest_root"

# run NAME OUT CMD…: one build into an empty OUT, timed; prints the run and
# appends its wall time to $work/NAME.walls, its CPU time (user + sys) to
# $work/NAME.cpus.
run() {
  local name=$1 out=$2
  shift 2
  rm -rf "$out"
  if ! /usr/bin/time -o "$work/time" -f "%e s wall, %U s user, %S s sys, %M KiB peak" "$@" >"$work/$name.log" 2>&1; then
    echo "$name failed:" >&2
    tail -n 30 "$work/$name.log" >&2
    exit 1
  fi
  local t
  t=$(tail -n 1 "$work/time")
  printf '%-8s run %d: %s, %d files\n' "$name" "$i" "$t" "$(find "$out" -type f | wc -l)"
  echo "${t%% *}" >>"$work/$name.walls"
  awk '{ printf "%.2f\n", $4 + $7 }' <<<"$t" >>"$work/$name.cpus"
}

for i in 1 2 3; do
  run ocopgen "$outs/ocopgen" "$work/ocopgen" build -s "$cat" -d "$outs/ocopgen" --date 2026-11-23
  run hugo "$outs/hugo" "$hugo" --source "$site" --destination "$outs/hugo" --quiet
done

median() { sort -n "$work/$1" | sed -n 2p; }
o_wall=$(median ocopgen.walls)
h_wall=$(median hugo.walls)
o_cpu=$(median ocopgen.cpus)
h_cpu=$(median hugo.cpus)
o_files=$(find "$outs/ocopgen" -type f | wc -l)
h_files=$(find "$outs/hugo" -type f | wc -l)
echo
printf '%-14s %12s %12s %8s\n' generator "median wall" "median cpu" files
printf '%-14s %10s s %10s s %8d\n' ocopgen "$o_wall" "$o_cpu" "$o_files"
printf '%-14s %10s s %10s s %8d\n' hugo "$h_wall" "$h_cpu" "$h_files"
awk -v hw="$h_wall" -v ow="$o_wall" -v hc="$h_cpu" -v oc="$o_cpu" \
  'BEGIN { printf "%-14s %11.2f× %11.2f×\n", "hugo / ocopgen", hw / ow, hc / oc }'
echo "(cpu = user + sys; wall is what a user waits for, cpu is steadier when the machine is busy)"
