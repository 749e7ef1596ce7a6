#!/usr/bin/env bash
# Smoke test of the Linux package: unpacks the .deb into a temporary root (no install, no root
# needed), then checks that its launcher prints the version, runs commands on a book, makes
# the start-up archive, opens the window under Xvfb, and shows a refused book's dialog
# instead of a stack trace. Exits non-zero at the first thing that is wrong.
#
#   installer/smoke-test.sh [target/dist/deb/podium_VERSION-1_amd64.deb]
#
# Needs dpkg-deb, Xvfb, xdotool (and the libraries the package depends on, such as libgtk-3-0).
set -euo pipefail
cd "$(dirname "$0")/.."

deb=${1:-$(ls -t target/dist/deb/podium_*.deb 2>/dev/null | head -1 || true)}
[ -n "$deb" ] && [ -f "$deb" ] || { echo "smoke-test: no .deb given or found; build it with: mvn -Pdist package" >&2; exit 1; }
for tool in dpkg-deb Xvfb xdotool; do
  command -v "$tool" >/dev/null || { echo "smoke-test: $tool is missing (apt-get install dpkg xvfb xdotool)" >&2; exit 1; }
done

work=$(mktemp -d)
xvfb_pid=
app_pid=
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "smoke-test: FAILED: $*" >&2
  exit 1
}
step() {
  echo "smoke-test: $*"
}

dpkg-deb -x "$deb" "$work/root"
# Two launchers of one program: Podium for the window (the menu entry), podium-cli for the
# command line (/usr/bin/podium), which keeps the optimising compiler.
podium=$work/root/opt/podium/bin/Podium
cli=$work/root/opt/podium/bin/podium-cli
[ -x "$podium" ] || fail "no launcher at /opt/podium/bin/Podium in $deb"
[ -x "$cli" ] || fail "no launcher at /opt/podium/bin/podium-cli in $deb"
version=$(dpkg-deb -f "$deb" Version)
version=${version%-*}
# A home of its own: nothing here may touch the tester's own book or preferences.
export HOME=$work/home XDG_DATA_HOME=$work/home/data
mkdir -p "$HOME"
unset PODIUM_DB

step "--version, from both launchers"
for launcher in "$podium" "$cli"; do
  out=$("$launcher" --version 2>"$work/err")
  [ "$(sed -n 1p <<<"$out")" = "Podium $version" ] || fail "$(basename "$launcher") --version printed '$out', expected 'Podium $version' first"
  grep -q "^Book format [0-9]" <<<"$out" || fail "$(basename "$launcher") --version does not name the book format: '$out'"
  grep -q "^SQLite 3\." <<<"$out" || fail "$(basename "$launcher") --version does not name the SQLite version: '$out'"
  [ ! -s "$work/err" ] || fail "$(basename "$launcher") --version wrote to stderr: $(cat "$work/err")"
done
flag() { # the value of JVM flag $1 in the process launcher $2 starts
  JAVA_TOOL_OPTIONS=-XX:+PrintFlagsFinal "$2" --version 2>/dev/null | awk -v name="$1" '$2 == name { print $4 }'
}
[ "$(flag TieredStopAtLevel "$podium")" = 1 ] || fail "the window's launcher does not stop at the quick compiler"
[ "$(flag TieredStopAtLevel "$cli")" = 4 ] || fail "the command line's launcher lacks the optimising compiler"
[ "$(flag MaxHeapSize "$cli")" = $((192 * 1024 * 1024)) ] || fail "the command line's launcher lacks its 192 MiB heap"
# jpackage's own Linux launchers ask rpm and dpkg who owns them at every start (about 150 ms);
# the package's are shell scripts that do not (installer/linux/shell-launchers.sh). A spy on the
# PATH tells if anything asks.
mkdir -p "$work/spy"
for tool in rpm dpkg dpkg-query; do
  printf '#!/bin/sh\necho "$0 $*" >>"%s/spy.log"\nexit 1\n' "$work" >"$work/spy/$tool"
  chmod +x "$work/spy/$tool"
