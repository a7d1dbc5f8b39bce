#!/usr/bin/env bash
# Vendors Cytoscape.js (npm cytoscape, pinned) into src/main/resources/static/vendor/cytoscape/.
# Rerun it to reproduce the committed files; the Maven build itself never needs Node or npm.
#   scripts/vendor-cytoscape.sh
# Writes cytoscape.min.js, its .gz twin (served to clients that accept gzip), LICENSE and SOURCE
# (package, version, tarball integrity).
set -euo pipefail
PACKAGE="cytoscape"
VERSION="3.34.4"
cd "$(dirname "$0")/.."
DEST="src/main/resources/static/vendor/cytoscape"
# shellcheck source=lib/npm-vendor.sh
. scripts/lib/npm-vendor.sh
npm_fetch
rm -f "$DEST/VERSION"
cp "$WORK/package/dist/cytoscape.min.js" "$DEST/"
cp "$WORK/package/LICENSE" "$DEST/LICENSE"
gzip_twins cytoscape.min.js
write_source "dist/cytoscape.min.js" "scripts/vendor-cytoscape.sh"
