#!/usr/bin/env bash
# Renders page 1 of a report's .docx export as LibreOffice prints it, for the README:
#   scripts/docx-page-image.sh [report] [out.png]
# Needs the bundles and the compiled tests (npm run build && npm run compile-tests), LibreOffice and
# poppler-utils. The official fonts are stood in for by the Chinese Noto fonts (as in the LibreOffice
# test), so the picture shows the layout, not the typefaces.
set -euo pipefail
cd "$(dirname "$0")/.."
report=${1:-../shared/samples/2023-qmczd-shuzhi-template.txt}
out=${2:-docs/images/docx-page1.png}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
node dist/cli.js export --to docx -o "$work/report.docx" "$report" >/dev/null
node -e "require('./out/test/support/libreoffice.js').fontconfigFile(process.argv[1])" "$work"
FONTCONFIG_FILE="$work/fonts.conf" libreoffice "-env:UserInstallation=file://$work/profile" --headless --norestore \
  --convert-to pdf --outdir "$work" "$work/report.docx" >/dev/null 2>&1
pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$work/report.pdf" "${out%.png}"
echo "$out"
