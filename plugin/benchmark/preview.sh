#!/usr/bin/env bash
# Live preview benchmark: generates N sessions (default 5000) with this repository's templates and pages,
# starts the preview and times each save until the served page shows it.
# Usage, from anywhere: plugin/benchmark/preview.sh [N]     (see docs/performance.md)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/benchmark.classpath -Dmdep.includeScope=test
exec java ${JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/benchmark.classpath)" \
  fr.gouv.diplomatie.daect.programme.preview.PreviewBenchmark "${1:-5000}" ..
