#!/usr/bin/env bash
# Import benchmark (docs/performance.md, "Import"): imports a generated registrant list of ROWS
# rows (default 1,000,000) in the order people registered with Podium's command line and, in
# the same run, the same file with `sqlite3 .import` into an equivalent table with the same
# unique key (event, normalised address) and the book's journal settings (WAL, synchronous=FULL),
# the reference the budget is set against (SQLITE_DEFAULTS=1 adds a run with sqlite3's own
# journal settings). Runs
# alternate, RUNS times each (default 3), and print wall time, CPU time and peak memory
# (resident set) of every run, Podium's ratio to the reference in each run, and the best and
# median of each.
#
#   bench/import-benchmark.sh                 # build the jar if needed, then measure
#   ROWS=200000 RUNS=1 bench/import-benchmark.sh
#   BASE_JAR=/tmp/old/podium.jar bench/import-benchmark.sh   # also an older build, in the same runs
#     (its lib/ folder beside it, as target/ has it)
#   TEAM_DB=postgresql://me@localhost:5432/bench bench/import-benchmark.sh
#     # a team book instead: Podium imports into a new schema podium_bench of that database (the
#     # password from PGPASSWORD or ~/.pgpass), against psql's \copy of the same file into an
#     # equivalent table with the same unique key (docs/performance.md, "Team book")
#
# Needs: java 17+, maven (to build the jar once), sqlite3 (psql with TEAM_DB), GNU time (/usr/bin/time), awk.
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

for tool in java awk $([ -n "${TEAM_DB:-}" ] && echo psql || echo sqlite3); do
  command -v "$tool" >/dev/null || { echo "import-benchmark: $tool is needed" >&2; exit 2; }
done
[ -x /usr/bin/time ] || { echo "import-benchmark: GNU time (/usr/bin/time) is needed: apt-get install time" >&2; exit 2; }
if [ ! -f target/podium.jar ] || [ -n "$(find src pom.xml -newer target/podium.jar -print -quit)" ]; then
  mvn -q package -DskipTests
fi
APP_JAR=$(cli_app_jar target/podium.jar "$WORK")
if [ -n "${BASE_JAR:-}" ]; then
  mkdir -p "$WORK/base"
  BASE_APP_JAR=$(cli_app_jar "$BASE_JAR" "$WORK/base")
fi

CSV="$WORK/registrants.csv"
# A list as real ones arrive (bench/registrant-list.sh): addresses in random order, names in
# several scripts, statuses and consent answers mixed, registration times rising.
# shellcheck source=bench/registrant-list.sh
. bench/registrant-list.sh
registrant_list "$ROWS" "$CSV"

# The same columns as the file, and the same unique key as Podium's registration table:
# (event, address trimmed and lower-cased), here for the one event.
cat > "$WORK/equivalent.sql" <<'SQL'
CREATE TABLE registration (email TEXT NOT NULL, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
  organisation TEXT NOT NULL, job_title TEXT NOT NULL, city TEXT NOT NULL, country TEXT NOT NULL,
  registered_at TEXT NOT NULL, status TEXT NOT NULL, consent TEXT NOT NULL);
CREATE UNIQUE INDEX registration_by_email ON registration(1, lower(trim(email)));
SQL

measure() { # label, then the command; prints "wall user sys maxrss_kb"
  /usr/bin/time -f "%e %U %S %M" -o "$WORK/time" "$@" >"$WORK/out" 2>"$WORK/err" \
    || { echo "import-benchmark: $1 failed:" >&2; cat "$WORK/err" "$WORK/out" >&2; exit 1; }
  cat "$WORK/time"
}

BOOK="$WORK/book.db"
if [ -n "${TEAM_DB:-}" ]; then
  case $TEAM_DB in *\?*) BOOK="$TEAM_DB&currentSchema=podium_bench" ;; *) BOOK="$TEAM_DB?currentSchema=podium_bench" ;; esac
fi

