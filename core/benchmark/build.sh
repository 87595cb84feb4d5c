#!/usr/bin/env bash
# Build benchmark: for each size (default 500 5000 20000), generates that many sessions in a temporary copy of
# the site and times validation, bake (JBake, calendars, other files) and check, each size in a fresh JVM.
# Usage, from anywhere: core/benchmark/build.sh [N...]      (see docs/performance.md)
# JAVA_OPTS="-Dsteps=true" also prints the bake's own summary, step by step; "-Dtimeline=true" the cores in use every
# 100 ms; "-Dcheck=false" leaves the check goal out. REPEAT=3 runs each size three times.
set -euo pipefail
plugin="$(cd "$(dirname "$0")/.." && pwd)"
repository="$(dirname "$plugin")"
cd "$plugin"
[ -d "$repository/node_modules/@gouvfr/dsfr" ] || (cd "$repository" && npm ci --ignore-scripts --no-audit --no-fund >/dev/null)
mvn -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/benchmark.classpath -Dmdep.includeScope=test \
  || mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/benchmark.classpath -Dmdep.includeScope=test
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(500 5000 20000)
# The JVM options of the project's Maven builds (.mvn/jvm.config), as the plugin runs in them.
maven_jvm_options="$(cat "$repository/.mvn/jvm.config" 2>/dev/null || true)"
# The generated projects are deleted once, at the end: on this machine's file system (ext4 without a journal), files
# created within minutes of thousands of deletions cost much more kernel time (it skips recently freed inodes), so
# deleting each project before the next run would slow the next one (docs/performance.md).
workdir="$(mktemp -d -t programme-benchmark-XXXXXX)"
trap 'rm -rf "$workdir"' EXIT
# REPEAT=n runs each size n times, each in a fresh JVM: on a virtual machine, identical runs vary by 10 to 30 %.
for n in "${sizes[@]}"; do
  for _ in $(seq "${REPEAT:-1}"); do
    # A fresh JVM per size, with Maven's default heap settings, as the plugin runs in a build.
    java $maven_jvm_options -Dbenchmark.workdir="$workdir" ${JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/benchmark.classpath)" \
      fr.gouv.diplomatie.daect.programme.benchmark.BuildBenchmark "$repository" "$n"
  done
done
