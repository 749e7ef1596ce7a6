#!/usr/bin/env bash
# Draws Podium's icon (a white microphone on a blue rounded square) as podium.png, 256×256.
# Run it only to change the icon: the PNG is committed. Needs ImageMagick 6 (apt-get install imagemagick).
set -euo pipefail
cd "$(dirname "$0")"
# Drawn at 1024 px and scaled down, so the edges come out smooth.
convert -size 1024x1024 xc:none \
  -fill '#3A4FD8' -draw "roundrectangle 32,32 991,991 200,200" \
  -fill none -stroke white -strokewidth 56 -draw "arc 292,290 732,730 0,180" \
  -stroke none -fill white -draw "roundrectangle 392,170 632,610 120,120" \
  -draw "rectangle 484,720 540,830" \
  -draw "roundrectangle 352,810 672,866 28,28" \
  -resize 256x256 -depth 8 -strip podium.png
