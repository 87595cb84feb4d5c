#!/usr/bin/env bash
# Lighthouse 12.2.3 (npm) with Debian's chromium, mobile settings (Lighthouse's default: Moto G Power, slow 4G),
# on the home page, a session page and the registration page of a baked site served locally with gzip.
# Usage: scripts/lighthouse.sh [SITE_DIR]   (default target/www-lighthouse: this repository baked with
# programme.today=2020-10-01, so that the registration page carries its form). Reports in target/lighthouse/.
set -euo pipefail
cd "$(dirname "$0")/.."
site="${1:-target/www-lighthouse}"
if [ $# -eq 0 ]; then
  mvn -B -q -o package -DskipTests -Dprogramme.today=2020-10-01 -Dprogramme.output="$PWD/$site" -Dprogramme.lock=verify \
    || mvn -B -q package -DskipTests -Dprogramme.today=2020-10-01 -Dprogramme.output="$PWD/$site" -Dprogramme.lock=verify
fi
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
port=8830
node scripts/serve-gzip.mjs "$site" "$port" & server=$!
trap 'kill $server' EXIT
sleep 1
mkdir -p target/lighthouse
session=$(cd "$site" && ls webinaires/*.html | head -1)
for page in index.html "$session" inscription.html; do
  name=$(basename "$page" .html)
  npx --yes lighthouse@12.2.3 "http://127.0.0.1:$port/$page" --quiet \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update" \
    --output=json --output=html --output-path="target/lighthouse/$name" >/dev/null
  node -e '
    const r = require(process.argv[1]);
    const s = Object.fromEntries(Object.entries(r.categories).map(([k, c]) => [k, Math.round(c.score * 100)]));
    console.log(process.argv[2].padEnd(60), "performance", s.performance, "| accessibility", s.accessibility,
      "| best-practices", s["best-practices"], "| seo", s.seo);
  ' "$PWD/target/lighthouse/$name.report.json" "$page"
done
