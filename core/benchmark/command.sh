#!/usr/bin/env bash
# The editors' command as issue 17 measures it: for each size (default 10 and 5000), a copy of this repository whose
# content/webinaires/ holds that many generated sessions (the build benchmark's generator), built once, then the whole
# `mvn -B -o -q -N package` timed REPEAT times (default 3) per size, the sizes alternately, each a fresh Maven process.
# The plugin is first installed in the local Maven repository from this working tree (unit tests skipped).
# Usage, from anywhere: core/benchmark/command.sh [N...]      (see docs/performance.md; TMPDIR=/dev/shm: in memory)
set -euo pipefail
core="$(cd "$(dirname "$0")/.." && pwd)"
repository="$(dirname "$core")"
cd "$repository"
[ -d node_modules/@gouvfr/dsfr ] || npm ci --ignore-scripts --no-audit --no-fund >/dev/null
log="$(mktemp -t programme-command-XXXXXX.log)"
# Runs Maven quietly; its output is shown only if it fails.
maven() {
  mvn -B -o -q "$@" >"$log" 2>&1 || { cat "$log"; exit 1; }
}
maven install -pl core,plugin -DskipTests -Dinvoker.skip=true
(cd core && maven test-compile)
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10 5000)
workdir="$(mktemp -d -t programme-command-XXXXXX)"
# KEEP=1 keeps the copies (their folder is printed) to look into a build.
[ -n "${KEEP:-}" ] && echo "copies in $workdir" || trap 'rm -rf "$workdir" "$log"' EXIT

for n in "${sizes[@]}"; do
  project="$workdir/site-$n"
  # The repository's files as Git sees them (committed or not, ignored ones left out), node_modules shared.
  git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' file; do
    [ -e "$file" ] && mkdir -p "$project/$(dirname "$file")" && cp -p "$file" "$project/$file"
  done
  ln -s "$repository/node_modules" "$project/node_modules"
  rm -rf "$project/content/webinaires" "$project/programme.lock"
  java -cp "$core/target/test-classes:$core/target/classes" fr.gouv.diplomatie.daect.programme.benchmark.GenerateProgramme "$workdir/generated-$n" "$n"
  cp -r "$workdir/generated-$n/content/webinaires" "$project/content/webinaires"
  # The first build makes target/ (an already built clone, as the issue measures it).
  (cd "$project" && maven -N package -Dprogramme.today=2021-01-01)
done
sync

echo "mvn -B -o -q -N package, $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq "${REPEAT:-3}"); do
  for n in "${sizes[@]}"; do
    start=$(date +%s.%N)
    (cd "$workdir/site-$n" && maven -N package -Dprogramme.today=2021-01-01)
    end=$(date +%s.%N)
    printf '%6d séances : %5.2f s (charge : %s)\n' "$n" "$(awk "BEGIN { print $end - $start }")" "$(cut -d' ' -f1 /proc/loadavg)"
  done
done
