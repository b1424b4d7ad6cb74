#!/usr/bin/env bash
# Puts the PDFs' fallback font for Chinese, Japanese and Korean names (Noto Sans SC Regular, SIL Open Font
# Licence 1.1) on the classpath: taken from its npm package, pinned by version and checksum, so no binary font is
# committed. npm keeps the package in its cache, so a clean build does not download it again.
# Usage: fetch-cjk-font.sh <target classes folder>. See docs/decisions/pdf-layout.md.
set -euo pipefail
PACKAGE="@expo-google-fonts/noto-sans-sc@0.4.3"
FONT_IN_PACKAGE="package/400Regular/NotoSansSC_400Regular.ttf"
SHA256="d45f67f0a7c0ca3f256950777ce6a61cc7ce5f9696d02900cbbaac25f8aa7d16"
destination="$1/org/guildhall/documents/fonts"
font="$destination/NotoSansSC-Regular.ttf"

if [[ -f "$font" ]] && echo "$SHA256  $font" | sha256sum --check --status; then
  exit 0
fi
command -v npm >/dev/null || { echo "npm is needed once to fetch $PACKAGE (apt-get install npm)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent --prefer-offline "$PACKAGE" >/dev/null)
tar -xzf "$work"/*.tgz -C "$work" "$FONT_IN_PACKAGE" package/LICENSE_FONT
echo "$SHA256  $work/$FONT_IN_PACKAGE" | sha256sum --check --status \
  || { echo "$PACKAGE: the font's checksum differs from the pinned one" >&2; exit 1; }
mkdir -p "$destination"
cp "$work/package/LICENSE_FONT" "$destination/NotoSansSC-OFL.txt"
cp "$work/$FONT_IN_PACKAGE" "$font"
