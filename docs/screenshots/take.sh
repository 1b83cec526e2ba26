#!/usr/bin/env bash
# NOTE: predates kiosk enrolment and the attract screen: a kiosk started this way waits on the
# enrolment screen. docs/screenshots/take-slip.sh shows how to enrol one; the list and detail
# screenshots were last taken by hand with ./run-demo.sh under Xvfb (xdotool clicks).
# Takes the kiosk screenshots in this folder: list and detail at 1920x1080 and 1080x1920, and the
# offline list at 1920x1080. Needs Debian's xvfb, xdotool, imagemagick, libgtk-3-0, fonts-noto-core.
# Starts its own sync server (demo data, temporary database) and stops everything it started.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=docs/screenshots
work=$(mktemp -d)
port=7171
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

mvn -B -q -DskipTests package

ABK_SERVER_HOST=127.0.0.1 ABK_SERVER_PORT=$port ABK_SERVER_DB="$work/server.db" \
  java -jar sync-server/target/sync-server.jar >"$work/server.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 60); do
  if (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then break; fi
  sleep 0.5
done

# shoot WIDTH HEIGHT DISPLAY SERVER DATA NAME [CLICK_X CLICK_Y DETAIL_NAME]
shoot() {
  local width=$1 height=$2 display=$3 server=$4 data=$5 name=$6
  Xvfb ":$display" -screen 0 "${width}x${height}x24" -nolisten tcp >/dev/null 2>&1 &
  local xvfb=$!
  sleep 1.5
  DISPLAY=":$display" java -Dabk.server.url="$server" -Dabk.kiosk.data="$data" \
    -jar kiosk/target/kiosk.jar --size="${width}x${height}" >>"$work/kiosk.log" 2>&1 &
  local kiosk=$!
  sleep 10
  import -display ":$display" -window root "$out/$name"
  if [ $# -gt 6 ]; then
    DISPLAY=":$display" xdotool mousemove "$7" "$8" click 1
    sleep 2
    import -display ":$display" -window root "$out/$9"
  fi
  kill "$kiosk"; wait "$kiosk" 2>/dev/null || true
  kill "$xvfb"; wait "$xvfb" 2>/dev/null || true
}

server="http://127.0.0.1:$port"
shoot 1920 1080 97 "$server" "$work/kiosk-landscape" kiosk-list-1920x1080.png 1400 400 kiosk-detail-1920x1080.png
shoot 1080 1920 98 "$server" "$work/kiosk-portrait" kiosk-list-1080x1920.png 500 1100 kiosk-detail-1080x1920.png
# The same landscape kiosk with its server gone: it starts from its own store and says so.
shoot 1920 1080 97 "http://127.0.0.1:$((port + 1))" "$work/kiosk-landscape" kiosk-offline-1920x1080.png
echo "Screenshots in $out"
