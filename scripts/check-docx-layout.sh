#!/bin/sh
# Renders every ../shared/corpus transcript to DOCX, then to PDF with LibreOffice, and reports lines per
# page and characters per line (see scripts/check-docx-layout.ts). Not part of `npm test`.
set -eu
cd "$(dirname "$0")/.."

need=""
command -v soffice >/dev/null 2>&1 || need="$need libreoffice-writer-nogui"
command -v pdftotext >/dev/null 2>&1 || need="$need poppler-utils"
# free stand-ins for the Windows fonts the DOCX names (mapped in scripts/docx-preview-fonts.conf)
fc-list | grep -q "AR PL UMing" || need="$need fonts-arphic-uming"
fc-list | grep -q "AR PL SungtiL GB" || need="$need fonts-arphic-gbsn00lp"
fc-list | grep -q "AR PL KaitiM GB" || need="$need fonts-arphic-gkai00mp"
fc-list | grep -q "AR PL KaitiM Big5" || need="$need fonts-arphic-bkai00mp"
fc-list | grep -q "Droid Sans Fallback" || need="$need fonts-droid-fallback"
if [ -n "$need" ]; then
  echo "installing:$need"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get install -y -q $need >/dev/null
fi

exec npx tsx scripts/check-docx-layout.ts
