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