new_book() {
  rm -f "$WORK"/book.db*
  [ -z "${TEAM_DB:-}" ] || psql -q "$TEAM_DB" -c "SET client_min_messages = warning" -c "DROP SCHEMA IF EXISTS podium_bench CASCADE" -c "CREATE SCHEMA podium_bench"
  java -jar target/podium.jar --db "$BOOK" events add --title Benchmark --start 2026-05-28T10:00 \
    --zone Europe/Rome --minutes 60 >/dev/null
}

# The class-data-sharing archive, made as installer/linux/podium-cds.sh makes the package's: the
# classes an import loads, recorded once and dumped (CDS=0 measures without it).
CDS_FLAGS=""
if [ "${CDS:-1}" = 1 ]; then
  head -n 2001 "$CSV" > "$WORK/small.csv"
  new_book
  cli_cds_archive "$WORK/podium.jsa" "$APP_JAR" --db "$BOOK" registrants import --event 1 "$WORK/small.csv" \
    && CDS_FLAGS="-XX:SharedArchiveFile=$WORK/podium.jsa -Xshare:auto"
  if [ -n "${BASE_JAR:-}" ]; then
    new_book
    cli_cds_archive "$WORK/base.jsa" "$BASE_APP_JAR" --db "$WORK/book.db" registrants import --event 1 "$WORK/small.csv" \
      && BASE_CDS_FLAGS="-XX:SharedArchiveFile=$WORK/base.jsa -Xshare:auto"
  fi
fi

