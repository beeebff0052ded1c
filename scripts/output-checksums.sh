#!/usr/bin/env bash
# Runs every bundled scenario briefly (24 months, small scale, 2 threads, fixed seed, no report or
# charts) with the given CLI jar and writes the SHA-256 of every CSV it produced to
# OUT/checksums.txt, one "hash  scenario/file" line each. Run it with the jar built before and
# after a change that must not change results, then diff the two checksums.txt files.
#
#   scripts/output-checksums.sh runs/target/lpip.jar /tmp/before
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 LPIP_JAR OUT_DIR" >&2
  exit 2
fi
jar=$1
root=$2
rm -rf "$root"
mkdir -p "$root"
scale_for() {
  case $1 in
    demo) echo 1 ;;
    rural-wales*|forth-valley*) echo 0.02 ;;
    northern-ireland*) echo 0.004 ;;
    yorkshire-humber*) echo 0.0015 ;;
    *) echo 0.01 ;;
  esac
}
for s in $(java -jar "$jar" scenarios | awk '{print $1}'); do
  if ! java -jar "$jar" run "$s" --months 24 --scale "$(scale_for "$s")" --seed 20260 --threads 2 \
      --no-report --no-charts --out "$root/$s" >"$root/$s.log" 2>&1; then
    echo "$s failed: see $root/$s.log" >&2
    exit 1
  fi
done
(cd "$root" && find . -name '*.csv' | sort | while read -r f; do
  echo "$(sha256sum "$f" | cut -d' ' -f1)  $(echo "$f" | sed -E 's#^\./([^/]+)/[^/]+/#\1/#')"
done) >"$root/checksums.txt"
echo "$(wc -l <"$root/checksums.txt") files in $root/checksums.txt"
