#!/usr/bin/env bash
# Takes the staff console's screenshots into this folder: every page at 1366x900 and 390x844 in
# headless Chromium (Debian's chromium and chromium-driver), on the demo data set; the feed pages on the
# feed fixtures (sync-server/src/test/resources/feeds) served from a loopback web site; the intake page
# (empty, genuine, outcome recorded, refused as reused or forged) with real signed slips.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -pl sync-server -am verify -Dtest='ConsoleScreenshots,ReportScreenshots' -Dsurefire.failIfNoSpecifiedTests=false \
    -Dabk.console.screenshots="$PWD/docs/console"
ls docs/console/*.png
