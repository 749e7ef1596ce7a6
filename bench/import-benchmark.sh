#!/usr/bin/env bash
# Import benchmark (README, "Performance"): imports a generated registrant CSV of ROWS rows
# (default 1,000,000) with Podium's command line and, in the same run, the same file with
# `sqlite3 .import` into an equivalent table with the same unique key (event, normalised
# address). Runs alternate, RUNS times each (default 3), and print wall time, CPU time and
# peak memory (resident set) of every run and the medians.
#
#   bench/import-benchmark.sh                 # build the jar if needed, then measure
#   ROWS=200000 RUNS=1 bench/import-benchmark.sh
#
# Needs: java 17+, maven (to build the jar once), sqlite3, GNU time (/usr/bin/time), awk.
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${ROWS:-1000000}
RUNS=${RUNS:-3}
# Podium runs as the command line's launcher runs it (/usr/bin/podium): with its Java options
# (installer/linux/podium-cli.properties, which says why: a 192 MiB heap, the serial collector),
# its class path (the package's lib/app: no JavaFX jars) and a class-data-sharing archive, made
# below from a small import of the same file before any timing, as the package makes one where
# it is installed. JAVA_FLAGS= measures other options.
# shellcheck source=bench/cli-java-options.sh
. bench/cli-java-options.sh
JAVA_FLAGS=${JAVA_FLAGS-$(cli_java_options)}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/podium-import-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

for tool in java sqlite3 awk; do
  command -v "$tool" >/dev/null || { echo "import-benchmark: $tool is needed" >&2; exit 2; }
done
[ -x /usr/bin/time ] || { echo "import-benchmark: GNU time (/usr/bin/time) is needed: apt-get install time" >&2; exit 2; }
if [ ! -f target/podium.jar ] || [ -n "$(find src pom.xml -newer target/podium.jar -print -quit)" ]; then
  mvn -q package -DskipTests
fi
APP_JAR=$(cli_app_jar target/podium.jar "$WORK")

CSV="$WORK/registrants.csv"
# Unique addresses in random order (as a real list is), names, organisations with quoted
# commas, countries by name, ISO times and yes/no consent: every column Podium checks.
awk -v rows="$ROWS" 'BEGIN {
  srand(42)
  print "Email,First Name,Last Name,Organisation,Job Title,City,Country,Registration Time,Consent"
  nf = split("anna marco giulia luca sofia paolo elena piotr maria nikos eleni jan ana joao claire pierre lena tomas ines omar", f, " ")
  nl = split("rossi bianchi kowalski nowak papadopoulos silva martin dubois weber huber costa ferrari russo esposito romano colombo ricci marino greco bruno", l, " ")
  nc = split("Milano Roma Torino Gdansk Thessaloniki Wien Lisboa Paris", c, " ")
  split("Italy Italy Italy Poland Greece Austria Portugal France", k, " ")
  for (i = 1; i <= rows; i++) {
    a = f[int(rand() * nf) + 1]; b = l[int(rand() * nl) + 1]; r = int(rand() * 1000000); j = int(rand() * nc) + 1
    printf "%s.%s.%06d.%d@example%d.org,%s,%s,\"Organisation %d, Unit %d\",Officer,%s,%s,2026-05-%02dT%02d:%02d:00Z,%s\n",
      a, b, r, i, r % 97, toupper(substr(a, 1, 1)) substr(a, 2), toupper(substr(b, 1, 1)) substr(b, 2),
      r % 5000, r % 7, c[j], k[j], (i % 28) + 1, i % 24, i % 60, (r % 2 ? "yes" : "no")
  }
}' > "$CSV"

# The same columns as the file, and the same unique key as Podium's registration table:
# (event, address trimmed and lower-cased), here for the one event.
cat > "$WORK/equivalent.sql" <<'SQL'
CREATE TABLE registration (email TEXT NOT NULL, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
  organisation TEXT NOT NULL, job_title TEXT NOT NULL, city TEXT NOT NULL, country TEXT NOT NULL,
  registered_at TEXT NOT NULL, consent TEXT NOT NULL);
CREATE UNIQUE INDEX registration_by_email ON registration(1, lower(trim(email)));
SQL

