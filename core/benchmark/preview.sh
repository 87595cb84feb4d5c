#!/usr/bin/env bash
# Live preview benchmark: generates N sessions (default 5000) with this repository's templates and pages,
# starts the preview and times each save until the served page shows it.
# Usage, from anywhere: core/benchmark/preview.sh [N]     (see docs/performance.md)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/benchmark.classpath -Dmdep.includeScope=test
# With the JVM options of the project's Maven builds (.mvn/jvm.config), as the plugin runs in them.
exec java $(cat ../.mvn/jvm.config 2>/dev/null) ${JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/benchmark.classpath)" \
  fr.gouv.diplomatie.daect.programme.preview.PreviewBenchmark "${1:-5000}" ..
