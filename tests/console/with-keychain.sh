#!/bin/sh
# Runs a command inside a private D-Bus session with a freshly created, unlocked GNOME Keyring:
# the keychain tests use a real Secret Service without going near the person's own keyring.
# Fails (never skips) when dbus-run-session or gnome-keyring-daemon is missing.
set -eu
for tool in dbus-run-session gnome-keyring-daemon; do
  command -v "$tool" >/dev/null 2>&1 || { echo "with-keychain: $tool is missing (scripts/setup installs it)" >&2; exit 1; }
done
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/runtime" && chmod 700 "$scratch/runtime"
export HOME="$scratch" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
       XDG_RUNTIME_DIR="$scratch/runtime" REMOTEGPU_TEST_KEYCHAIN=1
# gnome-keyring-daemon leaves with the session bus when dbus-run-session ends.
dbus-run-session -- sh -c '
  printf "test-keyring-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec "$@"' with-keychain "$@"
