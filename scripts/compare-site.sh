#!/usr/bin/env bash
# Compares the site built at a git commit with the site built from the working tree, file by file.
#
#   scripts/compare-site.sh <commit> [maven options…]
#
# Both are built the same way (mvn -B -q package -DskipTests, the given Maven options, and
# -Dprogramme.today fixed, so that "upcoming" and "past" are decided alike), the commit in a temporary
# git worktree removed afterwards. Prints the files that differ; exit status 0 when the two target/www
# trees are identical, 1 when they differ, 2 when a build fails.
#
#   PROGRAMME_TODAY=2020-11-20 scripts/compare-site.sh main -o     # another date, Maven offline
#   KEEP=1 scripts/compare-site.sh HEAD~3                          # keep the commit's worktree to look into it
set -euo pipefail

if [[ $# -lt 1 ]]; then
    sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
fi
commit=$1
shift
today=${PROGRAMME_TODAY:-2020-11-20}
root=$(git rev-parse --show-toplevel)
cd "$root"
git rev-parse --verify --quiet "$commit^{commit}" >/dev/null || { echo "compare-site: $commit n'est pas un commit de ce dépôt" >&2; exit 2; }

other=$(mktemp -d "${TMPDIR:-/tmp}/compare-site.XXXXXX")
cleanup() {
    if [[ -z ${KEEP:-} ]]; then
        git worktree remove --force "$other/tree" >/dev/null 2>&1 || true
        rm -rf "$other"
    else
        echo "compare-site: the commit's worktree is kept in $other/tree (git worktree remove --force $other/tree)" >&2
    fi
}
trap cleanup EXIT
git worktree add --quiet --detach "$other/tree" "$commit"

# The front-end packages (the DSFR) are the same when package-lock.json is: copied rather than downloaded
# again, and marked as installed after the lock file was checked out.
if [[ -d node_modules ]] && cmp -s package-lock.json "$other/tree/package-lock.json"; then
    cp -a node_modules "$other/tree/node_modules"
    touch "$other/tree/node_modules/.package-lock.json"
fi

build() {
    local dir=$1 name=$2
    shift 2
    echo "compare-site: building $name…" >&2
    if ! (cd "$dir" && mvn -B -q package -DskipTests "-Dprogramme.today=$today" "$@" >"$other/$name.log" 2>&1); then
        echo "compare-site: the build of $name failed (mvn package in $dir):" >&2
        tail -n 40 "$other/$name.log" >&2
        exit 2
    fi
}
build "$other/tree" "$commit" "$@"
build "$root" "the working tree" "$@"

if diff -rq "$other/tree/target/www" "$root/target/www"; then
    echo "compare-site: target/www is the same at $commit and in the working tree (programme.today=$today)." >&2
    exit 0
fi
echo "compare-site: target/www differs between $commit (first) and the working tree (second), see above." >&2
exit 1
