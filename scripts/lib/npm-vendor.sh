# Shared steps of the scripts/vendor-*.sh scripts (sourced, not run): fetch one pinned npm
# package into a temporary directory, gzip twins with reproducible bytes, and the SOURCE record.
# The caller sets PACKAGE, VERSION and DEST, and copies the files it needs from "$WORK/package".

# Unpacks $PACKAGE@$VERSION into $WORK/package; sets WORK and TARBALL (removed on exit).
npm_fetch() {
  command -v npm >/dev/null || { echo "npm is needed to vendor $PACKAGE" >&2; exit 1; }
  WORK="$(mktemp -d)"
  trap 'rm -rf "$WORK"' EXIT
  ( cd "$WORK" && npm pack --silent "$PACKAGE@$VERSION" >/dev/null )
  TARBALL="$(ls "$WORK"/*.tgz)"
  tar -xzf "$TARBALL" -C "$WORK"
  mkdir -p "$DEST"
}

# gzip twins (-n: no timestamp or name in the header, so reruns give identical bytes)
gzip_twins() {
  local f
  for f in "$@"; do gzip -9 -n -c "$DEST/$f" > "$DEST/$f.gz"; done
}

# $DEST/SOURCE: package, version, licence, tarball integrity; $1 names the files copied, $2 the script
write_source() {
  {
    echo "package: $PACKAGE"
    echo "version: $VERSION"
    echo "license: $(node -p "require('$WORK/package/package.json').license")"
    echo "tarball sha512: $(sha512sum "$TARBALL" | cut -d' ' -f1)"
    echo "files: $1 (copied unchanged)"
    echo "produced by: $2"
  } > "$DEST/SOURCE"
  echo "vendored $PACKAGE@$VERSION into $DEST"
}
