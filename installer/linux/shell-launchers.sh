#!/usr/bin/env bash
# The Linux step of `mvn -Pdist package` between the app-image and the .deb, given the app-image
# (target/dist/image/Podium): replaces each of jpackage's native launchers (bin/Podium,
# bin/podium-cli) by a shell script that starts the runtime's java with exactly what the
# launcher's lib/app/NAME.cfg says: its Java options, class path (in the same order, which the
# class-data-sharing archive needs) and main class.
#
# Why: on Linux, jpackage's launcher asks the package manager who owns it at every start, twice
# (`rpm -qf`, then `dpkg -S`, which reads the file list of every installed package, and for an
# installed package `dpkg -L` as well), to find its own library. That was about 150 ms of every
# start-up, launch to window, and of every command (installer/startup-benchmark.sh).
#
# Each script runs the runtime's java under the launcher's name (lib/runtime/bin/Podium: a link
# to java in the app-image, a 16 KB copy of it in the .deb, whose builder copies links), so that
# ps, top and the desktop's task list show Podium, not java.
set -euo pipefail
image=$(cd "$1" && pwd -P)
app=$image/lib/app

# The values of one key of a .cfg file, one a line, in order.
values() {
  sed -n "s/^$2=//p" "$1"
}

# Each value goes into the script between double quotes, where the shell expands $APPDIR (the
# launcher's own folder, as in jpackage's launcher) and must read nothing else.
check_quotable() {
  local value rest
  for value in "$@"; do
    rest=${value//\$APPDIR/}
    case $rest in
      *[\$\`\"\\]*) echo "shell-launchers.sh: $config: a shell would read this value otherwise: $value" >&2; exit 1 ;;
    esac
  done
}

shopt -s nullglob
configs=("$app"/*.cfg)
[ ${#configs[@]} -gt 0 ] || { echo "shell-launchers.sh: no launcher configuration in $app" >&2; exit 1; }
for config in "${configs[@]}"; do
  name=$(basename "$config" .cfg)
  [ -x "$image/bin/$name" ] || { echo "shell-launchers.sh: $config has no launcher bin/$name" >&2; exit 1; }
  main=$(values "$config" app.mainclass)
  [ -n "$main" ] || { echo "shell-launchers.sh: $config names no main class" >&2; exit 1; }
  if grep -q '^\[ArgOptions\]' "$config" || grep -q '^app\.mainmodule=' "$config"; then
    echo "shell-launchers.sh: $config has arguments or a main module, which these scripts do not pass on" >&2
    exit 1
  fi
  classpath=$(values "$config" app.classpath | paste -sd: -)
  mapfile -t options < <(values "$config" java-options)
  check_quotable "$main" "$classpath" "${options[@]}"
  {
    echo '#!/bin/sh'
    echo "# Podium's launcher $name, written from lib/app/$name.cfg by installer/linux/shell-launchers.sh"
    echo "# when the package was built (jpackage's own launcher asks dpkg who owns it at every start)."
    echo 'bin=$(dirname "$(readlink -f "$0")")'
    echo 'APPDIR=$(cd "$bin/../lib/app" && pwd -P)'
    printf 'exec "$bin/../lib/runtime/bin/%s"' "$name"
    printf ' \\\n  "%s"' "${options[@]}"
    printf ' \\\n  -cp "%s" \\\n  %s "$@"\n' "$classpath" "$main"
  } >"$image/bin/$name.tmp"
  chmod 755 "$image/bin/$name.tmp"
  mv "$image/bin/$name.tmp" "$image/bin/$name"
  ln -sfn java "$image/lib/runtime/bin/$name"
done
# The native launchers' library; nothing starts it any more.
rm -f "$image/lib/libapplauncher.so"
echo "shell-launchers.sh: $(printf '%s ' "${configs[@]##*/}")→ shell launchers in $image/bin"
