#!/usr/bin/env bash
# Installs the Debian packages the tests need, only those missing, quietly. Safe to run again and
# while another apt-get runs (it waits for the dpkg lock instead of failing).
set -euo pipefail

PACKAGES=(docker.io docker-registry busybox-static apache2-utils shellcheck neovim chromium
  libkrb5-dev build-essential python3)

missing=()
for pkg in "${PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=()
[ "$(id -u)" -eq 0 ] || SUDO=(sudo)
export DEBIAN_FRONTEND=noninteractive
LOCK=(-o DPkg::Lock::Timeout=900)
echo "installing: ${missing[*]}"
if ! "${SUDO[@]}" apt-get "${LOCK[@]}" install -y -qq --no-install-recommends "${missing[@]}" >/tmp/berth-apt.log 2>&1; then
  # A fresh machine has no package lists yet: fetch them once and try again.
  "${SUDO[@]}" apt-get "${LOCK[@]}" update -qq >>/tmp/berth-apt.log 2>&1 ||
    { echo "apt-get update failed; see /tmp/berth-apt.log" >&2; exit 1; }
  "${SUDO[@]}" apt-get "${LOCK[@]}" install -y -qq --no-install-recommends "${missing[@]}" >>/tmp/berth-apt.log 2>&1 ||
    { echo "apt-get install ${missing[*]} failed; see /tmp/berth-apt.log" >&2; exit 1; }
fi
