#!/usr/bin/env bash
# Writes assets/fonts/marianne-{regular,bold}.woff2: the DSFR's Marianne (installed by npm from package-lock.json)
# cut down to the characters of French text (Latin-1, œ Œ Ÿ, typographic quotes, dashes, ellipsis, spaces, €), in woff2.
# A full Marianne weight is ~58 KB; a subset ~12.5 KB, which keeps every page under its weight budget
# (docs/performance.md). Rerun after a DSFR upgrade, then commit the two files.
# Needs fontTools with Brotli: Debian packages python3-fonttools and python3-brotli.
set -euo pipefail
cd "$(dirname "$0")/.."
fonts=node_modules/@gouvfr/dsfr/dist/fonts
[ -d "$fonts" ] || npm ci --ignore-scripts --no-audit --no-fund
# Keep in step with the unicode-range of the @font-face rules in assets/css/site.css.
range="U+0020-007E,U+00A0-00FF,U+0152-0153,U+0178,U+02C6,U+02DA,U+02DC,U+2010-2014,U+2018-201A,U+201C-201E,U+2020-2022,U+2026,U+202F,U+2030,U+2039-203A,U+20AC,U+2122,U+2212"
for weight in Regular Bold; do
  out="assets/fonts/marianne-$(echo "$weight" | tr '[:upper:]' '[:lower:]').woff2"
  # No hinting (browsers render woff2 unhinted on most screens); kerning, ligatures and tabular figures (Chromium sets the numbers of ordered lists with them) kept.
  /usr/bin/env python3 -m fontTools.subset "$fonts/Marianne-$weight.woff2" --unicodes="$range" --flavor=woff2 \
    --layout-features='kern,liga,tnum' --no-hinting --desubroutinize --output-file="$out"
  echo "$out : $(wc -c < "$out") octets"
done
