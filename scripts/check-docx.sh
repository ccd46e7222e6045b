#!/bin/sh
# `npm run check:docx`: installs LibreOffice (Writer, no GUI) and poppler when missing and allowed (root or
# sudo, best effort), then compares LibreOffice's rendering of every DOCX with our PDF (scripts/check-docx.ts).
set -eu
cd "$(dirname "$0")/.."

need=""
command -v soffice >/dev/null 2>&1 || need="$need libreoffice-writer-nogui"
command -v pdftotext >/dev/null 2>&1 || need="$need poppler-utils"
if [ -n "$need" ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo -n"
  echo "installing:$need"
  ($SUDO apt-get install -y -q $need >/dev/null) || echo "could not install$need" >&2
fi

exec npx tsx scripts/check-docx.ts "$@"
