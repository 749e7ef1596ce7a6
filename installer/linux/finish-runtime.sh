#!/usr/bin/env bash
# The Linux step of `mvn -Pdist package` between jlink and jpackage, given target/dist:
# 1. puts JavaFX's native libraries into the runtime's lib/, where a jlinked JavaFX loads them
#    from (otherwise it unpacks them into ~/.openjfx/cache and checks them at every start);
# 2. starts Podium once under a display (Xvfb when there is none) with the start-up probe, and
#    records the classes that start-up loads in input/podium.classlist, with those a small
#    import and export on the command line load (picocli's among them), so the command line's
#    launcher starts from the archive too. podium-cds.sh turns that list into a class-data-
#    sharing archive where Podium is installed: on JDK 17 an archive only works at the path it
#    was made for, so it cannot be made here.
# The start-up also proves that the trimmed runtime can show the window: a missing module fails here.
set -euo pipefail
dist=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
runtime=$dist/runtime
input=$dist/input
jar=${JAVA_HOME:+$JAVA_HOME/bin/}jar

for module in "$dist"/javafx/*.jar; do
  natives=$("$jar" tf "$module" | grep '\.so$' || true)
  if [ -n "$natives" ]; then
    # shellcheck disable=SC2086 # one argument per library name
    (cd "$runtime/lib" && "$jar" xf "$module" $natives)
  fi
done

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
classpath="$input/podium.jar:$input/lib/*"
# A scratch home: the training run must not read or write the builder's own book or preferences.
podium() {
  env HOME="$scratch" XDG_DATA_HOME="$scratch/data" "$@"
}
# The sample webinars fill the list, as on a real book, and spare the first-start question.
podium "$runtime/bin/java" -cp "$classpath" org.podium.Main --db "$scratch/training.db" sample load >/dev/null

display=()
if [ -z "${DISPLAY:-}" ] || ! command -v xdpyinfo >/dev/null 2>&1 || ! xdpyinfo >/dev/null 2>&1; then
  if ! command -v xvfb-run >/dev/null 2>&1; then
    echo "finish-runtime.sh: recording the start-up needs a display: install Xvfb (apt-get install xvfb) or set DISPLAY" >&2
    exit 1
  fi
  display=(xvfb-run --auto-servernum --server-args="-screen 0 1280x1024x24")
fi
"${display[@]}" env HOME="$scratch" XDG_DATA_HOME="$scratch/data" PODIUM_MEASURE_STARTUP=1 \
  "$runtime/bin/java" -XX:DumpLoadedClassList="$input/podium.classlist" -cp "$classpath" org.podium.Main \
  --db "$scratch/training.db" 2>"$scratch/training.err" || {
    cat "$scratch/training.err" >&2
    echo "finish-runtime.sh: the packaged runtime could not start the window (see above)" >&2
    exit 1
  }
if ! grep -q '^podium.startup.ms=' "$scratch/training.err"; then
  cat "$scratch/training.err" >&2
  echo "finish-runtime.sh: the window did not report that it came up" >&2
  exit 1
fi
# The command line: an import and an export of one event, as /usr/bin/podium runs them.
printf 'Email,First name,Last name\nana.rossi@example.org,Ana,Rossi\n' > "$scratch/training.csv"
podium "$runtime/bin/java" -XX:DumpLoadedClassList="$scratch/import.classlist" -cp "$classpath" org.podium.Main \
  --db "$scratch/training.db" registrants import --event 1 "$scratch/training.csv" >/dev/null
podium "$runtime/bin/java" -XX:DumpLoadedClassList="$scratch/export.classlist" -cp "$classpath" org.podium.Main \
  --db "$scratch/training.db" registrants export --event 1 --profile mailchimp -o "$scratch/training-export.csv" \
  --include-without-consent --json >/dev/null
# One list, the window's classes first, each class once.
cat "$input/podium.classlist" "$scratch/import.classlist" "$scratch/export.classlist" | awk '!seen[$0]++' \
  > "$scratch/podium.classlist"
mv "$scratch/podium.classlist" "$input/podium.classlist"
echo "finish-runtime.sh: $(grep -c . "$input/podium.classlist") classes recorded; $(grep '^podium.startup.ms=' "$scratch/training.err")"
cp "$here/podium-cds.sh" "$input/podium-cds.sh"
