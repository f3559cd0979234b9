#!/usr/bin/env bash
# Runs every test of Siberindo on a fresh Debian machine: installs and starts what the tests need (PostgreSQL,
# Redis, Chromium, nginx, an SMTP server, fonts), runs the whole test suite, and ends with one line "N passed, N failed".
# The one prerequisite is the .NET 10 SDK (`dotnet`), which Debian does not package.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

need=()
command -v pg_ctlcluster >/dev/null || need+=(postgresql)
command -v redis-server >/dev/null || need+=(redis-server)
[ -x /usr/bin/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi dejavu || need+=(fonts-dejavu-core)
[ -x /usr/sbin/nginx ] || need+=(nginx)
# A real SMTP server for the tests that send mail (correction notices).
/usr/bin/python3 -c "import aiosmtpd" 2>/dev/null || need+=(python3-aiosmtpd)
# The reference feed parser the portal's own feeds (RSS, Atom) are checked with.
/usr/bin/python3 -c "import feedparser" 2>/dev/null || need+=(python3-feedparser)
# pdftoppm renders a certificate's PDF so that the test reads its QR code from the pixels, as a phone would.
[ -x /usr/bin/pdftoppm ] || need+=(poppler-utils)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing: ${need[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${need[@]}" >/dev/null
fi

# PostgreSQL: the distribution's cluster, a test role that may create databases (each test makes its own).
pg_version=$(ls /etc/postgresql | sort -n | tail -1)
as_root pg_ctlcluster "$pg_version" main start 2>/dev/null || true
for _ in $(seq 1 30); do as_root su postgres -c "pg_isready -q -h 127.0.0.1" && break; sleep 1; done
as_root su postgres -c "psql -q -v ON_ERROR_STOP=1" >/dev/null <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'siberindo_test') THEN
    CREATE ROLE siberindo_test LOGIN CREATEDB PASSWORD 'siberindo_test';
  END IF;
END $$;
SQL
export SIBERINDO_TEST_POSTGRES="Host=127.0.0.1;Port=5432;Database=postgres;Username=siberindo_test;Password=siberindo_test"

# Redis on loopback only.
redis-cli -h 127.0.0.1 ping >/dev/null 2>&1 || redis-server --bind 127.0.0.1 --port 6379 --daemonize yes --save "" --appendonly no >/dev/null
export SIBERINDO_TEST_REDIS="127.0.0.1:6379"

results=$(mktemp -d)
status=0
dotnet test Siberindo.slnx --logger "trx" --results-directory "$results" -- RunConfiguration.TreatNoTestsAsError=true || status=$?

# One line with the counts from the test results (TRX), whatever the runner printed above.
python3 - "$results" "$status" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
passed = failed = skipped = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    try:
        counters = ET.parse(path).getroot().find(".//{*}ResultSummary/{*}Counters")
        passed += int(counters.get("passed", 0))
        failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0)) + int(counters.get("aborted", 0))
        skipped += int(counters.get("notExecuted", 0))
    except Exception as e:
        # A results file cut short (a crashed test host): count it as a failure, and still print the last line.
        print(f"unreadable test results {path}: {e}")
        failed += 1
if int(sys.argv[2]) != 0 and failed == 0:
    # The run failed without a failed test to show for it (a build error, a crashed test host): never report it green.
    print("dotnet test failed outside any test result (see above)")
    failed = 1
if skipped:
    print(f"{skipped} skipped")
print(f"{passed} passed, {failed} failed")
PY
exit $status
