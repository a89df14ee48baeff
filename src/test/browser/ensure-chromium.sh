#!/usr/bin/env bash
# Makes sure the browser tests have a headless Chromium and its driver: Debian's chromium and
# chromium-driver packages, installed when missing and we are root, with a Chinese font
# (fonts-wqy-microhei, 5 MB) so that screenshots of the Chinese pages show characters, not boxes.
# Selenium is pointed at these two files and never downloads a browser or a driver of its own.
# Arguments: chromium-binary chromedriver-binary
set -euo pipefail
chromium=${1:-/usr/bin/chromium} driver=${2:-/usr/bin/chromedriver}

has_chinese_font() { command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=zh 2>/dev/null)" ]; }

if [ -x "$chromium" ] && [ -x "$driver" ] && has_chinese_font; then
  echo "ensure-chromium: $("$driver" --version | head -n 1)"
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: installing Chromium (Debian packages chromium, chromium-driver, fonts-wqy-microhei)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-wqy-microhei >/dev/null
else
  echo "ensure-chromium: no $chromium, $driver or Chinese font, and cannot install them; install the chromium, chromium-driver and fonts-wqy-microhei packages" >&2
  exit 1
fi
if [ ! -x "$chromium" ] || [ ! -x "$driver" ]; then
  echo "ensure-chromium: chromium installed, but not as $chromium and $driver" >&2
  exit 1
fi
echo "ensure-chromium: $("$driver" --version | head -n 1)"
