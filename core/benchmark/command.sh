#!/usr/bin/env bash
# The editors' command as issue 17 measures it: for each size (default 10 and 5000), a copy of this repository whose
# content/webinaires/ holds that many generated sessions (the build benchmark's generator), built once, then the whole
# `mvn -B -o -q -N package` timed REPEAT times (default 3) per size, the sizes alternately, each a fresh Maven process:
# wall-clock and CPU time of each run, then the means and each size's difference with the first.
# The plugin is first installed in the local Maven repository from this working tree (unit tests skipped).
# COMPARE=<commit> also times the plugin built at that commit, in the same copies, each of its runs just before the
# working tree's (the plugin's jars are swapped in the local repository, the working tree's put back at the end): an A/B
# of two versions in the same minutes, which the host's drift from hour to hour does not blur.
# Before each timed run the editor changes something, as between two real builds: the title of the session in the middle
# of the programme (its page, its neighbours', the listings, its calendar and the search index change), so that the
# build keeps the rest from the previous one. FULL=1 times full bakes instead (-Dprogramme.incremental=false).
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
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10 5000)
workdir="$(mktemp -d -t programme-command-XXXXXX)"
# KEEP=1 keeps the copies (their folder is printed) to look into a build.
[ -n "${KEEP:-}" ] && echo "copies in $workdir" || trap 'rm -rf "$workdir" "$log"' EXIT

# The plugin's two jars in the local repository, which each run of the copies uses.
version="$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -1)"
installed=("$HOME/.m2/repository/fr/gouv/diplomatie/daect/programme-core/$version/programme-core-$version.jar"
           "$HOME/.m2/repository/fr/gouv/diplomatie/daect/programme-maven-plugin/$version/programme-maven-plugin-$version.jar")
# Copies keep the jars' dates: the build's key (BuildKey) includes them, and a new date would make every run a full bake.
keep_jars() { mkdir -p "$1" && cp -p "${installed[@]}" "$1/"; }
use_jars() { cp -p "$1/$(basename "${installed[0]}")" "${installed[0]}" && cp -p "$1/$(basename "${installed[1]}")" "${installed[1]}"; }
maven install -pl core,plugin -DskipTests -Dinvoker.skip=true
(cd core && maven test-compile)
keep_jars "$workdir/jars-travail"
versions=(travail)
if [ -n "${COMPARE:-}" ]; then
  # From here on, whatever happens, the working tree's plugin is the installed one at the end.
  trap 'use_jars "$workdir/jars-travail"; [ -n "${KEEP:-}" ] || rm -rf "$workdir" "$log"; git worktree prune' EXIT
  compared="$(git rev-parse --short "$COMPARE^{commit}")"
  git worktree add -q --detach "$workdir/tree-$compared" "$compared"
  (cd "$workdir/tree-$compared" && maven install -pl core,plugin -DskipTests -Dinvoker.skip=true)
  keep_jars "$workdir/jars-$compared"
  git worktree remove --force "$workdir/tree-$compared"
  versions=("$compared" travail)
fi

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

# The host's own speed drifts by up to a fifth between hours (every build, CPU time included): a fixed one-core task
# timed before and after the series tells a slow hour from a slower build.
yardstick() {
  local started ended
  started=$(date +%s.%N)
  head -c 268435456 /dev/zero | sha256sum >/dev/null
  ended=$(date +%s.%N)
  LC_NUMERIC=C awk -v a="$started" -v b="$ended" 'BEGIN { printf "%.2f s", b - a }'
}
full=""
if [ -n "${FULL:-}" ]; then full="-Dprogramme.incremental=false"; fi
echo "mvn -B -o -q -N package ${full:-(one title changed before each run)}, $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "étalon de la machine avant la série (SHA-256 de 256 Mo, un cœur) : $(yardstick)"
# Wall-clock time, and the CPU time of Maven and of what it runs (Pagefind included): on two busy cores the CPU is
# the steadier figure, and half the CPU a size costs more is the least its wall-clock time can cost more.
TIMEFORMAT='%R %U %S'
export LC_NUMERIC=C
times="$workdir/times"
: >"$times"
for run in $(seq "${REPEAT:-3}"); do
  for n in "${sizes[@]}"; do
    for v in "${versions[@]}"; do
      use_jars "$workdir/jars-$v"
      edited="$(ls "$workdir/site-$n/content/webinaires/"*.md | sort | sed -n "$(( (n + 1) / 2 ))p")"
      sed -i "s/^title=.*/title=Titre revu, essai $run ($v)/" "$edited"
      if ! measure=$( { time (cd "$workdir/site-$n" && maven -N package -Dprogramme.today=2021-01-01 $full); } 2>&1 ); then
        echo "$measure"
        exit 1
      fi
      read -r wall user system <<<"$measure"
      echo "$v $n $wall $user $system" >>"$times"
      label=""
      if [ ${#versions[@]} -gt 1 ]; then label=" ($v)"; fi
      printf '%6d séances%s : %5.2f s, CPU %5.2f s (charge : %s)\n' "$n" "$label" "$wall" \
        "$(awk "BEGIN { print $user + $system }")" "$(cut -d' ' -f1 /proc/loadavg)"
    done
  done
done
echo "étalon de la machine après la série : $(yardstick)"
echo "moyennes :"
awk -v cores="$(nproc)" -v first="${sizes[0]}" -v several="${#versions[@]}" '
     { key = $1 " " $2; wall[key] += $3; cpu[key] += $4 + $5; runs[key]++ }
     END {
       for (key in runs) {
         split(key, part, " "); v = part[1]; n = part[2]
         w = wall[key] / runs[key]; c = cpu[key] / runs[key]
         label = several > 1 ? " (" v ")" : ""
         printf "%6d séances%s : %5.2f s, CPU %5.2f s", n, label, w, c
         base = v " " first
         if (n != first) {
           dc = c - cpu[base] / runs[base]
           printf " ; %+.2f s et %+.2f s de CPU par rapport à %d (sur %d cœurs, au moins %+.2f s)", w - wall[base] / runs[base], dc, first, cores, dc / cores
         }
         other = "travail " n
         if (v != "travail" && other in runs) {
           printf " ; le travail en cours : %+.2f s et %+.2f s de CPU", wall[other] / runs[other] - w, cpu[other] / runs[other] - c
         }
         printf "\n"
       }
     }' "$times" | sort -n -k1,1 -k3,3
