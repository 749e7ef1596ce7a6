#!/usr/bin/env bash
# Export benchmark: 1,000,000 registrants of one event to a Mailchimp CSV, with Podium's command
# line and, in the same run, with the sqlite3 tool writing the same rows as CSV. Runs alternate,
# RUNS times each (default 3), and print wall time, CPU time and peak memory (max RSS) of every
# run and the medians; then it checks both files hold the same rows.
#
# Usage: bench/export-benchmark.sh [ROWS]       (from the project folder; needs sqlite3, python3, GNU time)
#        RUNS=5 bench/export-benchmark.sh
#        JAR=/elsewhere/podium.jar bench/export-benchmark.sh    (another build, such as an older one)
#        LAUNCHER=target/dist/image/Podium/bin/podium-cli bench/export-benchmark.sh
#                 (the packaged command line, after `mvn -Pdist package` and its lib/app/podium-cds.sh)
# Builds target/podium.jar first if it is missing or older than the sources. Work files go to
# $BENCH_DIR (default /tmp/podium-bench).
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${1:-1000000}
RUNS=${RUNS:-3}
WORK=${BENCH_DIR:-/tmp/podium-bench}
BOOK="$WORK/book.db"
TAG="Cities and climate (2026-05-28)"
JAR=${JAR:-target/podium.jar}
# Podium runs as the command line's launcher runs it (/usr/bin/podium): with its Java options
# (installer/linux/podium-cli.properties: a 192 MiB heap, the serial collector), its class path
# (the package's lib/app: no JavaFX jars) and from a class-data-sharing archive, made here by a
# first, untimed export (the package makes its own where it is installed, with
# installer/linux/podium-cds.sh, statically from the classes a run loads). JAVA_FLAGS= measures
# other options.
# shellcheck source=bench/cli-java-options.sh
. bench/cli-java-options.sh
JAVA_FLAGS=${JAVA_FLAGS-$(cli_java_options)}
CDS="$WORK/podium-export.jsa"
mkdir -p "$WORK"
rm -f "$BOOK" "$BOOK-wal" "$BOOK-shm" "$WORK"/*.csv "$CDS"

for tool in sqlite3 python3 /usr/bin/time; do
  command -v "$tool" >/dev/null 2>&1 || { echo "export-benchmark: $tool is needed" >&2; exit 2; }
done
if [ "$JAR" = target/podium.jar ] && { [ ! -f "$JAR" ] || [ -n "$(find src pom.xml -newer "$JAR" -print -quit)" ]; }; then
  mvn -q package -DskipTests
fi

echo "== Building a book with $ROWS registrants of one event"
java -jar "$JAR" --db "$BOOK" events add --title "Cities and climate" \
     --start 2026-05-28T10:00 --zone Europe/Rome --minutes 60 >/dev/null
# One registration in 10 is a no-show, one in 50 cancelled, one in 20 without consent; one address in
# 1000 is suppressed. Names carry non-ASCII letters and commas so quoting is exercised.
sqlite3 "$BOOK" <<SQL
PRAGMA journal_mode = WAL;
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $ROWS)
INSERT INTO registration(event_id, email, email_key, first_name, last_name, organisation, job_title,
                         city, country, language, registered_at, source, status, minutes_attended,
                         consent, consent_at, consent_source, custom_answers, notes)
SELECT 1, printf('Person.%07d@Example.org', i), lower(printf('Person.%07d@Example.org', i)),
       CASE i % 3 WHEN 0 THEN 'Zoë' WHEN 1 THEN 'Ana' ELSE 'Łukasz' END,
       CASE i % 4 WHEN 0 THEN 'Müller' WHEN 1 THEN 'Rossi, Jr' WHEN 2 THEN 'Θεοδωρίδης' ELSE 'Kowalski' END,
       'Comune ' || (i % 500), 'Policy officer', 'Gdańsk', 'PL', 'pl', '2026-05-01T08:00:00Z', 'CSV',
       CASE WHEN i % 50 = 0 THEN 'CANCELLED' WHEN i % 10 = 0 THEN 'NO_SHOW' ELSE 'ATTENDED' END,
       45, CASE WHEN i % 20 = 7 THEN 0 ELSE 1 END, '2026-05-01T08:00:00Z', 'form', '{}', ''
FROM n;
WITH RECURSIVE n(i) AS (SELECT 1001 UNION ALL SELECT i + 1000 FROM n WHERE i + 1000 <= $ROWS)
INSERT INTO suppression(email, reason, since)
SELECT lower(printf('Person.%07d@Example.org', i)), 'unsubscribed', '2026-06-01T00:00:00Z' FROM n;
COMMIT;
PRAGMA wal_checkpoint(TRUNCATE);
SQL
ls -l "$BOOK" | awk '{printf "book: %.0f MB\n", $5 / 1048576}'
# Read the book once so every run finds it in the page cache.
cat "$BOOK" > /dev/null

APP_JAR=$(cli_app_jar "$JAR" "$WORK")
EXPORT=(--db "$BOOK" registrants export --event 1 --profile mailchimp -o "$WORK/podium.csv" --json)
# The untimed first export records the classes an export loads into the archive.
cli_cds_archive "$CDS" "$APP_JAR" "${EXPORT[@]}" \
  || { echo "export-benchmark: no class-data-sharing archive was written" >&2; exit 1; }
# shellcheck disable=SC2206
PODIUM=(java $JAVA_FLAGS -XX:SharedArchiveFile="$CDS" -jar "$APP_JAR" "${EXPORT[@]}")
if [ -n "${LAUNCHER:-}" ]; then
  PODIUM=("$LAUNCHER" "${EXPORT[@]}")
fi
REFERENCE=(sqlite3 -csv -header "$BOOK" "SELECT email AS 'Email Address', first_name AS 'First Name',
       last_name AS 'Last Name', '$TAG' AS Tags
     FROM registration r
     WHERE event_id = 1 AND status IN ('ATTENDED','NO_SHOW','REGISTERED','WAITLISTED') AND consent <> 0
       AND NOT EXISTS (SELECT 1 FROM suppression s WHERE s.email = r.email_key)
     ORDER BY email_key")

echo "== Export of event 1, active registrants who agreed, not suppressed ($(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'))"
if [ -n "${LAUNCHER:-}" ]; then
  echo "   Podium: $LAUNCHER, with the package's runtime, options and archive; sqlite3 $(sqlite3 --version | cut -d' ' -f1)"
else
  echo "   java: $(java -version 2>&1 | head -1); flags: $(echo $JAVA_FLAGS) + the archive; sqlite3 $(sqlite3 --version | cut -d' ' -f1)"
fi
echo "   load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-4s %-8s %8s %8s %9s %6s\n' run tool wall_s cpu_s peak_MiB CSV
: > "$WORK/results"
for run in $(seq 1 "$RUNS"); do
  for label in podium sqlite3; do
    if [ "$label" = podium ]; then
      out="$WORK/podium-summary.json"; csv="$WORK/podium.csv"; command=("${PODIUM[@]}")
    else
      out="$WORK/sqlite.csv"; csv="$WORK/sqlite.csv"; command=("${REFERENCE[@]}")
    fi
    # Each run writes a new file. Replacing the last run's 70 MB would free its blocks inside the
    # timing in Podium's rename (some 15 ms), where the shell truncates sqlite3's output before
    # its timing starts.
    rm -f "$csv"
    /usr/bin/time -f "%e %U %S %M" -o "$WORK/time.txt" "${command[@]}" > "$out"
    read -r wall user sys kib < "$WORK/time.txt"
    cpu=$(echo "$user + $sys" | bc)
    printf '%-4s %-8s %8.2f %8.2f %9d %6s\n' "$run" "$label" "$wall" "$cpu" "$((kib / 1024))" "$(du -h "$csv" | cut -f1)"
    echo "$label $wall $cpu $((kib / 1024))" >> "$WORK/results"
  done
done
echo "   load average after the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
for label in podium sqlite3; do
  for col in 2 3 4; do
    grep "^$label " "$WORK/results" | cut -d' ' -f$col | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
  done | paste -sd' ' | awk -v l="$label" '{ printf "median %-8s %6.2f s wall  %6.2f s CPU (user+sys)  %4d MiB peak RSS\n", l, $1, $2, $3 }'
done

python3 - "$WORK/podium.csv" "$WORK/sqlite.csv" <<'PY'
import csv, sys
def rows(path):
    with open(path, newline='', encoding='utf-8') as f:
        return list(csv.reader(f))
a, b = rows(sys.argv[1]), rows(sys.argv[2])
print(f"rows written: podium {len(a) - 1}, sqlite3 {len(b) - 1}; same rows: {a == b}")
sys.exit(0 if a == b else 1)
PY
grep -E '"(written|excludedByStatus|excludedByConsent|excludedBySuppression)"' "$WORK/podium-summary.json" | tr -d ' \n'; echo
