#!/usr/bin/env bash
# Builds target/dist/dmg/Podium-VERSION.dmg on macOS: Podium.app with its own runtime, to drag
# into Applications. Its launcher runs the command line too:
#   /Applications/Podium.app/Contents/MacOS/Podium --version
#
# Needs: JDK 17 or newer (jlink, jpackage), Maven 3.8+, and Xcode's command-line tools (sips,
# iconutil, hdiutil come with macOS). Run from anywhere: installer/macos/build-dmg.sh
#
# This script cannot run on the project's Linux CI; it follows the Linux build in pom.xml's
# dist profile and was last checked against it, not run on a Mac. The app is not signed or
# notarised: Gatekeeper asks the user to confirm the first start (right-click → Open).
set -euo pipefail
cd "$(dirname "$0")/../.."

# JavaFX's jars for this Mac's processor.
case "$(uname -m)" in
  arm64) platform=mac-aarch64 ;;
  *) platform=mac ;;
esac

# 1. The jar, its libraries in target/dist/input and the trimmed runtime in target/dist/runtime.
#    The Linux-only steps (app-image, start-up recording, .deb) are skipped.
mvn -B -Pdist package -DskipTests -Djavafx.platform="$platform" -Ddist.linux.skip=true
version=$(mvn -q help:evaluate -Dexpression=project.version -DforceStdout)

# 2. The icon, drawn once as installer/linux/podium.png, in the sizes macOS asks for.
iconset=target/dist/Podium.iconset
rm -rf "$iconset" && mkdir -p "$iconset"
for size in 16 32 128 256; do
  sips -z "$size" "$size" installer/linux/podium.png --out "$iconset/icon_${size}x${size}.png" >/dev/null
  sips -z $((size * 2)) $((size * 2)) installer/linux/podium.png --out "$iconset/icon_${size}x${size}@2x.png" >/dev/null
done
iconutil -c icns "$iconset" -o target/dist/Podium.icns

# 3. The disk image. jpackage on macOS refuses a version whose first number is 0 (Apple's old
#    rule for CFBundleVersion), so a 0.x Podium is labelled 1.0.0 inside the bundle; the file
#    name and Help → About carry the real version.
bundle_version=$version
if [ "${version%%.*}" = 0 ]; then bundle_version=1.0.0; fi
rm -rf target/dist/dmg
jpackage --type dmg --name Podium --app-version "$bundle_version" --vendor Podium \
  --description "Webinars, panels and attendee lists for event coordinators, in one local SQLite book." \
  --runtime-image target/dist/runtime --input target/dist/input \
  --main-jar podium.jar --main-class org.podium.Main \
  --icon target/dist/Podium.icns --license-file LICENSE \
  --mac-package-identifier org.podium.Podium --mac-package-name Podium \
  --dest target/dist/dmg
mv "target/dist/dmg/Podium-$bundle_version.dmg" "target/dist/dmg/Podium-$version.dmg" 2>/dev/null || true
echo "Built target/dist/dmg/Podium-$version.dmg"
