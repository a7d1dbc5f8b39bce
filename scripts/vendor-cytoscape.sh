#!/usr/bin/env bash
# Vendors Cytoscape.js at a pinned version: the built file and its licence are committed under
# src/main/resources/static/vendor/cytoscape/, so the Maven build never needs Node or the network.
# Rerun after changing VERSION (needs npm and access to the npm registry).
set -euo pipefail
VERSION="3.34.4"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="$here/src/main/resources/static/vendor/cytoscape"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "cytoscape@$VERSION" >/dev/null)
tar -xzf "$work/cytoscape-$VERSION.tgz" -C "$work"
mkdir -p "$dest"
cp "$work/package/dist/cytoscape.min.js" "$dest/cytoscape.min.js"
cp "$work/package/LICENSE" "$dest/LICENSE"
echo "cytoscape@$VERSION" > "$dest/VERSION"
echo "vendored cytoscape@$VERSION into ${dest#$here/}"