podium() { # optional: the jar and its archive's flags (by default this build's)
  new_book
  # shellcheck disable=SC2086
  measure java $JAVA_FLAGS ${2-$CDS_FLAGS} -jar "${1:-$APP_JAR}" --db "$BOOK" \
    registrants import --event 1 "$CSV"
  stored=$(java -jar target/podium.jar --db "$BOOK" registrants count --event 1)
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

# The team book's reference: psql's \copy of the file into the equivalent table, its unique key
# on the server as Podium's (event, normalised address).
reference_psql() {
  # psql reads an empty CSV field as NULL, so its table takes them (the key is what matters).
  psql -q "$TEAM_DB" -c "SET client_min_messages = warning" -c "DROP TABLE IF EXISTS podium_bench_equivalent" \
    -c "$(sed 's/ NOT NULL//g; s/CREATE TABLE registration/CREATE TABLE podium_bench_equivalent/;
      s/CREATE UNIQUE INDEX registration_by_email ON registration(1, /CREATE UNIQUE INDEX podium_bench_by_email ON podium_bench_equivalent((lower(trim(email))))--/' "$WORK/equivalent.sql")"
  measure psql -q "$TEAM_DB" -c "\\copy podium_bench_equivalent FROM '$CSV' (FORMAT csv, HEADER)"
  stored=$(psql -qtA "$TEAM_DB" -c "SELECT count(*) FROM podium_bench_equivalent")
  [ "$stored" = "$ROWS" ] || { echo "import-benchmark: psql stored $stored rows, not $ROWS" >&2; exit 1; }
}

# Where the team book's time goes: psql's \copy of the rows Podium stored (exported once, after
# its first run) into a table made like Podium's registration table, with its primary key,
# unique key and foreign key to the event: the server's own cost of storing a registration,
# with no client work. Printed for the record; the budget's ratio is against psql-copy.
reference_like() {
  local columns="event_id, email, email_key, first_name, last_name, organisation, job_title, city, country, language,"
  columns+=" notes, registered_at, source, status, minutes_attended, consent, consent_at, consent_source, custom_answers"
  [ -s "$WORK/stored.csv" ] || psql -q "$TEAM_DB" -c "\\copy (SELECT $columns FROM podium_bench.registration ORDER BY id) TO '$WORK/stored.csv' (FORMAT csv)"
  psql -q "$TEAM_DB" -c "SET client_min_messages = warning" -c "DROP TABLE IF EXISTS podium_bench.registration_like" \
    -c "CREATE TABLE podium_bench.registration_like (LIKE podium_bench.registration INCLUDING ALL,
      FOREIGN KEY (event_id) REFERENCES podium_bench.event(id) ON DELETE CASCADE)"
  measure psql -q "$TEAM_DB" -c "\\copy podium_bench.registration_like ($columns) FROM '$WORK/stored.csv' (FORMAT csv)"
}

podium_base() {
  podium "$BASE_APP_JAR" "${BASE_CDS_FLAGS:-}"
}

reference_wal() {
  reference "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
}

echo "Import benchmark: $ROWS rows, $(du -m "$CSV" | cut -f1) MB; $(nproc) cores, $(awk -F': *' '/model name/ {print $2; exit}' /proc/cpuinfo)"
echo "java: $(java -version 2>&1 | head -1); flags: $JAVA_FLAGS${CDS_FLAGS:+ (with a CDS archive)}; $(if [ -n "${TEAM_DB:-}" ]; then echo "PostgreSQL $(psql -qtA "$TEAM_DB" -c 'SHOW server_version')"; else echo "sqlite3 $(sqlite3 --version | cut -d' ' -f1)"; fi)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
REFERENCES="${SQLITE_DEFAULTS:+reference} reference_wal"
REF_LABEL=sqlite3-wal
[ -z "${TEAM_DB:-}" ] || { REFERENCES="reference_psql reference_like"; REF_LABEL=psql-copy; }
printf '%-4s %-11s %9s %9s %10s\n' run tool wall_s cpu_s peak_MiB
: > "$WORK/results"
: > "$WORK/ratios"
for run in $(seq 1 "$RUNS"); do
  for tool in podium ${BASE_JAR:+podium_base} $REFERENCES; do
    # Run to the end (the row count is checked after the timing) before reading the result.
    $tool > "$WORK/line"
    read -r wall user sys rss < "$WORK/line"
    # The team book's psql \copy takes the reference's place in the ratios.
    case $tool in podium) label=podium ;; podium_base) label=podium-base ;; reference) label=sqlite3 ;;
      reference_psql) label=psql-copy ;; reference_like) label=psql-like ;; *) label=sqlite3-wal ;; esac
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    mib=$(( rss / 1024 ))
    printf '%-4s %-11s %9s %9s %10s\n' "$run" "$label" "$wall" "$cpu" "$mib"
    echo "$label $wall $cpu $mib" >> "$WORK/results"
    case $label in
      podium) podium_wall=$wall ;;
      podium-base) base_wall=$wall ;;
      "$REF_LABEL") echo "$run $podium_wall $wall ${base_wall:-}" >> "$WORK/ratios" ;;
    esac
  done
  tail -n 1 "$WORK/ratios" | awk '{ printf "run %s: podium / %s = %.2f%s\n", $1, ref, $2 / $3,
    $4 == "" ? "" : sprintf(", podium-base / %s = %.2f", ref, $4 / $3) }' ref="$REF_LABEL"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
for label in podium ${BASE_JAR:+podium-base} $(echo "$REFERENCES" | grep -qw reference && echo sqlite3) "$REF_LABEL" \
    $(echo "$REFERENCES" | grep -qw reference_like && echo psql-like); do
  for col in 2 3 4; do
    grep "^$label " "$WORK/results" | cut -d' ' -f$col | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
  done | paste -sd' ' | awk -v l="$label" '{ printf "median %-11s wall %ss, cpu %ss, peak %s MiB\n", l, $1, $2, $3 }'
done
# The machine is shared and its speed changes from minute to minute: the run with the lowest
# ratio is the one least disturbed while both tools ran.
awk '{ r = $2 / $3; if (NR == 1 || r < best) { best = r; line = $0 } }
  END { split(line, f, " "); printf "best run %s: podium %ss against %s %ss, ratio %.2f\n", f[1], f[2], ref, f[3], best }' ref="$REF_LABEL" "$WORK/ratios"
