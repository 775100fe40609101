#!/usr/bin/env bash
# Installs the Debian package with apt into a fresh copy of a pristine Debian 13 root, without a
# network, and runs both programs from the installed files only:
#   recoupe-cli --version, recoupe-cli claims and documents on the installed samples (the sample
#   PDF read through Poppler), and the window rendered offscreen on the samples it finds beside
#   its executable (recoupe --screenshots), then quits.
#
#   install-test.sh DEB PRISTINE_ROOT WORKDIR
#
# PRISTINE_ROOT is made by `scripts/dev package`: debootstrap --variant=minbase trixie, plus the
# package's dependencies downloaded into its /var/cache/apt/archives, so apt resolves offline.
# Exits 77 (skipped) when there is no package or root to test, or no bwrap, or not root.
# RECOUPE_BWRAP names the bwrap program when it is not on PATH.
set -euo pipefail

skip() { echo "SKIP: $*"; exit 77; }
[ $# -eq 3 ] || { echo "usage: install-test.sh DEB PRISTINE_ROOT WORKDIR" >&2; exit 2; }
deb=$1 pristine=$2 work=$3

[ -f "$deb" ] || skip "no package at $deb (scripts/dev package builds it)"
[ -n "$pristine" ] && [ -e "$pristine/.recoupe-complete" ] || skip "no install-test root at '$pristine' (scripts/dev package prepares it)"
[ "$(id -u)" -eq 0 ] || skip "installing a package into a root needs root"
bwrap=${RECOUPE_BWRAP:-$(command -v bwrap || true)}
[ -n "$bwrap" ] && [ -x "$bwrap" ] || skip "no bwrap"

root="$work/root"
mounted_under() {
    local dir
    dir=$(realpath -m "$1")
    awk -v d="$dir" '$2 == d || index($2, d "/") == 1 { found = 1 } END { exit !found }' /proc/self/mounts
}
remove_root() {
    [ -e "$root" ] || return 0
    # bwrap's mounts vanish with its process; never remove across a mount that is still there.
    if mounted_under "$root"; then echo "not removing $root: something is mounted inside it" >&2; return 1; fi
    rm -rf --one-file-system "$root"
}
remove_root
trap remove_root EXIT
mkdir -p "$work"

start=$(date +%s)
cp -a --reflink=auto "$pristine" "$root"
echo "copied the pristine root in $(( $(date +%s) - start )) s"

name=$(basename "$deb")
# No network (--unshare-net): apt must find every dependency in the root's archive cache.
"$bwrap" --bind "$root" / --dev /dev --proc /proc --perms 1777 --tmpfs /tmp \
    --ro-bind "$deb" "/tmp/$name" --unshare-pid --unshare-net --die-with-parent \
    /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8 HOME=/tmp \
    /bin/bash -euo pipefail -c '
        deb=$1
        apt-get -o APT::Sandbox::User=root -o Dpkg::Use-Pty=0 -o Dpkg::Options::=--force-unsafe-io install -y -q --no-install-recommends "$deb" \
            > /tmp/apt.log 2>&1 || { cat /tmp/apt.log; echo "FAIL: apt-get install"; exit 1; }
        grep -E "^(Setting up|[0-9]+ upgraded)" /tmp/apt.log | tail -n 3
        # Nothing of the source tree or the build is visible here: only what the package installed.
        for f in /usr/bin/recoupe /usr/bin/recoupe-cli /usr/share/applications/org.recoupe.Recoupe.desktop; do
            [ -e "$f" ] || { echo "FAIL: $f not installed"; exit 1; }
        done

        version=$(recoupe-cli --version)
        echo "$version"
        [[ $version == "recoupe-cli "[0-9]* ]] || { echo "FAIL: recoupe-cli --version"; exit 1; }

        recoupe-cli claims /usr/share/recoupe/samples --format json > /tmp/claims.json
        grep -q "\"format\": *\"recoupe-claims-1\"" /tmp/claims.json || { echo "FAIL: no recoupe-claims-1 document"; exit 1; }
        claims=$(grep -o "\"quote\"" /tmp/claims.json | wc -l)
        echo "recoupe-cli claims: $claims claims in the installed samples"
        [ "$claims" -gt 10 ] || { echo "FAIL: too few claims"; exit 1; }

        # The sample PDF, read through the installed Poppler (which the Depends bring).
        recoupe-cli documents /usr/share/recoupe/samples --format json > /tmp/documents.json
        grep -q "\"extraction\": *\"pdf\"" /tmp/documents.json || { echo "FAIL: the sample PDF was not read as a PDF"; exit 1; }
        grep -o "\"document\": *\"microsoft-ai-datacenters-january-2025.pdf\"" /tmp/claims.json | grep -q . \
            || { grep -A3 "\.pdf" /tmp/documents.json; echo "FAIL: no claim from the sample PDF"; exit 1; }
        echo "recoupe-cli: the sample PDF read, with claims"

        export QT_QPA_PLATFORM=offscreen
        recoupe --version
        # No folder given: the window opens the samples it finds beside its executable
        # (/usr/bin/../share/recoupe/samples), renders its screenshots and quits.
        mkdir -p /tmp/shots
        recoupe --screenshots /tmp/shots > /tmp/gui.log 2>&1 || { cat /tmp/gui.log; echo "FAIL: recoupe --screenshots"; exit 1; }
        shots=$(find /tmp/shots -name "*.png" -size +1k | wc -l)
        echo "recoupe: $shots screenshots rendered offscreen"
        [ "$shots" -ge 1 ] || { cat /tmp/gui.log; echo "FAIL: no screenshot"; exit 1; }
        echo PASS
    ' install-test "/tmp/$name"
echo "install test took $(( $(date +%s) - start )) s"
