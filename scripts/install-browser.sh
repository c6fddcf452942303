#!/usr/bin/env bash
# Installs what the browser tests (test/web) need: Debian's chromium, driven by playwright-core,
# and Noto fonts for Arabic. Idempotent: does nothing when both are already there.
# Never `npx playwright install` (no browser download is possible here).
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg -s fonts-noto-core >/dev/null 2>&1 || missing+=(fonts-noto-core)

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-browser: chromium and fonts-noto-core already installed"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "install-browser: need root (or sudo) to apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi

echo "install-browser: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
/usr/bin/chromium --version
