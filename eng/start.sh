#!/usr/bin/env bash
# README's start command: installs what is missing, builds once and runs the AppHost, which starts the whole stack.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
eng/prerequisites.sh stack
dotnet build CustomerCentric.AppHost/CustomerCentric.AppHost.csproj -nologo -v:q -clp:ErrorsOnly
exec dotnet CustomerCentric.AppHost/bin/Debug/net10.0/CustomerCentric.AppHost.dll "$@"
