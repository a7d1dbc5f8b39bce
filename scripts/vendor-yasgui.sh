#!/usr/bin/env bash
# Vendors YASGUI (npm @zazuko/yasgui, pinned) into src/main/resources/static/vendor/yasgui/.
# Rerun it to reproduce the committed files; the Maven build itself never needs Node or npm.
#   scripts/vendor-yasgui.sh
# Writes yasgui.min.js, yasgui.min.css, their .gz twins (served to clients that accept gzip),
# LICENSE and SOURCE (package, version, tarball integrity).
set -euo pipefail
PACKAGE="@zazuko/yasgui"
VERSION="4.6.2"
cd "$(dirname "$0")/.."
DEST="src/main/resources/static/vendor/yasgui"
# shellcheck source=lib/npm-vendor.sh
. scripts/lib/npm-vendor.sh
npm_fetch
cp "$WORK/package/build/yasgui.min.js" "$WORK/package/build/yasgui.min.css" "$DEST/"
if [ -f "$WORK/package/LICENSE" ]; then
  cp "$WORK/package/LICENSE" "$DEST/LICENSE"
else
  # The 4.6.2 tarball ships no licence file; package.json says MIT. This is the LICENSE file of
  # the upstream repository (github.com/rdfjs/Yasgui), verbatim.
  cat > "$DEST/LICENSE" <<'LICENSE'
The MIT License (MIT)

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in
all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
THE SOFTWARE.
LICENSE
fi
gzip_twins yasgui.min.js yasgui.min.css
write_source "build/yasgui.min.js, build/yasgui.min.css" "scripts/vendor-yasgui.sh"
