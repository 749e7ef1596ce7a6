#!/bin/sh
# Makes Podium's class-data-sharing archive (lib/app/podium.jsa) for the place this copy of
# Podium is in, from the classes a start-up loads (lib/app/podium.classlist, recorded when the
# package was built). The launcher maps the archive instead of reading and checking those
# classes one by one. On JDK 17 an archive holds the exact paths of the jars, so it is made
# here, after installing (the .deb's postinst runs this); run it again after moving Podium.
# Without the archive, or with a stale one, Podium starts as it would anyway, only slower.
set -eu
app=$(cd "$(dirname "$0")" && pwd -P)
runtime=$(dirname "$app")/runtime
# The class path exactly as the launcher builds it from Podium.cfg, in the same order.
classpath=$(sed -n 's/^app\.classpath=//p' "$app/Podium.cfg" | sed "s|\\\$APPDIR|$app|g" | paste -sd: -)
rm -f "$app/podium.jsa" "$app/podium.jsa.tmp"
"$runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$app/podium.classlist" \
  -XX:SharedArchiveFile="$app/podium.jsa.tmp" -Xlog:all=off -cp "$classpath" >/dev/null
mv "$app/podium.jsa.tmp" "$app/podium.jsa"
