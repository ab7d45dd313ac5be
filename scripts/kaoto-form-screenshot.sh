#!/usr/bin/env bash
# Loads the kling catalog library with Kaoto's own code and draws the kling step's form with Kaoto's form component
# in headless Chromium: docs/tooling.md §3, docs/images/kaoto-kling-form.png. Not part of `./mvnw verify`: it needs
# npm (about 150 MB of packages, in a temporary folder) and Chromium (Debian package `chromium`).
#   scripts/kaoto-catalog.sh && scripts/kaoto-form-screenshot.sh [png]
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"
png="${1:-$repo/kaoto-catalog/target/kaoto-kling-form.png}"
library="$repo/kaoto-catalog/target/classes/kaoto-catalog/library"
ui="$repo/kaoto-catalog/src/test/kaoto-ui"
[ -f "$library/index.json" ] || { echo "run scripts/kaoto-catalog.sh first" >&2; exit 1; }
command -v chromium >/dev/null || { echo "needs chromium (apt-get install chromium)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
# Kaoto's UI library (2.7.1) and the form library and PatternFly versions it was released with
npm pack --silent @kaoto/kaoto@2.7.1 >/dev/null && tar xzf kaoto-kaoto-2.7.1.tgz
npm init -y >/dev/null
npm i --silent esbuild@0 lodash@4 @kaoto/forms@1.5.9 react@18.3.1 react-dom@18.3.1 \
  @patternfly/patternfly@6.4.0 @patternfly/react-core@6.4.0 @patternfly/react-icons@6.4.0

sed "s#KAOTO_LIB#$work/package/lib/esm#" "$ui/entry.mjs" > entry.mjs
NODE_PATH="$work/node_modules" npx esbuild entry.mjs --bundle --platform=node --format=cjs \
  --outfile=kaoto-bundle.cjs --loader:.svg=text --loader:.png=dataurl --loader:.css=empty --loader:.scss=empty \
  --log-level=error
mkdir page
node "$ui/load-with-kaoto.cjs" kaoto-bundle.cjs "$library" page/form-data.js

cp "$ui/form.jsx" "$ui/index.html" .
npx esbuild form.jsx --bundle --format=iife --outfile=page/form.js --jsx=automatic --minify \
  --define:process.env.NODE_ENV='"production"' --loader:.scss=empty --loader:.woff2=file --loader:.woff=file \
  --loader:.svg=file --loader:.ttf=file --loader:.eot=file --loader:.png=file --log-level=error
cp index.html page/
chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --window-size=600,900 \
  --virtual-time-budget=5000 --screenshot="$png" "file://$work/page/index.html" 2>/dev/null
echo "form drawn: $png"
