#!/usr/bin/env bash
# Builds a Kaoto catalog library that Kaoto can open routes with: Kaoto's own "Camel Main" definition from the
# @kaoto/camel-catalog npm package, with the kling entry added to its components (docs/tooling.md §3).
#   scripts/kaoto-catalog.sh            -> kaoto-catalog/target/classes/kaoto-catalog/library/index.json
# Needs npm (to fetch the package). KAOTO_CATALOG_VERSION and KAOTO_RUNTIME pick another package or definition.
set -euo pipefail
cd "$(dirname "$0")/.."
version="${KAOTO_CATALOG_VERSION:-0.10.4}"
runtime="${KAOTO_RUNTIME:-camel-main/4.18.4}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "@kaoto/camel-catalog@$version" >/dev/null && tar xzf kaoto-camel-catalog-*.tgz)
./mvnw -B -q -pl kaoto-catalog -am -DskipTests process-classes \
  -Dkaoto.runtime.folder="$runtime" -Dkaoto.library="$work/package/dist/camel-catalog"
echo "Kaoto catalog library: $(pwd)/kaoto-catalog/target/classes/kaoto-catalog/library/index.json"
