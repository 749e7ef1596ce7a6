#!/usr/bin/env bash
# Start-up benchmark of the packaged Podium: time from launching the launcher to the first
# shown, interactive window (drawn once, FX thread idle), with and without the CDS archive.
#
#   installer/startup-benchmark.sh [-n RUNS] [target/dist/deb/podium_VERSION-1_amd64.deb]
#
# The .deb is unpacked into a temporary root, as installer/smoke-test.sh does, and its
# podium-cds.sh makes the archive there, as the package's postinst does on installation. Each
# run is a new process on a book holding the two sample webinars, under Xvfb; the window
# reports when it is interactive (PODIUM_MEASURE_STARTUP=1) and closes itself. "Launch" is
# taken by this script just before it starts the launcher, so the figure includes the
# native launcher and the JVM's own start. The files are in the page cache after the first
# (uncounted) run: this measures a cold process, not a cold disk.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=11
if [ "${1:-}" = "-n" ]; then runs=$2; shift 2; fi
deb=${1:-$(ls -t target/dist/deb/podium_*.deb 2>/dev/null | head -1 || true)}
[ -n "$deb" ] && [ -f "$deb" ] || { echo "startup-benchmark: no .deb; build it with: mvn -Pdist package" >&2; exit 1; }

work=$(mktemp -d)
xvfb_pid=
trap '[ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null; rm -rf "$work"' EXIT
dpkg-deb -x "$deb" "$work/root"
app=$work/root/opt/podium/lib/app
podium=$work/root/opt/podium/bin/Podium
export HOME=$work/home XDG_DATA_HOME=$work/home/data
mkdir -p "$HOME"
unset PODIUM_DB
"$podium" --db "$work/book.db" sample load >/dev/null
sh "$app/podium-cds.sh"

for n in $(seq 91 140); do
  if [ ! -e "/tmp/.X11-unix/X$n" ] && [ ! -e "/tmp/.X$n-lock" ]; then export DISPLAY=:$n; break; fi
done
Xvfb "$DISPLAY" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
sleep 1

# One run: prints "WALL_MS CPU_MS FX_CPU_MS MAIN_MS TOOLKIT_MS SHOWN_MS": launch to interactive
# window, the CPU time (user and system) that the process and its FX thread had used by then, as
# the window reports it, and when (since launch) Podium's code began, the toolkit was up and the window
# had been built and shown.
one_run() {
  local start line phase
  start=$(date +%s%3N)
  PODIUM_MEASURE_STARTUP=1 "$podium" --db "$work/book.db" >/dev/null 2>"$work/err"
  line=$(grep '^podium\.startup\.ms=' "$work/err" || true)
  [ -n "$line" ] || { echo "startup-benchmark: the window did not report: $(cat "$work/err")" >&2; exit 1; }
  echo "$line" | sed -E "s/.* at=([0-9]+) cpu\.ms=([0-9]+) fx\.cpu\.ms=([0-9]+).*/\1 \2 \3/" \
    | awk -v start="$start" '{ printf "%d %d %d", $1 - start, $2, $3 }'
  for phase in launcher toolkit shown; do
    sed -nE "s/^podium\.startup\.phase\.$phase=[0-9]+ at=([0-9]+).*/\1/p" "$work/err" \
      | awk -v start="$start" '{ printf " %d", $1 - start }'
  done
  echo
}

median() {
  sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

one_run >/dev/null # warms the page cache; not counted
: >"$work/with"
: >"$work/without"
# Alternating the two kinds spreads whatever else the machine is doing over both alike.
for i in $(seq 1 "$runs"); do
  one_run >>"$work/with"
  mv "$app/podium.jsa" "$app/podium.jsa.off"
  one_run >>"$work/without"
  mv "$app/podium.jsa.off" "$app/podium.jsa"
  echo "run $i/$runs: with archive $(tail -1 "$work/with" | cut -d' ' -f1-3) · without $(tail -1 "$work/without" | cut -d' ' -f1-3) (ms to the window, ms CPU, ms CPU on the FX thread)" >&2
done

report() {
  local file=$1 label=$2
  printf '| %s | %s ms | %s–%s ms | %s ms | %s ms |\n' "$label" "$(cut -d' ' -f1 "$file" | median)" \
    "$(cut -d' ' -f1 "$file" | sort -n | head -1)" "$(cut -d' ' -f1 "$file" | sort -n | tail -1)" \
    "$(cut -d' ' -f2 "$file" | median)" "$(cut -d' ' -f3 "$file" | median)"
}

echo
echo "Machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Package: $(basename "$deb"), $runs runs of each"
echo
echo "| cold start to interactive window | median | range | CPU, whole process (median) | CPU, FX thread (median) |"
echo "|---|---|---|---|---|"
report "$work/with" "with the CDS archive (as installed)"
report "$work/without" "without the archive (no class-data sharing)"
echo
echo "With the archive, medians since launch: Podium's code began at $(cut -d' ' -f4 "$work/with" | median) ms, the toolkit" \
  "was up at $(cut -d' ' -f5 "$work/with" | median) ms, the window built and shown at $(cut -d' ' -f6 "$work/with" | median) ms," \
  "interactive at $(cut -d' ' -f1 "$work/with" | median) ms."
