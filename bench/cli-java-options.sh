# Sourced by the benchmarks: the Java options of the command line's launcher as the package gives
# them (installer/linux/podium-cli.properties), less its class-data-sharing archive, which each
# benchmark makes for itself from the command it measures. One source, so a benchmark measures
# what /usr/bin/podium runs.
cli_java_options() {
  sed -n 's/^java-options=//p' installer/linux/podium-cli.properties | tr ' ' '\n' \
    | grep -v -e '^-XX:SharedArchiveFile=' -e '^-Xshare:' -e '^$' | paste -sd' ' -
}

# The command line's class path as the package lays it out (lib/app): Podium's jar and the
# libraries beside it in lib/, without JavaFX, which the package links into its runtime as
# modules and the command line never loads. Made in folder $2 from the build's jar $1 and the
# lib/ folder beside it; prints the jar to run. (Run from target/, every JavaFX jar is on the
# class path too, and the JDK's start-up search for time-zone providers reads all of them.)
cli_app_jar() {
  local app="$2/app" lib
  rm -rf "$app"
  mkdir -p "$app/lib"
  cp "$1" "$app/podium.jar"
  for lib in "$(cd "$(dirname "$1")/lib" && pwd -P)"/*.jar; do
    case "$(basename "$lib")" in
      javafx-*) ;;
      *) ln -s "$lib" "$app/lib/" ;;
    esac
  done
  echo "$app/podium.jar"
}

# A class-data-sharing archive made the way the package makes its own (installer/linux/
# podium-cds.sh): the classes one untimed run loads are recorded, then dumped into a static
# archive. Unlike an archive written at exit, a static one also holds picocli's classes, which
# are built for Java 5 and would otherwise be read from their jar and verified at every start.
# Usage: cli_cds_archive ARCHIVE JAR PODIUM-ARGUMENTS…   (uses $JAVA_FLAGS; the run's output is dropped)
cli_cds_archive() {
  local archive=$1 jar=$2
  shift 2
  rm -f "$archive" "$archive.classlist"
  # shellcheck disable=SC2086
  java $JAVA_FLAGS -XX:DumpLoadedClassList="$archive.classlist" -jar "$jar" "$@" >/dev/null 2>&1
  # shellcheck disable=SC2086
  java $JAVA_FLAGS -Xshare:dump -XX:SharedClassListFile="$archive.classlist" -XX:SharedArchiveFile="$archive" \
    -Xlog:all=off -cp "$jar" >/dev/null 2>&1
  [ -f "$archive" ]
}
