#!/usr/bin/env bash
# Compare linkchart's force layout with d3-force, in one run on the same machine.
#
# What it measures, per case (a graph and a tick count):
#   * wall-clock time of the WHOLE process (read JSON, lay out, write JSON) for
#     `linkchart layout` and for the d3-force peer, both run for the same ticks;
#   * each tool's own ms-per-tick figure (its tick loop only), and CPU seconds;
#   * layout quality of both outputs with the kit's layout_quality.py: stress
#     (lower is better), hop_corr (near 1 is better) and non-finite positions.
# Then it checks the bar:
#   1. linkchart is >= 10x faster (whole process) than d3-force at 10,000 and
#      100,000 nodes;
#   2. its stress is no worse than d3-force's on the scale-free graphs;
#   3. on the 100 x 100 grid after 300 ticks its stress is at most 0.5;
#   4. no NaN or infinite position.
# Each check prints PASS or FAIL (criteria whose bar case was not run are shown
# on the cases that were, as "info", and not counted). Not meeting the bar does
# not change the exit status; a tool that fails (or a missing binary / kit)
# exits non-zero.
#
# Usage:
#   benches/layout_vs_d3.sh [CASE...]
#   QUICK=1 benches/layout_vs_d3.sh          # smoke test: ba 1000 and grid 30
# CASE is N (a scale-free graph of N nodes), ba:N[:TICKS] or grid:W[:TICKS]
# (a W x W grid). Default ticks: 300, or 50 above 10,000 nodes.
# Default cases: ba:10000:300 ba:100000:50 grid:100:300 (the 100,000-node case
# takes several minutes, mostly in d3-force).
#
# Environment:
#   LINKCHART_BIN      linkchart binary (default: target/release/linkchart;
#                      build it first with `cargo build --release`)
#   LINKCHART_BENCH_KIT  the benchmark kit (default: ../shared/bench next to the repo)
#   LINKCHART_ARGS     extra flags for `linkchart layout`, e.g. "--theta 0.9 --seed 1"
#   D3_PEER_DIR        where the d3-force peer is installed
#                      (default: ${TMPDIR:-/tmp}/linkchart-d3peer; npm install runs
#                      there once; node_modules never goes into the repo)
#   OUT                JSON lines with the raw numbers
#                      (default: /tmp/linkchart-layout-bench.jsonl, overwritten)
#   KEEP=1             keep the temporary graphs and positions (path is printed)
#   QUICK=1            run the quick subset when no CASE is given
#
# Scale-free graphs are gen_graph.py --m 2 --seed 42. Absolute times drift with
# machine load; only the ratio measured in one run means anything.
set -euo pipefail

die() { echo "layout_vs_d3: $*" >&2; exit 1; }

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
kit=${LINKCHART_BENCH_KIT:-$repo/../shared/bench}
bin=${LINKCHART_BIN:-$repo/target/release/linkchart}
peer=${D3_PEER_DIR:-${TMPDIR:-/tmp}/linkchart-d3peer}
out=${OUT:-/tmp/linkchart-layout-bench.jsonl}
read -r -a lc_args <<<"${LINKCHART_ARGS:-}"

[ -f "$kit/gen_graph.py" ] && [ -f "$kit/layout_quality.py" ] && [ -f "$kit/d3/layout.mjs" ] ||
  die "benchmark kit not found at $kit (set LINKCHART_BENCH_KIT)"
kit=$(cd "$kit" && pwd)
[ -x "$bin" ] || die "no linkchart binary at $bin: run \`cargo build --release\` first (or set LINKCHART_BIN)"
for tool in node npm python3; do
  command -v "$tool" >/dev/null || die "$tool is not installed"
