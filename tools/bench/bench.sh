#!/usr/bin/env bash
# Whole-process timings of ocopgen builds at national scale.
#
#   tools/bench/bench.sh [DEST_ROOT]
#
# Generates catalogues of 1,000, 10,000 and 20,000 products (one story per
# ten products) with tools/gencatalog, then builds each three times into an
# empty destination under DEST_ROOT (default: /dev/shm, a tmpfs, so that
# the disk does not hide the generator's own cost; pass a folder on disk to
# measure that too), then once more over the previous build (an unchanged
# rebuild, which finds nothing changed and writes nothing), and once after
# editing one product. Prints wall time, CPU time and peak memory of each run
# (GNU time), and the median wall time per size.
set -euo pipefail
cd "$(dirname "$0")/../.."
dest_root=${1:-/dev/shm}
work=$(mktemp -d)
trap 'rm -rf "$work" "$dest_root"/ocopgen-bench-*' EXIT

if [ ! -x /usr/bin/time ]; then
  apt-get install -y -qq time >/dev/null
fi
go build -o "$work/ocopgen" ./cmd/ocopgen
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(go version | cut -d' ' -f3)"
echo "destination: $dest_root"
printf '%-8s %-10s %8s %8s %8s %10s\n' size run wall user sys peak
for n in 1000 10000 20000; do
  cat="$work/cat$n"
  go run ./tools/gencatalog -n "$n" -stories $((n / 10)) -o "$cat" 2>/dev/null
  out="$dest_root/ocopgen-bench-$n"
  walls=()
  for run in 1 2 3; do
    rm -rf "$out"
    line=$(/usr/bin/time -f '%e %U %S %M' "$work/ocopgen" build -s "$cat" -d "$out" --date 2026-11-23 2>&1 >/dev/null | tail -1)
    read -r wall user sys peak <<<"$line"
    walls+=("$wall")
    printf '%-8s %-10s %7ss %7ss %7ss %7d MiB\n' "$n" "empty $run" "$wall" "$user" "$sys" $((peak / 1024))
  done
  line=$(/usr/bin/time -f '%e %U %S %M' "$work/ocopgen" build -s "$cat" -d "$out" --date 2026-11-23 2>&1 >/dev/null | tail -1)
  read -r wall user sys peak <<<"$line"
  printf '%-8s %-10s %7ss %7ss %7ss %7d MiB\n' "$n" "unchanged" "$wall" "$user" "$sys" $((peak / 1024))
  # One product's summary edited: everything is built again, and the files
  # whose bytes did not change are hard-linked from the previous build.
  first=$(find "$cat/content/products" -name '*.toml' | sort | awk 'NR == 1')
  sed -i '0,/^summary = "/s//summary = "Sửa. /' "$first"
  line=$(/usr/bin/time -f '%e %U %S %M' "$work/ocopgen" build -s "$cat" -d "$out" --date 2026-11-23 2>&1 >/dev/null | tail -1)
  read -r wall user sys peak <<<"$line"
  printf '%-8s %-10s %7ss %7ss %7ss %7d MiB\n' "$n" "one edit" "$wall" "$user" "$sys" $((peak / 1024))
  median=$(printf '%s\n' "${walls[@]}" | sort -n | sed -n 2p)
  echo "$n products: median $median s into an empty destination; $(find "$out" -type f | wc -l) files"
  rm -rf "$out" "$cat"
done
