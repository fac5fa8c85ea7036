#!/bin/sh
# Installs what linkchart needs on Debian or Ubuntu, if it is missing:
# a C toolchain to link Rust programs, and the X11/OpenGL libraries the window
# loads at run time. Safe to run again; does nothing when all is there.
set -eu
need=""
for pkg in gcc libc6-dev libegl1 libegl-mesa0 libgl1-mesa-dri libx11-6 libx11-xcb1 libxcursor1 libxi6 libxrandr2 libxkbcommon-x11-0; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need="$need $pkg"
done
[ -z "$need" ] && exit 0
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
echo "linkchart: installing$need" >&2
$sudo apt-get update -q >/dev/null
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends $need >/dev/null