done
case "$peer" in "$repo" | "$repo"/*) die "D3_PEER_DIR must be outside the repo ($peer)" ;; esac

# --- cases -------------------------------------------------------------------
if [ $# -gt 0 ]; then
  cases=("$@")
elif [ "${QUICK:-0}" != 0 ]; then
  cases=(ba:1000:300 grid:30:300)
else
  cases=(ba:10000:300 ba:100000:50 grid:100:300)
fi

# --- the d3-force peer, installed once outside the repo -------------------------
mkdir -p "$peer"
cp -f "$kit/d3/layout.mjs" "$kit/d3/package.json" "$peer/"
chmod u+w "$peer" "$peer/layout.mjs" "$peer/package.json" # the kit's files are read-only
if [ ! -d "$peer/node_modules/d3-force" ]; then
  echo "installing d3-force in $peer ..." >&2
  (cd "$peer" && npm install --no-audit --no-fund --loglevel=error >&2) || die "npm install failed in $peer"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/linkchart-bench.XXXXXX")
if [ "${KEEP:-0}" != 0 ]; then
  echo "keeping files in $work" >&2
else
  trap 'rm -rf "$work"' EXIT
fi
: >"$out"

now() { date +%s.%N; }

# run NAME LOG CMD...: runs CMD with stderr to LOG, /usr/bin/time-style figures to
# LOG.time; sets $wall (seconds, from date deltas) and $cpu (user+sys seconds).
run() {
  local name=$1 log=$2
  shift 2
  local t0 t1 rc=0
  t0=$(now)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f '%U %S %M' -o "$log.time" "$@" 2>"$log" || rc=$?
  else
    "$@" 2>"$log" || rc=$?
    echo "nan nan nan" >"$log.time"
  fi
  t1=$(now)
  if [ $rc -ne 0 ]; then
    echo "layout_vs_d3: $name failed (exit $rc): $*" >&2
    sed 's/^/  | /' "$log" >&2
    exit 1
  fi
  wall=$(python3 -c "print(f'{$t1 - $t0:.3f}')")
  cpu=$(awk '{ if ($1 == "nan") print "None"; else printf "%.2f\n", $1 + $2 }' "$log.time")
  rss_kb=$(awk '{ print ($3 == "nan" ? "None" : $3) }' "$log.time")
}

# --- run every case --------------------------------------------------------------
for spec in "${cases[@]}"; do
  IFS=: read -r kind size ticks extra <<<"$spec"
  if [[ $kind =~ ^[0-9]+$ ]]; then # bare N means ba:N[:TICKS]
    extra=$ticks ticks=$size size=$kind kind=ba
  fi
  [ -z "$extra" ] || die "bad case '$spec'"
  [[ $size =~ ^[0-9]+$ ]] || die "bad case '$spec' (want N, ba:N[:TICKS] or grid:W[:TICKS])"
  case "$kind" in
    ba) nodes=$size gen=(--nodes "$size" --m 2 --seed 42) ;;
    grid) nodes=$((size * size)) gen=(--grid "$size") ;;
    *) die "bad case '$spec' (want N, ba:N[:TICKS] or grid:W[:TICKS])" ;;
  esac
  if [ -z "$ticks" ]; then
    if [ "$nodes" -gt 10000 ]; then ticks=50; else ticks=300; fi
  fi
  [[ $ticks =~ ^[0-9]+$ ]] || die "bad tick count in '$spec'"
  name=${kind}_$size
  graph=$work/$name.json
  echo "== $name: $nodes nodes, $ticks ticks" >&2
  python3 "$kit/gen_graph.py" "${gen[@]}" --out "$graph" >&2

  run "d3-force" "$work/$name.d3.log" node "$peer/layout.mjs" "$graph" "$work/$name.d3.out.json" "$ticks"
  d3_wall=$wall d3_cpu=$cpu d3_rss=$rss_kb
  echo "   d3-force   ${d3_wall}s" >&2
  run "linkchart" "$work/$name.lc.log" "$bin" layout "$graph" --ticks "$ticks" --out "$work/$name.lc.out.json" ${lc_args[@]+"${lc_args[@]}"}
  lc_wall=$wall lc_cpu=$cpu lc_rss=$rss_kb
  echo "   linkchart  ${lc_wall}s" >&2

  d3_q=$(python3 "$kit/layout_quality.py" "$graph" "$work/$name.d3.out.json") || die "layout_quality.py failed on d3-force output"
  lc_q=$(python3 "$kit/layout_quality.py" "$graph" "$work/$name.lc.out.json") || die "layout_quality.py failed on linkchart output"

  # One JSON line per case with everything measured.
  python3 - "$work/$name.d3.log" "$work/$name.lc.log" >>"$out" <<EOF
import json, re, sys
d3_log, lc_log = (open(p).read() for p in sys.argv[1:3])
d3 = {}
for line in d3_log.splitlines():
    try:
        d3 = json.loads(line)
    except ValueError:
        pass
m = re.findall(r"([0-9.]+) ms per tick", lc_log)
print(json.dumps({
    "case": "$name", "kind": "$kind", "nodes": $nodes, "ticks": $ticks,
    "linkchart_args": "${LINKCHART_ARGS:-}",
    "d3": {"wall_s": $d3_wall, "cpu_s": $d3_cpu, "max_rss_kb": $d3_rss,
           "ms_per_tick": d3.get("ms_per_tick"), "cpu_ms_per_tick": d3.get("cpu_ms_per_tick"),
           "alpha_end": d3.get("alpha_end"), "quality": json.loads('''$d3_q''')},
    "linkchart": {"wall_s": $lc_wall, "cpu_s": $lc_cpu, "max_rss_kb": $lc_rss,
                  "ms_per_tick": float(m[-1]) if m else None, "quality": json.loads('''$lc_q''')},
    "speedup": round($d3_wall / $lc_wall, 2) if $lc_wall > 0 else None,
}))
EOF
done

# --- report ------------------------------------------------------------------------
echo
python3 - "$out" <<'EOF'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]

def f(x, nd=2):
    return "-" if x is None else f"{x:.{nd}f}"

cols = ["case", "nodes", "ticks", "d3 wall s", "linkchart wall s", "speed-up", "d3 ms/tick",
        "linkchart ms/tick", "d3 stress", "linkchart stress", "d3 hop_corr", "linkchart hop_corr",
        "nonfinite (d3/linkchart)"]
print("| " + " | ".join(cols) + " |")
print("|" + "|".join("---" for _ in cols) + "|")
for r in rows:
    d, l = r["d3"], r["linkchart"]
    print("| " + " | ".join([
        r["case"], str(r["nodes"]), str(r["ticks"]), f(d["wall_s"]), f(l["wall_s"]),
        f(r["speedup"], 1) + "x", f(d["ms_per_tick"]), f(l["ms_per_tick"]),
        f(d["quality"]["stress"], 3), f(l["quality"]["stress"], 3),
        f(d["quality"]["hop_corr"], 3), f(l["quality"]["hop_corr"], 3),
        f"{d['quality']['nonfinite']}/{l['quality']['nonfinite']}"]) + " |")

# The bar. A criterion whose bar case was not run is also shown on the cases that
# were run, as "info": indicative only, not counted.
print()
def verdict(ok):
    return "PASS" if ok else "FAIL"

def lc_stress(r):
    return r["linkchart"]["quality"]["stress"]

def d3_stress(r):
    return r["d3"]["quality"]["stress"]

lines = []
# 1. speed: at 10,000 and 100,000 nodes (any case of that size, grid 100 included).
bar = [r for r in rows if r["nodes"] in (10000, 100000)]
for r in bar or rows:
    ok = r["speedup"] is not None and r["speedup"] >= 10
    lines.append((ok if bar else ("info", ok),
                  f"linkchart >= 10x faster than d3-force, whole process: {r['case']} {f(r['speedup'], 1)}x"
                  + ("" if bar else " (not a bar size: 10,000/100,000 nodes)")))
for n in (10000, 100000):
    if not any(r["nodes"] == n for r in rows):
        lines.append((None, f"linkchart >= 10x faster at {n:,} nodes: not run"))
# 2. stress no worse than d3 on the scale-free graphs.
for r in rows:
    if r["kind"] == "ba":
        ok = lc_stress(r) is not None and d3_stress(r) is not None and lc_stress(r) <= d3_stress(r)
        lines.append((ok, f"stress no worse than d3-force on scale-free {r['case']}: "
                          f"{f(lc_stress(r), 3)} vs {f(d3_stress(r), 3)}"))
# 3. grid 100 x 100 after 300 ticks: stress <= 0.5.
grids = [r for r in rows if r["kind"] == "grid"]
bar = [r for r in grids if r["nodes"] == 10000 and r["ticks"] == 300]
for r in bar or grids:
    ok = lc_stress(r) is not None and lc_stress(r) <= 0.5
    lines.append((ok if bar else ("info", ok),
                  f"grid stress <= 0.5: {r['case']} after {r['ticks']} ticks {f(lc_stress(r), 3)}"
                  + ("" if bar else " (not the bar's 100 x 100 grid at 300 ticks)")))
if not bar:
    lines.append((None, "grid 100 x 100 after 300 ticks: not run"))
# 4. no NaN or infinite position.
for r in rows:
    bad = r["linkchart"]["quality"]["nonfinite"]
    lines.append((bad == 0, f"no NaN/infinite position in linkchart's {r['case']}: {bad} non-finite"))

def label(ok):
    if ok is None:
        return "n/a "
    if isinstance(ok, tuple):  # ("info", ok): not a bar case
        return "info" + (" ok" if ok[1] else " no")
    return verdict(ok)

for ok, text in lines:
    print(f"{label(ok):7s} {text}")
fails = sum(1 for ok, _ in lines if ok is False)
complete = all(isinstance(ok, bool) for ok, _ in lines)
print()
print(f"bar: {'met' if fails == 0 else f'{fails} check(s) failed'}"
      + ("" if complete else " on the cases run (some bar cases not run)"))
EOF
echo
echo "raw numbers: $out"
