#!/usr/bin/env bash
# One load run: build, start the platform, seed it, run a simulation, print the summary.
#
#   load-tests/run.sh <Simulation> [options] [-Dname=value …]
#
# Simulations: SynchronizedStart, SubmissionRate, JourneyLadder, LeaderboardReaders, RegistrationWave, MixedDay, Overload, Smoke
# Options (LoadRun): --contestants=N  --questions=N  --attempts=N  --time-limit-seconds=N
#                    --recreate (drop and recreate the configured database, flush the configured Redis db)
#                    --platform-jvm="-Xms256m -Xmx512m"  --gatling-jvm="-Xmx1g"  --profile (JFR)
#                    --warmup=N (N s of light traffic first, not measured)
#                    --label=text  --verbose (Gatling's console output)  --no-build
# -D… are the simulation's parameters (see each simulation's javadoc), e.g. -Dusers=5000 -Dwithin=10.
#
# Services: DATASOURCES_DEFAULT_URL / REDIS_URI when set, else embedded MariaDB and Redis, thrown
# away afterwards. Rate limits are lifted for the run (RATE_LIMIT_ENABLED=true keeps them).
# Output: load-tests/target/load-runs/<time>-<simulation>/ (summary.txt, platform.log, Gatling report).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -lt 1 ] || [ "$1" = "--help" ] || [ "$1" = "-h" ]; then
  sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
simulation="$1"
shift

java_major() { "$1/bin/java" -version 2>&1 | sed -nE 's/.*version "([0-9]+).*/\1/p' | head -1; }
if [ -z "${JAVA_HOME:-}" ] || [ "$(java_major "$JAVA_HOME")" -lt 21 ] 2>/dev/null; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64; do
    if [ -x "$candidate/bin/java" ]; then export JAVA_HOME="$candidate"; break; fi
  done
fi

args=()
build=1
for arg in "$@"; do
  if [ "$arg" = "--no-build" ]; then build=0; else args+=("$arg"); fi
done
if [ "$build" = 1 ]; then
  echo "Building the app and the simulations ..."
  ./mvnw -q -B -pl app,load-tests -am package -DskipTests
fi

# Gatling reads its results through JDK internals (as its Maven plugin allows it to)
exec "$JAVA_HOME/bin/java" --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/jdk.internal.misc=ALL-UNNAMED \
  --enable-native-access=ALL-UNNAMED -cp "load-tests/target/test-classes:$(cat load-tests/target/gatling.classpath)" \
  vn.dongnai.contest.load.LoadRun --simulation="$simulation" --root="$PWD" "${args[@]}"
