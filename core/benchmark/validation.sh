#!/usr/bin/env bash
# Validation benchmark: generates N session files (default 5000) and times reading + validating them.
# Usage, from anywhere: core/benchmark/validation.sh [N]     (see docs/performance.md)
# JAVA_OPTS=-DperRule=true adds the cold time of each rule.
set -euo pipefail
cd "$(dirname "$0")/.."
# ical4j is left out: on the class path of a plain JVM it registers a time-zone provider that slows the
# first ZoneId look-up, which does not happen inside Maven, where the plugin has its own class loader.
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/validation-benchmark.classpath -Dmdep.includeScope=test \
  -DexcludeArtifactIds=ical4j
# With the JVM options of the project's Maven builds (.mvn/jvm.config), as the plugin runs in them.
exec java $(cat ../.mvn/jvm.config 2>/dev/null) ${JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/validation-benchmark.classpath)" \
  fr.gouv.diplomatie.daect.programme.validation.ValidationBenchmark "$@"
