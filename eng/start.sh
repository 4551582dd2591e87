#!/usr/bin/env bash
# README's start command: installs what is missing, builds the AppHost (its project references build every service once)
# and runs it; it starts the whole stack. Arguments go to the AppHost: --fresh starts from an empty database.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
eng/prerequisites.sh stack
dotnet build CustomerCentric.AppHost/CustomerCentric.AppHost.csproj -nologo -v:q -clp:ErrorsOnly
exec dotnet CustomerCentric.AppHost/bin/Debug/net10.0/CustomerCentric.AppHost.dll "$@"
