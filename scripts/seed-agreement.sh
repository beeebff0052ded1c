#!/usr/bin/env bash
# Statistical agreement of two builds whose random draws differ (a change to how draws are keyed
# must move results only within sampling noise, not shift them).
#
#   scripts/seed-agreement.sh run    LPIP_JAR OUT_DIR [REPLICATES]
#   scripts/seed-agreement.sh compare BEFORE_DIR AFTER_DIR
#
# "run" runs every bundled scenario for 36 months at a small scale on 2 threads with R replicates
# (default 8; seeds derived from seed 20260) and writes OUT_DIR/horizon.csv: one
# "scenario,replicate,metric,value" line per region metric at the last recorded month, from the
# scenario's own arm (the intervention arm when it has interventions, else the baseline).
# "compare" prints, for every scenario and metric, the mean over replicates before and after, the
# standard error of their difference, sqrt(sd_before^2/n + sd_after^2/n), and whether
# |after - before| < 3 SE. Metrics: employment, unemployment and inactivity rates, median monthly
# wage, firm count.
set -euo pipefail
metrics="employment_rate unemployment_rate inactivity_rate median_monthly_wage firms"
scale_for() {
  case $1 in
    demo) echo 1 ;;
    rural-wales*|forth-valley*) echo 0.02 ;;
    northern-ireland*) echo 0.004 ;;
    yorkshire-humber*) echo 0.0015 ;;
    *) echo 0.01 ;;
  esac
}
case ${1:-} in
  run)
    if [ $# -lt 3 ] || [ $# -gt 4 ]; then
      echo "usage: $0 run LPIP_JAR OUT_DIR [REPLICATES]" >&2
      exit 2
    fi
    jar=$2
    root=$3
    reps=${4:-8}
    rm -rf "$root"
    mkdir -p "$root"
    echo "scenario,replicate,metric,value" >"$root/horizon.csv"
    for s in $(java -jar "$jar" scenarios | awk '{print $1}'); do
      if ! java -jar "$jar" run "$s" --months 36 --scale "$(scale_for "$s")" --seed 20260 --threads 2 \
          --replicates "$reps" --no-report --no-charts --out "$root/$s" >"$root/$s.log" 2>&1; then
        echo "$s failed: see $root/$s.log" >&2
        exit 1
      fi
      ts=$(find "$root/$s" -name timeseries.csv | head -n 1)
      awk -F, -v s="$s" -v metrics="$metrics" '
        BEGIN { n = split(metrics, m, " "); for (i = 1; i <= n; i++) want[m[i]] = 1 }
        NR == 1 { next }
        $5 ~ /^region:/ && ($6 in want) {
          if ($2 == "intervention") hasIntervention = 1
          if ($4 + 0 > last) last = $4 + 0
          key = $2 SUBSEP $3 SUBSEP $4 SUBSEP $6
          value[key] = $7
          reps[$3] = 1
        }
        END {
          arm = hasIntervention ? "intervention" : "baseline"
          for (r in reps) for (i = 1; i <= n; i++) {
            key = arm SUBSEP r SUBSEP last SUBSEP m[i]
            if (key in value) print s "," r "," m[i] "," value[key]
          }
        }' "$ts" | sort -t, -k2,2n -k3,3 >>"$root/horizon.csv"
      rm -f "$ts"
    done
    echo "$(($(wc -l <"$root/horizon.csv") - 1)) values in $root/horizon.csv"
    ;;
  compare)
    if [ $# -ne 3 ]; then
      echo "usage: $0 compare BEFORE_DIR AFTER_DIR" >&2
      exit 2
    fi
    awk -F, '
      FNR == 1 { side++; next }
      {
        k = $1 SUBSEP $3
        if (!(k in seen)) { seen[k] = 1; order[++keys] = k }
        n[side, k]++; s[side, k] += $4; ss[side, k] += $4 * $4
      }
      END {
        printf "| scenario | metric | mean before | mean after | SE of difference | within 3 SE |\n"
        printf "|---|---|---|---|---|---|\n"
        bad = 0
        for (i = 1; i <= keys; i++) {
          k = order[i]
          split(k, part, SUBSEP)
          for (d = 1; d <= 2; d++) {
            mean[d] = s[d, k] / n[d, k]
            var[d] = n[d, k] > 1 ? (ss[d, k] - n[d, k] * mean[d] ^ 2) / (n[d, k] - 1) : 0
            if (var[d] < 0) var[d] = 0
          }
          se = sqrt(var[1] / n[1, k] + var[2] / n[2, k])
          diff = mean[2] - mean[1]; if (diff < 0) diff = -diff
          ok = diff <= 3 * se
          if (se > 0 && diff / se > worst) worst = diff / se
          if (!ok) bad++
          printf "| %s | %s | %.6g | %.6g | %.3g | %s |\n", part[1], part[2], mean[1], mean[2], se, ok ? "yes" : "NO"
        }
        printf "\n%d of %d outside 3 SE; largest |difference| / SE: %.2f\n", bad, keys, worst
      }' "$2/horizon.csv" "$3/horizon.csv"
    ;;
  *)
    echo "usage: $0 run LPIP_JAR OUT_DIR [REPLICATES] | $0 compare BEFORE_DIR AFTER_DIR" >&2
    exit 2
    ;;
esac
