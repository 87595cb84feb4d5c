#!/usr/bin/env bash
# Lighthouse 12.2.3 (npm) with Debian's chromium, mobile settings (Lighthouse's default: Moto G Power, slow 4G),
# on the home page, a session page, an archive page and the registration page of a baked site served locally with gzip.
# Usage: scripts/lighthouse.sh
# The site is baked twice for http://127.0.0.1:8830/: as of today (target/www-lighthouse: home and session pages,
# whose script would otherwise move the sessions the build saw upcoming into the past, a layout shift no visitor
# sees), and as of 2020-10-01 (target/www-lighthouse-inscription), when the registration page carries its form.
# That page is measured without its script: by today's clock it would find every session over and withdraw the form
# (what a visitor sees once the programme is over), a change no visitor sees on the day the page was baked.
# Reports in target/lighthouse/.
set -euo pipefail
cd "$(dirname "$0")/.."
port=8830
bake() {
  mvn -B -q -o package -DskipTests -Dsite.host="http://127.0.0.1:$port/" -Dprogramme.output="$PWD/$1" "${@:2}" \
    || mvn -B -q package -DskipTests -Dsite.host="http://127.0.0.1:$port/" -Dprogramme.output="$PWD/$1" "${@:2}"
}
bake target/www-lighthouse
bake target/www-lighthouse-inscription -Dprogramme.today=2020-10-01
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
mkdir -p target/lighthouse
run() { # site page [lighthouse options…]
  node scripts/serve-gzip.mjs "$1" "$port" & local server=$!
  sleep 1
  local name
  name=$(basename "${2:-index.html}" .html)
  npx --yes lighthouse@12.2.3 "http://127.0.0.1:$port/$2" --quiet \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update" \
    --output=json --output=html --output-path="target/lighthouse/$name" "${@:3}" >/dev/null || { kill $server; return 1; }
  kill $server
  node -e '
    const r = require(process.argv[1]);
    const s = Object.fromEntries(Object.entries(r.categories).map(([k, c]) => [k, Math.round(c.score * 100)]));
    console.log(process.argv[2].padEnd(60), "performance", s.performance, "| accessibility", s.accessibility,
      "| best-practices", s["best-practices"], "| seo", s.seo);
  ' "$PWD/target/lighthouse/$name.report.json" "/$2"
}
session=$(cd target/www-lighthouse && ls webinaires/*.html | head -1)
# The home page at the site's address, as visitors reach it (its canonical address).
run target/www-lighthouse ""
run target/www-lighthouse "$session"
# A listing of the archives (a year's sessions, all past).
run target/www-lighthouse "$(cd target/www-lighthouse && ls archives/2*.html | head -1)"
run target/www-lighthouse-inscription inscription.html --blocked-url-patterns='*/js/inscription.js'
