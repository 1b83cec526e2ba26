#!/usr/bin/env bash
# Takes the referral-slip screenshots in this folder, at 1920x1080 and 1080x1920:
#   kiosk-issue-*.png        the issue screen: consent line, name and phone typed, on-screen keyboard
#   kiosk-slip-ready-*.png   the result: check mark and the printed slip (the demo's file printer)
#   kiosk-slip-not-printed-1080x1920.png   a thermal printer that cannot be reached
# Needs Debian's xvfb, xdotool, imagemagick, curl, libgtk-3-0, fonts-noto-core.
# Starts its own sync server (demo data, temporary database) and stops everything it started.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=docs/screenshots
work=$(mktemp -d)
port=7172
admin=screenshot-admin-token
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
touch "$work/kiosk.log"

mvn -B -q -DskipTests package

ABK_SERVER_HOST=127.0.0.1 ABK_SERVER_PORT=$port ABK_SERVER_DB="$work/server.db" ABK_SERVER_ADMIN_TOKEN=$admin \
  java -jar sync-server/target/sync-server.jar >"$work/server.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 60); do
  if (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then break; fi
  sleep 0.5
done
server="http://127.0.0.1:$port"

# A one-time enrolment code for the demo centre, as staff would create it.
code() {
  curl -fsS -X POST -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
    -d '{"centreId":"blkk-batang-1"}' "$server/api/v1/admin/enrolment-codes" | sed 's/.*"code":"\([^"]*\)".*/\1/'
}

# wait_for_log PATTERN FROM_LINE: waits (up to 90 s) until the kiosk log has PATTERN after line FROM_LINE.
wait_for_log() {
  for _ in $(seq 1 180); do
    if tail -n "+$(($2 + 1))" "$work/kiosk.log" 2>/dev/null | grep -q "$1"; then return 0; fi
    sleep 0.5
  done
  echo "the kiosk did not log '$1' in time; see $work/kiosk.log" >&2
  return 1
}

# shoot WIDTH HEIGHT DISPLAY CARD_X CARD_Y PRINT_X PRINT_Y NAME_SUFFIX [extra java options...]
# Opens a vacancy, taps "Cetak slip rujukan" (the bottom-right button), types a name, Enter, a phone
# number, takes the issue screen, then Enter (print) and takes the result.
shoot() {
  local width=$1 height=$2 display=$3 card_x=$4 card_y=$5 print_x=$6 print_y=$7 suffix=$8
  shift 8
  Xvfb ":$display" -screen 0 "${width}x${height}x24" -nolisten tcp >/dev/null 2>&1 &
  local xvfb=$!
  sleep 1.5
  local from
  from=$(wc -l <"$work/kiosk.log")
  DISPLAY=":$display" ABK_KIOSK_ENROLMENT_CODE="$(code)" java -Dabk.server.url="$server" \
    -Dabk.kiosk.data="$work/kiosk-$suffix" "$@" -jar kiosk/target/kiosk.jar --size="${width}x${height}" \
    >>"$work/kiosk.log" 2>&1 &
  local kiosk=$!
  wait_for_log "snapshot applied" "$from"
  sleep 5
  export DISPLAY=":$display"
  xdotool mousemove "$card_x" "$card_y" click 1
  sleep 3
  xdotool mousemove "$print_x" "$print_y" click 1
  sleep 3
  xdotool type --delay 60 "Siti Aminah"
  xdotool key Return
  xdotool type --delay 60 "0812 3456 7890"
  sleep 2
  if [[ "$suffix" != not-printed ]]; then
    import -display ":$display" -window root "$out/kiosk-issue-${width}x${height}.png"
  fi
  from=$(wc -l <"$work/kiosk.log")
  xdotool key Return
  wait_for_log "slip .* issued for vacancy" "$from"
  sleep 5
  if [[ "$suffix" == not-printed ]]; then
    import -display ":$display" -window root "$out/kiosk-slip-not-printed-${width}x${height}.png"
  else
    import -display ":$display" -window root "$out/kiosk-slip-ready-${width}x${height}.png"
  fi
  unset DISPLAY
  kill "$kiosk"; wait "$kiosk" 2>/dev/null || true
  kill "$xvfb"; wait "$xvfb" 2>/dev/null || true
}

shoot 1920 1080 95 1400 400 1648 886 landscape
shoot 1080 1920 96 500 500 811 1726 portrait
# A network thermal printer where nothing answers: the slip is kept, the job seeker is sent to staff.
shoot 1080 1920 96 500 500 811 1726 not-printed \
  -Dabk.kiosk.printer.kind=escpos_tcp -Dabk.kiosk.printer.host=127.0.0.1 -Dabk.kiosk.printer.port=9
echo "Screenshots in $out"
