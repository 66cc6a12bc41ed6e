#!/usr/bin/env bash
# The outside checks of an OpenAPI document (issue 14 §2), run by .ci/run on the document the service serves:
#   1. Redocly CLI's recommended rules: no error (warnings are printed);
#   2. openapi-typescript generates a client's types, and ordinary code using them compiles under tsc --strict.
# Usage: tests/openapi-client/check.sh OPENAPI.json   (installs the pinned npm packages here on first use)
set -euo pipefail
document=$(realpath "$1")
cd "$(dirname "$0")"
if [ ! -x node_modules/.bin/tsc ] || [ ! -x node_modules/.bin/redocly ] || [ ! -x node_modules/.bin/openapi-typescript ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
node_modules/.bin/redocly lint "$document" --config redocly.yaml --format=summary
node_modules/.bin/openapi-typescript "$document" --output api.d.ts --silent
node_modules/.bin/tsc --project tsconfig.json
echo "openapi-client: Redocly found no error; the generated TypeScript client compiles under tsc --strict"
