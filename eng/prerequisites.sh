#!/usr/bin/env bash
# Installs what README's two commands need and is missing. Usage: eng/prerequisites.sh stack|test|bench
# (bench: the GraphQL server load benchmark's wrk, needed by nothing else)
# As root it runs apt-get; otherwise it stops with the exact apt-get line to run.
set -euo pipefail
purpose="${1:-test}"

if ! command -v dotnet >/dev/null 2>&1; then
  echo "error: the .NET 10 SDK is missing (dotnet is not on PATH); install it first: https://learn.microsoft.com/dotnet/core/install/linux-debian" >&2
  exit 1
fi

missing=()
need() { # need <path-or-command> <apt package>
  if [[ "$1" == /* ]]; then compgen -G "$1" >/dev/null || missing+=("$2")
  else command -v "$1" >/dev/null 2>&1 || missing+=("$2"); fi
}
need '/usr/lib/postgresql/*/bin/initdb' postgresql
need redis-server redis-server
need redis-cli redis-tools
need /usr/lib/rabbitmq/bin/rabbitmq-server rabbitmq-server
need node nodejs
need npm npm
if [ "$purpose" = test ]; then
  # The admin's browser tests drive Debian's Chromium through Playwright (Playwright's own downloads are never used).
  need /usr/bin/chromium chromium
  need /usr/bin/chromedriver chromium-driver
fi

if [ "$purpose" = bench ]; then
  need wrk wrk
fi

if [ ${#missing[@]} -gt 0 ]; then
  line="apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    echo "error: missing packages: ${missing[*]}. Run as root: $line" >&2
    exit 1
  fi
  echo "installing: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
