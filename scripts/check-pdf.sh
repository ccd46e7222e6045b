#!/bin/sh
# Print-shop checks of the PDF edition for every ../shared/corpus transcript (and samples/), in both scripts:
#   pdffonts     every font embedded, subset (ABCDEF+ tag) and with a ToUnicode map;
#   qpdf --check clean;
#   pdftoppm     poppler renders every page with nothing on stderr (no font errors);
#   pdftotext    gives back the cleaned text (whitespace and page numbers aside).
# Not part of `npm test`; installs poppler-utils and qpdf when missing. Exit status 1 when any check fails.
set -eu
cd "$(dirname "$0")/.."
repo=$(pwd)

need=""
command -v pdffonts >/dev/null 2>&1 || need="$need poppler-utils"
command -v qpdf >/dev/null 2>&1 || need="$need qpdf"
if [ -n "$need" ]; then
  echo "installing:$need"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get install -y -q $need >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 1. Render every transcript with the real pipeline: <work>/<name>.<edition>.pdf and the expected text.
cat > "$work/render.ts" <<TS
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseSpeech } from '$repo/lambdas/pipeline';
import { documentText } from '$repo/lambdas/pipeline/model';
import { renderPdf } from '$repo/lambdas/pipeline/render/pdf';
import { convertDocumentScript } from '$repo/lambdas/pipeline/script';
const dirs = ['$repo/../shared/corpus/raw', '$repo/samples'].filter((d) => existsSync(d));
void (async () => {
  for (const dir of dirs) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
      const { document } = parseSpeech(readFileSync(join(dir, file)), { sourceName: file });
      const other = convertDocumentScript(document, { variant: 'tw' });
      for (const doc of [document, other]) {
        const stem = join('$work', basename(file, '.txt') + '.' + doc.language);
        const { bytes, warnings } = await renderPdf(doc);
        writeFileSync(stem + '.pdf', bytes);
        writeFileSync(stem + '.txt', documentText(doc));
        for (const w of warnings) if (w.code === 'missing-glyph') console.log('  ' + basename(stem) + ': ' + w.message);
      }
    }
  }
})();
TS
npx tsx "$work/render.ts"

# 2. Check each PDF.
failed=0
printf '%-44s %5s %8s  %-6s %-5s %-6s %-4s\n' pdf pages bytes fonts qpdf render text
for pdf in "$work"/*.pdf; do
  name=$(basename "$pdf" .pdf)
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
  bytes=$(wc -c <"$pdf")
  # pdffonts columns: name type [type] encoding emb sub uni id gen — check the three yes/no flags and the tag.
  fonts=$(pdffonts "$pdf" | tail -n +3 | awk '
    { n = NF; emb = $(n-4); sub_ = $(n-3); uni = $(n-2) }
    emb != "yes" || sub_ != "yes" || uni != "yes" || $1 !~ /^[A-Z][A-Z][A-Z][A-Z][A-Z][A-Z]\+/ { bad = 1 }
    END { print (NR > 0 && !bad) ? "ok" : "FAIL" }')
  if qpdf --check "$pdf" >"$work/qpdf.out" 2>&1 && grep -q "No syntax or stream encoding errors" "$work/qpdf.out"; then qpdf_ok=ok; else qpdf_ok=FAIL; fi
  pdftoppm -r 30 -png "$pdf" "$work/render" 2>"$work/render.err" || true
  rm -f "$work"/render*.png
  if [ -s "$work/render.err" ]; then render=FAIL; else render=ok; fi
  # Text: whitespace removed, page-number lines "— N —" removed.
  pdftotext "$pdf" - | grep -v '^— *[0-9]* *—$' | tr -d ' \n\f\r\t' >"$work/got"
  tr -d ' \n\r\t' <"$work/${name}.txt" >"$work/want"
  if cmp -s "$work/got" "$work/want"; then text=ok; else text=FAIL; fi
  printf '%-44s %5s %8s  %-6s %-5s %-6s %-4s\n' "$name" "$pages" "$bytes" "$fonts" "$qpdf_ok" "$render" "$text"
  case "$fonts$qpdf_ok$render$text" in *FAIL*) failed=1; [ -s "$work/render.err" ] && head -3 "$work/render.err" ;; esac
done
[ "$failed" -eq 0 ] && echo "all PDFs pass" || { echo "some PDFs FAIL"; exit 1; }
