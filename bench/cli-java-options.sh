# Sourced by the benchmarks: the Java options of the command line's launcher as the package gives
# them (installer/linux/podium-cli.properties), less its class-data-sharing archive, which each
# benchmark makes for itself from the command it measures. One source, so a benchmark measures
# what /usr/bin/podium runs.
cli_java_options() {
  sed -n 's/^java-options=//p' installer/linux/podium-cli.properties | tr ' ' '\n' \
    | grep -v -e '^-XX:SharedArchiveFile=' -e '^-Xshare:' -e '^$' | paste -sd' ' -
}
