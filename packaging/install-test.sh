#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The package's own checks and install test (called by packaging/test.sh): lintian, the desktop
# file and AppStream validators, then the .deb installed with apt on this machine and used from
# the installed files alone (from /tmp, an empty environment and home, every file the programs
# touch traced to prove none is under the source or build tree): verifydesk --version,
# verifydesk-server --demo answering the installed demo sample with status OK through curl, the
# CLI verifying it, both translations; then the package is purged.
# Usage: packaging/install-test.sh PATH/TO/verifydesk_VERSION_ARCH.deb
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
deb="$(realpath "${1:?usage: install-test.sh PATH/TO/verifydesk.deb}")"
work="$(mktemp -d)"
server=""
# The server runs under strace ($server): stop the traced program, then strace ends with it.
stop_server() {
    if [ -n "$server" ]; then
        pkill -TERM -P "$server" 2>/dev/null || true
        wait "$server" 2>/dev/null || true
        server=""
    fi
}
cleanup() {
    stop_server
    if dpkg-query -W -f='${Status}' verifydesk 2>/dev/null | grep -q installed; then
        DEBIAN_FRONTEND=noninteractive apt-get purge -y verifydesk >/dev/null
    fi
    rm -rf "$work"
}
trap cleanup EXIT
step() { echo "install-test: $*"; }
fail() {
    echo "install-test: FAILED: $*" >&2
    exit 1
}

step "lintian"
lintian --fail-on error,warning --info "$deb"

step "desktop-file-validate and appstreamcli validate (files from the package)"
dpkg-deb -x "$deb" "$work/root"
desktop-file-validate "$work/root/usr/share/applications/io.verifydesk.VerifyDesk.desktop"
appstreamcli validate --no-net "$work/root/usr/share/metainfo/io.verifydesk.VerifyDesk.metainfo.xml"
if grep -rlF "$root" "$work/root" >/dev/null; then
    fail "files in the package name the source tree: $(grep -rlF "$root" "$work/root" | head)"
fi

step "apt-get install $(basename "$deb")"
if dpkg-query -W -f='${Status}' verifydesk 2>/dev/null | grep -q installed; then
    DEBIAN_FRONTEND=noninteractive apt-get purge -y verifydesk >/dev/null
fi
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$deb" >"$work/apt.log" ||
    { cat "$work/apt.log" >&2; fail "apt-get install"; }
[ "$(stat -c '%a %U:%G' /etc/verifydesk/server.conf)" = "640 root:verifydesk" ] ||
    fail "/etc/verifydesk/server.conf is $(stat -c '%a %U:%G' /etc/verifydesk/server.conf)"
systemd-analyze verify /lib/systemd/system/verifydesk-server.service
systemd-analyze security --offline=true /lib/systemd/system/verifydesk-server.service |
    tail -n 1

# The installed programs in an empty environment, from /tmp, every file access traced.
home="$work/home"
mkdir -m 700 "$home"
run() {
    (cd /tmp && env -i PATH=/usr/bin:/bin HOME="$home" LANG="${LANG_FOR_RUN:-C.UTF-8}" \
        ${SECRET_FOR_RUN:+VERIFYDESK_API_SECRET="$SECRET_FOR_RUN"} \
        strace -f -qq -e trace=%file -o "$work/trace.$$.$RANDOM" "$@")
}

step "verifydesk --version"
version="$(run verifydesk --version)"
[[ "$version" == "verifydesk "* ]] || fail "verifydesk --version printed: $version"
echo "  $version"

step "verifydesk-server --demo on a free loopback port"
(cd /tmp && exec env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 \
    strace -f -qq -e trace=%file -o "$work/trace.server" \
    verifydesk-server --demo --listen 127.0.0.1:0 --data-dir "$home/data" \
    >"$work/server.out" 2>"$work/server.err") &
server=$!
endpoint=""
for _ in $(seq 1 300); do
    endpoint="$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/server.out" | head -n 1 || true)"
    [ -n "$endpoint" ] && break
    kill -0 "$server" 2>/dev/null || { cat "$work/server.err" >&2; fail "the server did not start"; }
    sleep 0.1
done
[ -n "$endpoint" ] || fail "the server printed no address in 30 s"
grep -q "demo samples in /usr/share/verifydesk/demo" "$work/server.out" ||
    fail "the server does not list the installed demo samples: $(cat "$work/server.out")"
demo=/usr/share/verifydesk/demo
curl -fsS --max-time 5 "$endpoint/healthz" | grep -q '"ok"' || fail "GET /healthz"

step "curl: the installed demo sample"
answer="$(curl -sS --max-time 60 \
    -F selfie_file=@$demo/selfie.jpg -F liveness_data_file=@$demo/liveness-genuine.protobuf \
    "$endpoint/identity/liveness_selfie_verification?api_id=demo&api_secret=demo-secret")"
echo "  $answer"
[[ "$answer" == *'"status":"OK"'* ]] || fail "the server did not answer OK"

step "verifydesk verify: the installed demo sample"
SECRET_FOR_RUN=demo-secret run verifydesk verify --endpoint "$endpoint" --api-id demo \
    --selfie $demo/selfie.jpg --liveness $demo/liveness-genuine.protobuf >"$work/verify.out" ||
    { cat "$work/verify.out"; fail "verifydesk verify exited $?"; }
sed 's/^/  /' "$work/verify.out"

step "translations: zh_CN and en"
mkdir -p "$home/.config/VerifyDesk"
printf '[ui]\nlanguage=zh_CN\n' >"$home/.config/VerifyDesk/verifydesk.conf"
# The help is read whole first: `grep -q` on a pipe would end the program early (SIGPIPE).
help_zh="$(LANG_FOR_RUN=zh_CN.UTF-8 run verifydesk --help)"
grep -q '用法' <<<"$help_zh" || fail "no Chinese --help"
printf '[ui]\nlanguage=en\n' >"$home/.config/VerifyDesk/verifydesk.conf"
help_en="$(LANG_FOR_RUN=C.UTF-8 run verifydesk --help)"
grep -q '^Usage:' <<<"$help_en" || fail "no English --help: $(head -n 3 <<<"$help_en")"

stop_server

step "no file under the source tree was touched"
grep -qF '"/usr/share/verifydesk/models/' "$work/trace.server" ||
    fail "the trace of the server shows no installed weights: is strace working?"
if grep -hF "\"$root" "$work"/trace.* >/dev/null; then
    grep -hF "\"$root" "$work"/trace.* | head -n 5 >&2
    fail "the installed programs opened files under $root"
fi

step "apt-get purge verifydesk"
DEBIAN_FRONTEND=noninteractive apt-get purge -y verifydesk >/dev/null
[ ! -e /usr/share/verifydesk ] && [ ! -e /usr/bin/verifydesk ] || fail "files left after purge"
echo "install-test: all checks passed"