done
for launcher in "$podium" "$cli"; do
  PATH=$work/spy:$PATH "$launcher" --version >/dev/null 2>&1 || fail "$(basename "$launcher") --version failed with the spy on the PATH"
done
[ ! -s "$work/spy.log" ] || fail "a launcher asked the package manager: $(cat "$work/spy.log")"
# /usr/bin/podium is a link to bin/podium-cli (postinst): the launcher finds Podium through it.
ln -s "$cli" "$work/podium-link"
out=$("$work/podium-link" --version 2>&1) || fail "the launcher through a link failed: $out"
[ "$(sed -n 1p <<<"$out")" = "Podium $version" ] || fail "the launcher through a link printed '$out'"
# The manual page and the bash completion the package links under /usr/share (postinst).
for file in podium.1 podium.bash-completion; do
  [ -s "$work/root/opt/podium/lib/app/$file" ] || fail "no $file in the package's lib/app"
done
man -l "$work/root/opt/podium/lib/app/podium.1" 2>/dev/null | grep -q "registrants" \
  || fail "the manual page does not render with man -l"
bash -c "source '$work/root/opt/podium/lib/app/podium.bash-completion' && complete -p podium" >/dev/null \
  || fail "the bash completion does not load"
# The process is called Podium in ps, top and the desktop's task list, not java.
"$cli" --db "$work/name.db" events list >/dev/null 2>&1 &
name_pid=$!
name=
for _ in $(seq 1 100); do
  # The script's shell is called podium-cli too, until it starts java: wait for java.
  case $(readlink "/proc/$name_pid/exe" 2>/dev/null || true) in
    */lib/runtime/bin/*) name=$(cat "/proc/$name_pid/comm" 2>/dev/null || true); break ;;
  esac
  sleep 0.02
done
wait "$name_pid" || true
[ "$name" = podium-cli ] || fail "the command line's Java process is called '$name', not podium-cli"
# jpackage gives every launcher a menu entry; the command line's is hidden (installer/linux/podium-cli.desktop).
grep -qx "NoDisplay=true" "$work/root/opt/podium/lib/podium-podium-cli.desktop" \
  || fail "the command line's launcher shows in the menu"

step "commands on a book"
book=$work/book.db
"$cli" --db "$book" sample load >"$work/out" 2>"$work/err" || fail "sample load: $(cat "$work/err")"
"$cli" --db "$book" events list >"$work/out" 2>"$work/err" || fail "events list: $(cat "$work/err")"
grep -q "European Cities on the Front Line" "$work/out" || fail "events list did not list the sample: $(cat "$work/out")"
[ ! -s "$work/err" ] || fail "events list wrote to stderr: $(cat "$work/err")"
"$cli" --db "$book" events list --json >"$work/out" 2>"$work/err" || fail "events list --json: $(cat "$work/err")"
[ "$(head -c 1 "$work/out")" = "[" ] || fail "events list --json did not print a JSON array: $(head -3 "$work/out")"
set +e
"$cli" --db "$book" no-such-command >/dev/null 2>&1
code=$?
set -e
[ "$code" = 2 ] || fail "a wrong command exited $code, expected 2"

step "the default book in the data folder"
"$cli" sample load >"$work/out" 2>"$work/err" || fail "sample load on the default book: $(cat "$work/err")"
[ -f "$XDG_DATA_HOME/podium/podium.db" ] || fail "the default book is not in \$XDG_DATA_HOME/podium: $(cat "$work/out")"

step "start-up archive (what the package's postinst makes)"
sh "$work/root/opt/podium/lib/app/podium-cds.sh" || fail "podium-cds.sh failed"
[ -s "$work/root/opt/podium/lib/app/podium.jsa" ] || fail "podium-cds.sh made no archive"
JAVA_TOOL_OPTIONS=-Xlog:cds=info "$podium" --version >"$work/out" 2>&1
grep -q "Mapped static" "$work/out" || fail "the launcher does not use the archive: $(grep -i cds "$work/out" | head -5)"
out=$("$podium" --version 2>&1)
[ "$(sed -n 1p <<<"$out")" = "Podium $version" ] && ! grep -qi "warn\|error" <<<"$out" || fail "with the archive, --version printed '$out'"

step "window under Xvfb"
display=
for n in $(seq 91 140); do
  if [ ! -e "/tmp/.X11-unix/X$n" ] && [ ! -e "/tmp/.X$n-lock" ]; then display=:$n; break; fi
done
[ -n "$display" ] || fail "no free X display number"
Xvfb "$display" -screen 0 1280x1024x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
export DISPLAY=$display
for _ in $(seq 1 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.2; done
xdotool getdisplaygeometry >/dev/null 2>&1 || fail "Xvfb did not start: $(cat "$work/xvfb.log")"

# Waits up to 60 s for a window whose title matches, and prints its id.
wait_for_window() {
  for _ in $(seq 1 120); do
    if ! kill -0 "$app_pid" 2>/dev/null; then return 1; fi
    id=$(xdotool search --onlyvisible --name "$1" 2>/dev/null | head -1 || true)
    if [ -n "$id" ]; then echo "$id"; return 0; fi
    sleep 0.5
  done
  return 1
}

"$podium" --db "$book" >"$work/window.out" 2>"$work/window.err" &
app_pid=$!
window=$(wait_for_window "^Podium — book.db$") || fail "the window did not come up: $(cat "$work/window.err")"
sleep 3
kill -0 "$app_pid" 2>/dev/null || fail "the window closed by itself: $(cat "$work/window.err")"
step "window $window is up: $(xdotool getwindowname "$window")"
# A picture of it for whoever reads the CI log's artefacts (ImageMagick, when installed).
if command -v import >/dev/null && [ -d target ]; then import -window root target/smoke-window.png 2>/dev/null || true; fi
# File → Quit by its shortcut, as a user would.
xdotool windowfocus --sync "$window" key --clearmodifiers ctrl+q 2>/dev/null || true
for _ in $(seq 1 40); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.25; done
if kill -0 "$app_pid" 2>/dev/null; then fail "File → Quit (Ctrl+Q) did not close the window"; fi
wait "$app_pid" || true
app_pid=
grep -q "Exception" "$work/window.err" && fail "the window printed an exception: $(cat "$work/window.err")"

step "start-up probe"
PODIUM_MEASURE_STARTUP=1 timeout 60 "$podium" --db "$book" >/dev/null 2>"$work/probe.err" \
  || fail "the start-up probe run failed: $(cat "$work/probe.err")"
grep '^podium.startup.ms=' "$work/probe.err" || fail "no start-up time reported: $(cat "$work/probe.err")"

step "a book from a newer Podium shows a dialog, not a stack trace"
newer=$work/newer.db
cp "$book" "$newer"
# A newer Podium would have raised the schema version, kept in bytes 60–63 of the file's header.
printf '\000\000\003\347' | dd of="$newer" bs=1 seek=60 count=4 conv=notrunc status=none
before=$(md5sum <"$newer")
"$podium" --db "$newer" >"$work/refused.out" 2>"$work/refused.err" &
app_pid=$!
window=$(wait_for_window "cannot open this book") || fail "no dialog for a newer book: $(cat "$work/refused.err")"
step "dialog $window: $(xdotool getwindowname "$window")"
# Escape presses Quit.
xdotool windowfocus --sync "$window" key Escape 2>/dev/null || true
for _ in $(seq 1 40); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.25; done
kill -0 "$app_pid" 2>/dev/null && fail "Quit (Escape) in the dialog did not quit"
wait "$app_pid" || true
app_pid=
grep -q "Exception" "$work/refused.err" && fail "a stack trace was printed: $(cat "$work/refused.err")"
[ "$(md5sum <"$newer")" = "$before" ] || fail "the newer book was modified"

echo "smoke-test: all checks passed for $deb"
