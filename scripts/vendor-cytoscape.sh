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
command -v npm >/dev/null || { echo "npm is needed to vendor $PACKAGE" >&2; exit 1; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
( cd "$WORK" && npm pack --silent "$PACKAGE@$VERSION" >/dev/null )
TARBALL="$(ls "$WORK"/*.tgz)"
tar -xzf "$TARBALL" -C "$WORK"

mkdir -p "$DEST"
rm -f "$DEST/VERSION"
cp "$WORK/package/dist/cytoscape.min.js" "$DEST/"
cp "$WORK/package/LICENSE" "$DEST/LICENSE"
# -n: no timestamp or name in the header, so reruns give identical bytes
gzip -9 -n -c "$DEST/cytoscape.min.js" > "$DEST/cytoscape.min.js.gz"
{
  echo "package: $PACKAGE"
  echo "version: $VERSION"
  echo "license: $(node -p "require('$WORK/package/package.json').license")"
  echo "tarball sha512: $(sha512sum "$TARBALL" | cut -d' ' -f1)"
  echo "files: dist/cytoscape.min.js (copied unchanged)"
  echo "produced by: scripts/vendor-cytoscape.sh"
} > "$DEST/SOURCE"
echo "vendored $PACKAGE@$VERSION into $DEST"
