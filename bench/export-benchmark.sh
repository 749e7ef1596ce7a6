#!/usr/bin/env bash
# Export benchmark on a real-order list: ROWS registrants (default 1,000,000) in the order people
# registered (random addresses, mixed scripts, every status), imported by Podium's own
# `registrants import`, one address in a thousand on the suppression list. Each profile's export
# of the event is timed against `sqlite3 -csv` writing the Mailchimp rows (and, for Brevo, its
# rows) in the same run, alternately, RUNS times each (default 3); the best run of each counts,
# as the machine's load varies. Prints wall time, CPU and peak memory (max RSS) of every run, the
# ratios of the best runs, and checks that Podium's Mailchimp and Brevo files hold sqlite3's rows.
#
# Usage: bench/export-benchmark.sh [ROWS]     (from the project folder; needs sqlite3, python3, GNU time, bc)
#        RUNS=5 PROFILES="mailchimp brevo" bench/export-benchmark.sh
#        JAR=/elsewhere/podium.jar bench/export-benchmark.sh    (another build, such as an older one)
#        JAVA_FLAGS="…" bench/export-benchmark.sh               (other Java options)
#        TEAM_DB=postgresql://user@localhost:5432/db bench/export-benchmark.sh
#            a team book: the database (empty, or filled by an earlier run; the password from
#            PGPASSWORD or ~/.pgpass) is given the laptop book's registrants and suppression list
#            with psql \copy, and each export is timed against `psql \copy (SELECT …) TO` the same rows.
# Builds target/podium.jar first if it is missing or older than the sources. Work files go to
# $BENCH_DIR (default /tmp/podium-bench); the book is kept for the next run when ROWS is the same.
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${1:-1000000}
RUNS=${RUNS:-3}
PROFILES=${PROFILES:-mailchimp brevo excel full outlook google}
WORK=${BENCH_DIR:-/tmp/podium-bench}
BOOK="$WORK/book-$ROWS.db"
TAG="Cities and climate (2026-05-28)"
JAR=${JAR:-target/podium.jar}
# Podium runs as the command line's launcher runs it (/usr/bin/podium): its Java options
# (installer/linux/podium-cli.properties), the package's class path and a class-data-sharing
# archive made here by a first, untimed export.
# shellcheck source=bench/cli-java-options.sh
. bench/cli-java-options.sh
JAVA_FLAGS=${JAVA_FLAGS-$(cli_java_options)}
CDS="$WORK/podium-export.jsa"
mkdir -p "$WORK"
rm -f "$WORK"/*.csv.out "$CDS"

TEAM_DB=${TEAM_DB:-}
REF=${TEAM_DB:+psql}
REF=${REF:-sqlite3}
for tool in sqlite3 python3 bc /usr/bin/time ${TEAM_DB:+psql}; do
  command -v "$tool" >/dev/null 2>&1 || { echo "export-benchmark: $tool is needed" >&2; exit 2; }
done
if [ "$JAR" = target/podium.jar ] && { [ ! -f "$JAR" ] || [ -n "$(find src pom.xml -newer "$JAR" -print -quit)" ]; }; then
  mvn -q package -DskipTests
fi
APP_JAR=$(cli_app_jar "$JAR" "$WORK")

if [ ! -f "$BOOK" ]; then
  echo "== Building a book of $ROWS registrants of one event with Podium's import"
  python3 bench/real-order-registrants.py "$ROWS" "$WORK/registrants.csv" "$WORK/unsubscribed.csv"
  rm -f "$BOOK.new"*
  java -jar "$APP_JAR" --db "$BOOK.new" events add --title "Cities and climate" \
       --start 2026-05-28T10:00 --zone Europe/Rome --minutes 60 >/dev/null
  java -jar "$APP_JAR" --db "$BOOK.new" registrants import --event 1 "$WORK/registrants.csv" >/dev/null
  java -jar "$APP_JAR" --db "$BOOK.new" suppression import "$WORK/unsubscribed.csv" >/dev/null
  sqlite3 "$BOOK.new" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
  mv "$BOOK.new" "$BOOK"
fi
ls -l "$BOOK" | awk '{printf "book: %.0f MB\n", $5 / 1048576}'
cat "$BOOK" > /dev/null  # into the page cache for every run
DB=$BOOK
if [ -n "$TEAM_DB" ]; then
  DB=$TEAM_DB
  if [ "$(psql "$TEAM_DB" -Atc "SELECT to_regclass('registration') IS NOT NULL AND EXISTS (SELECT 1 FROM registration)")" != t ]; then
    echo "== Giving the team book $TEAM_DB the laptop book's registrants (psql \\copy)"
    java -jar "$APP_JAR" --db "$TEAM_DB" events add --title "Cities and climate" \
         --start 2026-05-28T10:00 --zone Europe/Rome --minutes 60 >/dev/null
    COLUMNS="id, event_id, email, email_key, first_name, last_name, organisation, job_title, city, country, language,
      registered_at, source, status, minutes_attended, consent, consent_at, consent_source, custom_answers, notes"
    sqlite3 -readonly -csv "$BOOK" "SELECT $COLUMNS FROM registration ORDER BY id" | psql -q "$TEAM_DB" -c \
      "\\copy registration($COLUMNS) FROM STDIN (FORMAT csv, FORCE_NOT_NULL (email, email_key, first_name, last_name,
       organisation, job_title, city, country, language, source, status, consent_source, custom_answers, notes))"
    sqlite3 -readonly -csv "$BOOK" "SELECT email, reason, since FROM suppression" | psql -q "$TEAM_DB" -c \
      "\\copy suppression(email, reason, since) FROM STDIN (FORMAT csv, FORCE_NOT_NULL (reason))"
    psql -q "$TEAM_DB" -c "SELECT setval(pg_get_serial_sequence('registration', 'id'), max(id)) FROM registration" \
      -c "VACUUM ANALYZE registration" -c "VACUUM ANALYZE suppression" >/dev/null
  fi
  psql -q "$TEAM_DB" -Atc "SELECT 'team book: ' || pg_size_pretty(pg_total_relation_size('registration'))
    || ', PostgreSQL ' || current_setting('server_version')"
fi

podium() { # profile
  echo java $JAVA_FLAGS -XX:SharedArchiveFile="$CDS" -jar "$APP_JAR" --db "$DB" registrants export --event 1 \
       --profile "$1" -o "$WORK/podium-$1.csv.out" --json
}
# The same rows as Podium's Mailchimp (or Brevo) export, in the same order: the table's.
FILTER="FROM registration r NOT INDEXED
     WHERE event_id = 1 AND status IN ('ATTENDED','NO_SHOW','REGISTERED','WAITLISTED') AND consent <> 0
       AND NOT EXISTS (SELECT 1 FROM suppression s WHERE s.email = r.email_key) ORDER BY r.id"
# The columns the other profiles write, as stored, for sqlite3 to write the same rows with: every
# field for Excel and Full, the contact fields for Outlook and Google (without their derived cells).
EVERY_COLUMNS="email, first_name, last_name, organisation, job_title, city, country, language, registered_at, source,
     status, minutes_attended, consent, consent_at, consent_source, custom_answers, notes, '$TAG' AS events"
CONTACT_COLUMNS="first_name, last_name, email, organisation, job_title, city, country, '$TAG' AS categories"
# The floor of any Java reader (bench/JdbcFloor.java): compiled against the driver Podium ships, with
# an archive of its own classes made the same way.
FLOOR=""
if [ -z "$TEAM_DB" ]; then
  FLOOR_DIR="$WORK/floor"
  rm -rf "$FLOOR_DIR"
  mkdir -p "$FLOOR_DIR/classes"
  DRIVER=$(ls "$(dirname "$APP_JAR")"/lib/sqlite-jdbc-*.jar)
  javac -d "$FLOOR_DIR/classes" -cp "$DRIVER" bench/JdbcFloor.java
  jar cf "$FLOOR_DIR/floor.jar" -C "$FLOOR_DIR/classes" .
  FLOOR="java $JAVA_FLAGS -XX:SharedArchiveFile=$FLOOR_DIR/floor.jsa -cp $FLOOR_DIR/floor.jar:$DRIVER JdbcFloor $BOOK"
  # shellcheck disable=SC2086
  java $JAVA_FLAGS -XX:DumpLoadedClassList="$FLOOR_DIR/floor.classlist" -cp "$FLOOR_DIR/floor.jar:$DRIVER" JdbcFloor \
       "$BOOK" "$FLOOR_DIR/warm.csv" mailchimp
  # shellcheck disable=SC2086
  java $JAVA_FLAGS -Xshare:dump -XX:SharedClassListFile="$FLOOR_DIR/floor.classlist" \
       -XX:SharedArchiveFile="$FLOOR_DIR/floor.jsa" -Xlog:all=off -cp "$FLOOR_DIR/floor.jar:$DRIVER" >/dev/null 2>&1
fi
# The untimed first export records the classes an export loads into the archive.
# shellcheck disable=SC2046
cli_cds_archive "$CDS" "$APP_JAR" --db "$DB" registrants export --event 1 --profile mailchimp \
    -o "$WORK/warm.csv.out" || { echo "export-benchmark: no class-data-sharing archive was written" >&2; exit 1; }

echo "== Exports of event 1, active registrants who agreed, not suppressed ($(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'))"
echo "   java: $(java -version 2>&1 | head -1); flags: $(echo $JAVA_FLAGS) + the archive; sqlite3 $(sqlite3 --version | cut -d' ' -f1)"
echo "   load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-4s %-18s %8s %8s %9s\n' run tool wall_s cpu_s peak_MiB
: > "$WORK/results"
: > "$WORK/runs"
measure() { # label, output file, then the command
  local label=$1 out=$2
  shift 2
  rm -f "$out"
  /usr/bin/time -f "%e %U %S %M" -o "$WORK/time.txt" "$@" > "$out.stdout"
  read -r wall user sys kib < "$WORK/time.txt"
  printf '%-4s %-18s %8.2f %8.2f %9d\n' "$run" "$label" "$wall" "$(echo "$user + $sys" | bc)" "$((kib / 1024))"
  echo "$label $wall $((kib / 1024))" >> "$WORK/results"
}
for run in $(seq 1 "$RUNS"); do
  for profile in $PROFILES; do
    # shellcheck disable=SC2046
    measure "podium-$profile" "$WORK/podium-$profile.csv.out" $(podium "$profile")
    if [ "$profile" = mailchimp ] || [ "$profile" = brevo ]; then
      if [ -n "$TEAM_DB" ]; then
        # The same filter; psql takes no NOT INDEXED and writes the header itself.
        if [ "$profile" = brevo ]; then
          measure "$REF-brevo" "$WORK/sqlite-brevo.csv.out" psql -q "$TEAM_DB" -c "\\copy (SELECT email AS \"EMAIL\",
            first_name AS \"FIRSTNAME\", last_name AS \"LASTNAME\" ${FILTER/ NOT INDEXED/}) TO '$WORK/sqlite-brevo.csv.out'
            (FORMAT csv, HEADER, DELIMITER ';')"
        else
          measure "$REF-mailchimp" "$WORK/sqlite-mailchimp.csv.out" psql -q "$TEAM_DB" -c "\\copy (SELECT email AS
            \"Email Address\", first_name AS \"First Name\", last_name AS \"Last Name\", '$TAG' AS \"Tags\"
            ${FILTER/ NOT INDEXED/}) TO '$WORK/sqlite-mailchimp.csv.out' (FORMAT csv, HEADER)"
        fi
      elif [ "$profile" = brevo ]; then
        measure "$REF-brevo" "$WORK/sqlite-brevo.csv.out" sqlite3 -csv -header -separator ';' "$BOOK" \
          "SELECT email AS EMAIL, first_name AS FIRSTNAME, last_name AS LASTNAME $FILTER"
        mv "$WORK/sqlite-brevo.csv.out.stdout" "$WORK/sqlite-brevo.csv.out"
      else
        measure "$REF-mailchimp" "$WORK/sqlite-mailchimp.csv.out" sqlite3 -csv -header "$BOOK" \
          "SELECT email AS 'Email Address', first_name AS 'First Name', last_name AS 'Last Name', '$TAG' AS Tags $FILTER"
        mv "$WORK/sqlite-mailchimp.csv.out.stdout" "$WORK/sqlite-mailchimp.csv.out"
      fi
      if [ -n "$FLOOR" ]; then
        # shellcheck disable=SC2086
        measure "java-floor-$profile" "$WORK/floor-$profile.csv.out" $FLOOR "$WORK/floor-$profile.csv.out" "$profile"
      fi
    elif [ -z "$TEAM_DB" ]; then
      case $profile in
        excel | full) kind=every columns=$EVERY_COLUMNS ;;
        *) kind=contact columns=$CONTACT_COLUMNS ;;
      esac
      if ! grep -qx "$run $REF-$kind" "$WORK/runs"; then
        echo "$run $REF-$kind" >> "$WORK/runs"
        measure "$REF-$kind" "$WORK/sqlite-$kind.csv.out" sqlite3 -csv -header "$BOOK" "SELECT $columns $FILTER"
      fi
    fi
  done
done
echo "   load average after the runs: $(cut -d' ' -f1-3 /proc/loadavg)"

best() { grep "^$1 " "$WORK/results" | sort -k2 -g | head -1; }
reference_best=$(best "$REF-mailchimp" | cut -d' ' -f2)
for profile in $PROFILES; do
  read -r _ wall _ < <(best "podium-$profile")
  peak=$(grep "^podium-$profile " "$WORK/results" | sort -k3 -g | tail -1 | cut -d' ' -f3)
  against=$reference_best
  if [ "$profile" = brevo ]; then against=$(best "$REF-brevo" | cut -d' ' -f2); fi
  printf 'best %-10s %6.2f s, %4d MiB peak at most; %s %5.2f s; ratio %.2f' "$profile" "$wall" "$peak" "$REF" \
    "$against" "$(echo "$wall / $against" | bc -l)"
  case $profile in
    mailchimp | brevo)
      floor=$(best "java-floor-$profile" | cut -d' ' -f2)
      [ -z "$floor" ] || printf '; floor of a Java reader %5.2f s, %.2f of %s' "$floor" "$(echo "$floor / $against" | bc -l)" "$REF" ;;
    excel | full) own=$(best "$REF-every" | cut -d' ' -f2) ;;
    *) own=$(best "$REF-contact" | cut -d' ' -f2) ;;
  esac
  case $profile in
    mailchimp | brevo) ;;
    *) [ -z "$own" ] || printf '; %s writing its columns %5.2f s, ratio %.2f' "$REF" "$own" "$(echo "$wall / $own" | bc -l)" ;;
  esac
  echo
done

for profile in mailchimp brevo; do
  case " $PROFILES " in *" $profile "*) ;; *) continue ;; esac
  python3 - "$WORK/podium-$profile.csv.out" "$WORK/sqlite-$profile.csv.out" "$profile" <<'PY'
import csv, sys
d = ';' if sys.argv[3] == 'brevo' else ','
def rows(path):
    with open(path, newline='', encoding='utf-8') as f:
        return list(csv.reader(f, delimiter=d))
a, b = rows(sys.argv[1]), rows(sys.argv[2])
print(f"{sys.argv[3]}: rows written: podium {len(a) - 1}, sqlite3 {len(b) - 1}; same rows in the same order: {a == b}")
sys.exit(0 if a == b else 1)
PY
  if [ -f "$WORK/floor-$profile.csv.out" ]; then
    echo "$profile: rows written by the floor (unquoted, so only counted): $(($(grep -c $'\r$' "$WORK/floor-$profile.csv.out") - 1))"
  fi
done
grep -E '"(written|excludedByStatus|excludedByConsent|excludedBySuppression)"' "$WORK/podium-mailchimp.csv.out.stdout" \
  2>/dev/null | tr -d ' \n'; echo
