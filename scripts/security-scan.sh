#!/usr/bin/env bash
# Local security scans (not CI): Debian's sqlmap and wapiti against a portal started here on
# loopback, with a journey session and its CSRF token, rate limits raised so that the probes reach
# the handlers instead of meeting 429s. Each tool runs under a time limit. Reports go to
# $OUT (default /tmp/ctp-scan-results); docs/security.md summarises them.
#   apt-get install sqlmap wapiti     # once
#   scripts/security-scan.sh          # SCAN_MINUTES=4 per sqlmap target, WAPITI_MINUTES=5;
#                                     # SKIP_SQLMAP=1 runs wapiti alone
set -uo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-3900}
BASE="http://127.0.0.1:${PORT}"
OUT=${OUT:-${TMPDIR:-/tmp}/ctp-scan-results}
SCAN_MINUTES=${SCAN_MINUTES:-4}
WAPITI_MINUTES=${WAPITI_MINUTES:-5}
DATA=$(mktemp -d /tmp/ctp-scan-XXXXXX)
mkdir -p "$OUT"
JAR="$DATA/cookies.txt"

for tool in sqlmap wapiti curl; do
  command -v "$tool" >/dev/null || { echo "missing: $tool (apt-get install $tool)"; exit 2; }
done

# The portal, embedded database in a throw-away folder, loopback only, limits raised for the scan.
HOST=127.0.0.1 PORT=$PORT DATA_DIR="$DATA/data" LOG_LEVEL=warn \
  RATE_LIMIT_POSTS_PER_MINUTE=1000000 RATE_LIMIT_READS_PER_MINUTE=1000000 \
  RATE_LIMIT_ADDRESS_POSTS_PER_MINUTE=1000000 \
  node --import tsx src/server.ts >"$OUT/server.log" 2>&1 &
SERVER=$!
cleanup() {
  kill "$SERVER" 2>/dev/null
  wait "$SERVER" 2>/dev/null
  rm -rf "$DATA"
}
trap cleanup EXIT
for _ in $(seq 1 120); do curl -fsS "$BASE/readyz" >/dev/null 2>&1 && break; sleep 1; done
curl -fsS "$BASE/readyz" >/dev/null || { echo "the portal did not start (see $OUT/server.log)"; exit 1; }

csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="\([^"]*\)"/\1/'; }

# A journey session: documents accepted, on the details step.
TOKEN=$(curl -fsS -c "$JAR" -b "$JAR" "$BASE/register/person" | csrf)
curl -fsS -o /dev/null -c "$JAR" -b "$JAR" --data "_csrf=${TOKEN}&accept=yes" "$BASE/register/person"
TOKEN=$(curl -fsS -c "$JAR" -b "$JAR" "$BASE/register/person/details" | csrf)
[ -n "$TOKEN" ] || { echo "no journey session"; exit 1; }
# curl marks HttpOnly cookies with a #HttpOnly_ prefix on the domain: they are not comments.
COOKIE=$(sed 's/^#HttpOnly_//' "$JAR" | awk '!/^#/ && NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep="; " }')
[ -n "$COOKIE" ] || { echo "no session cookie"; exit 1; }
echo "journey session ready (cookie ${#COOKIE} characters, CSRF token found)"

# 400/404/410 are the portal's normal answers to wrong values: sqlmap must read on, not stop.
SQLMAP=(sqlmap --batch --disable-coloring --level=3 --risk=2 --timeout=10 --retries=1
  --ignore-code=400,404,410 --cookie="$COOKIE" --output-dir="$OUT/sqlmap" --flush-session)

run_sqlmap() {
  local name=$1
  shift
  echo "== sqlmap: $name"
  timeout --kill-after=10 "$((SCAN_MINUTES * 60))" "${SQLMAP[@]}" "$@" >"$OUT/sqlmap-$name.log" 2>&1
  local rc=$?
  [ $rc -eq 124 ] && echo "   (stopped at the ${SCAN_MINUTES}-minute limit)"
  grep -E "is vulnerable|injectable|all tested parameters do not appear|not injectable|CRITICAL|WARNING.*(403|429|500)" \
    "$OUT/sqlmap-$name.log" | sort | uniq -c | head -n 20
}

if [ "${SKIP_SQLMAP:-0}" != 1 ]; then
# The journey's forms, each request with a fresh CSRF token read from the form's page.
run_sqlmap details -u "$BASE/register/person/details" \
  --data "_csrf=${TOKEN}&nationalId=1103702071561&email=scan%40example.com&mobile=0812345678" \
  -p "nationalId,email,mobile" --csrf-token=_csrf --csrf-url="$BASE/register/person/details"
run_sqlmap confirm-email -u "$BASE/register/person/confirm-email" \
  --data "_csrf=${TOKEN}&code=123456" -p code \
  --csrf-token=_csrf --csrf-url="$BASE/register/person/confirm-email"
run_sqlmap start -u "$BASE/register/person" --data "_csrf=${TOKEN}&accept=yes" -p accept \
  --csrf-token=_csrf --csrf-url="$BASE/register/person"
# Values the server looks up: receipt ids, verification handles, resume tokens, OIDC state.
run_sqlmap receipt -u "$BASE/verify/RCPTSCAN1*"
run_sqlmap status -u "$BASE/ekyc/status/HANDLESCAN*"
run_sqlmap resume -u "$BASE/register/person/resume/TOKENSCAN*"
run_sqlmap callback -u "$BASE/ekyc/callback?state=STATESCAN&code=CODESCAN" -p "state,code"
fi

# wapiti: crawls from the start page with the same session and attacks what it finds.
echo "== wapiti"
python3 - "$JAR" "$DATA/wapiti-cookies.json" <<'PY'
import json, sys
cookies = {}
for line in open(sys.argv[1]):
    line = line.replace("#HttpOnly_", "", 1)
    parts = line.rstrip("\n").split("\t")
    if line.startswith("#") or len(parts) < 7:
        continue
    domain = parts[0].lstrip(".")
    # wapiti looks an IP address up as it is, a host name with a leading dot.
    key = domain if domain.replace(".", "").isdigit() else "." + domain
    cookies.setdefault(key, {}).setdefault(parts[2], {})[parts[5]] = {
        "value": parts[6], "version": 0, "secure": False, "expires": None, "port": None}
json.dump(cookies, open(sys.argv[2], "w"))
PY
timeout --kill-after=30 "$((WAPITI_MINUTES * 60 + 60))" wapiti -u "$BASE/" --scope folder \
  -c "$DATA/wapiti-cookies.json" -m "sql,blindsql,xss,permanentxss,exec,file,crlf,redirect,ssrf,htaccess,methods,csp,http_headers,cookieflags" \
  --max-scan-time "$((WAPITI_MINUTES * 60))" --flush-session \
  -f txt -o "$OUT/wapiti.txt" >"$OUT/wapiti.log" 2>&1
# (No -x exclusions: Debian's wapiti 3.0.4 builds them into a regular expression that Python 3.11
# refuses, "global flags not at the start", and stops before crawling.)
echo "wapiti exit $? — report in $OUT/wapiti.txt"
grep -A2 -E "^(SQL Injection|Blind SQL Injection|Cross Site Scripting|Stored Cross Site Scripting|Commands execution|Path Traversal|CRLF Injection|Open Redirect|Server Side Request Forgery)$" "$OUT/wapiti.txt" 2>/dev/null | head -n 60
echo
echo "500 answers logged by the portal during the scans:"
grep -c '"statusCode":500' "$OUT/server.log" || true