measure() { # label, then the command; prints "wall user sys maxrss_kb"
  /usr/bin/time -f "%e %U %S %M" -o "$WORK/time" "$@" >"$WORK/out" 2>"$WORK/err" \
    || { echo "import-benchmark: $1 failed:" >&2; cat "$WORK/err" "$WORK/out" >&2; exit 1; }
  cat "$WORK/time"
}

new_book() {
  rm -f "$WORK"/book.db*
  java -jar target/podium.jar --db "$WORK/book.db" events add --title Benchmark --start 2026-05-28T10:00 \
    --zone Europe/Rome --minutes 60 >/dev/null
}

# The class-data-sharing archive, made as installer/linux/podium-cds.sh makes the package's: the
# classes an import loads, recorded once and dumped (CDS=0 measures without it).
CDS_FLAGS=""
if [ "${CDS:-1}" = 1 ]; then
  head -n 2001 "$CSV" > "$WORK/small.csv"
  new_book
  cli_cds_archive "$WORK/podium.jsa" "$APP_JAR" --db "$WORK/book.db" registrants import --event 1 "$WORK/small.csv" \
    && CDS_FLAGS="-XX:SharedArchiveFile=$WORK/podium.jsa -Xshare:auto"
fi

podium() {
  new_book
  # shellcheck disable=SC2086
  measure java $JAVA_FLAGS $CDS_FLAGS -jar "$APP_JAR" --db "$WORK/book.db" \
    registrants import --event 1 "$CSV"
  stored=$(java -jar target/podium.jar --db "$WORK/book.db" registrants count --event 1)
  [ "$stored" = "$ROWS" ] || { echo "import-benchmark: podium stored $stored rows, not $ROWS" >&2; exit 1; }
}

reference() { # optional: settings to run first, such as the book's journal and sync modes
  rm -f "$WORK"/equivalent.db*
  sqlite3 "$WORK/equivalent.db" < "$WORK/equivalent.sql"
  if [ $# -gt 0 ]; then
    measure sqlite3 "$WORK/equivalent.db" -cmd "$1" -cmd ".mode csv" ".import --skip 1 $CSV registration"
  else
    measure sqlite3 "$WORK/equivalent.db" -cmd ".mode csv" ".import --skip 1 $CSV registration"
  fi
  stored=$(sqlite3 "$WORK/equivalent.db" "SELECT count(*) FROM registration")
  [ "$stored" = "$ROWS" ] || { echo "import-benchmark: sqlite3 stored $stored rows, not $ROWS" >&2; exit 1; }
}

reference_wal() {
  reference "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
}

echo "Import benchmark: $ROWS rows, $(du -m "$CSV" | cut -f1) MB; $(nproc) cores, $(awk -F': *' '/model name/ {print $2; exit}' /proc/cpuinfo)"
echo "java: $(java -version 2>&1 | head -1); flags: $JAVA_FLAGS${CDS_FLAGS:+ (with a CDS archive)}; sqlite3 $(sqlite3 --version | cut -d' ' -f1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-4s %-11s %9s %9s %10s\n' run tool wall_s cpu_s peak_MiB
: > "$WORK/results"
for run in $(seq 1 "$RUNS"); do
  for tool in podium reference reference_wal; do
    # Run to the end (the row count is checked after the timing) before reading the result.
    $tool > "$WORK/line"
    read -r wall user sys rss < "$WORK/line"
    case $tool in podium) label=podium ;; reference) label=sqlite3 ;; *) label=sqlite3-wal ;; esac
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    mib=$(( rss / 1024 ))
    printf '%-4s %-11s %9s %9s %10s\n' "$run" "$label" "$wall" "$cpu" "$mib"
    echo "$label $wall $cpu $mib" >> "$WORK/results"
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
for label in podium sqlite3 sqlite3-wal; do
  for col in 2 3 4; do
    grep "^$label " "$WORK/results" | cut -d' ' -f$col | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
  done | paste -sd' ' | awk -v l="$label" '{ printf "median %-11s wall %ss, cpu %ss, peak %s MiB\n", l, $1, $2, $3 }'
done
