#!/usr/bin/env bash
# Starts the whole system on its embedded default: the sync server on SQLite with the demo data,
# and a kiosk window connected to it. Extra arguments go to the kiosk (e.g. --windowed).
# Stop both with Ctrl+C.
set -euo pipefail
cd "$(dirname "$0")"

mvn -B -q -DskipTests package

mkdir -p data
java -jar sync-server/target/sync-server.jar &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT INT TERM

# Wait for the server to answer before the kiosk fetches from it.
for _ in $(seq 1 60); do
  if (exec 3<>/dev/tcp/127.0.0.1/7070) 2>/dev/null; then break; fi
  sleep 0.5
done

# The demo server writes a one-time code for the demo kiosk's centre; the kiosk enrols with it by itself
# on its first start (later starts keep their enrolment).
code_file=data/demo-enrolment-code.txt
for _ in $(seq 1 20); do [ -s "$code_file" ] && break; sleep 0.5; done
# The kiosk's JVM options as on a kiosk PC (README, "A kiosk"): a small heap, a small JVM, and
# class-data sharing for its classes: the first start after a build writes the archive as it exits.
if [ data/kiosk.jsa -nt kiosk/target/kiosk.jar ]; then
  cds=-XX:SharedArchiveFile=data/kiosk.jsa
else
  rm -f data/kiosk.jsa
  cds=-XX:ArchiveClassesAtExit=data/kiosk.jsa
fi
ABK_KIOSK_ENROLMENT_CODE="$(cat "$code_file" 2>/dev/null || true)" MALLOC_ARENA_MAX=2 \
    java -Xmx128m -Xmn16m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -XX:ReservedCodeCacheSize=32m "$cds" \
    -jar kiosk/target/kiosk.jar "$@"
