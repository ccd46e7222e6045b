#!/usr/bin/env bash
# Rebuilds the committed font files in assets/fonts/ from their public sources (npm + Debian).
# Not run by tests or CI: the outputs are committed. See assets/fonts/PROVENANCE.md.
#
#   bash scripts/build-fonts.sh            # writes into assets/fonts/
#   FONT_OUT=/tmp/x bash scripts/build-fonts.sh
#
# Needs: npm ci done (the cut uses the project's harfbuzz), npm (registry access), apt-get (root) for fonts-lxgw-wenkai, texlive-lang-chinese,
# python3-fonttools. Takes about a minute (FandolFang's CFF→TTF conversion is ~30 s).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
out="${FONT_OUT:-$here/../assets/fonts}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
py=/usr/bin/python3 # Debian's python, where python3-fonttools lives

need_debs=()
[ -f /usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf ] || need_debs+=(fonts-lxgw-wenkai)
fandol_dir=/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol
[ -f "$fandol_dir/FandolFang-Regular.otf" ] || need_debs+=(texlive-lang-chinese)
"$py" -c 'import fontTools' 2>/dev/null || need_debs+=(python3-fonttools)
if [ ${#need_debs[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_debs[@]}"
fi

mkdir -p "$out/licenses"

# --- Noto Serif/Sans SC/TC: glyf TrueType, one file per weight, from @expo-google-fonts (OFL-1.1).
# Pinned versions: a newer package may carry different outlines.
fetch_noto() { # package version weightDir file target
  (cd "$work" && npm pack --silent "@expo-google-fonts/$1@$2" >/dev/null)
  local tgz="$work/expo-google-fonts-$1-$2.tgz"
  tar xzf "$tgz" -C "$work" "package/$3/$4" package/LICENSE_FONT
  cp "$work/package/$3/$4" "$out/$5"
  cp "$work/package/LICENSE_FONT" "$out/licenses/$6"
  rm -rf "$work/package" "$tgz"
}
fetch_noto noto-serif-sc 0.4.3 700Bold    NotoSerifSC_700Bold.ttf    NotoSerifSC-Bold.ttf    NotoSerif-OFL.txt
fetch_noto noto-sans-sc  0.4.3 400Regular NotoSansSC_400Regular.ttf  NotoSansSC-Regular.ttf  NotoSans-OFL.txt
fetch_noto noto-serif-tc 0.4.4 400Regular NotoSerifTC_400Regular.ttf NotoSerifTC-Regular.ttf NotoSerif-OFL.txt
fetch_noto noto-serif-tc 0.4.4 700Bold    NotoSerifTC_700Bold.ttf    NotoSerifTC-Bold.ttf    NotoSerif-OFL.txt
fetch_noto noto-sans-tc  0.4.3 400Regular NotoSansTC_400Regular.ttf  NotoSansTC-Regular.ttf  NotoSans-OFL.txt

# --- Page-number digits: a tiny serif face (Noto Serif SC Regular cut to digits, dashes, space),
# so every document does not load a 15 MB font just to draw "— 1 —".
(cd "$work" && npm pack --silent "@expo-google-fonts/noto-serif-sc@0.4.3" >/dev/null)
tar xzf "$work/expo-google-fonts-noto-serif-sc-0.4.3.tgz" -C "$work" package/400Regular/NotoSerifSC_400Regular.ttf
"$py" -m fontTools.subset "$work/package/400Regular/NotoSerifSC_400Regular.ttf" \
  --unicodes='U+0020,U+0030-0039,U+002D,U+2013,U+2014,U+2015,U+2500' \
  --layout-features='' --no-hinting --name-IDs='*' --name-languages='*' \
  --output-file="$out/NotoSerifSC-PageDigits.ttf"
rm -rf "$work/package" "$work"/*.tgz

# --- LXGW WenKai Regular (楷体): Debian fonts-lxgw-wenkai ships it as glyf TTF (OFL-1.1).
cp /usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf "$out/LXGWWenKai-Regular.ttf"
cp /usr/share/doc/fonts-lxgw-wenkai/copyright "$out/licenses/LXGWWenKai-OFL.txt"

# --- FandolFang (仿宋): Debian texlive-lang-chinese ships only CFF OpenType, which pdf-lib cannot
# embed correctly; convert the outlines to TrueType quadratics (GPL-3 with font exception).
cat > "$work/cff-to-ttf.py" <<'PY'
"""Convert a CFF-flavoured OpenType font (.otf) to a glyf TrueType font (.ttf).

Why: pdf-lib + @pdf-lib/fontkit embed CFF fonts incorrectly in every mode (poppler rejects the
subset, Ghostscript draws wrong glyphs), while glyf TrueType fonts work. FandolFang, the only free
Simplified 仿宋 with full coverage, ships only as CFF, so it is converted once, offline.

Usage: /usr/bin/python3 cff-to-ttf.py IN.otf OUT.ttf   (needs Debian python3-fonttools)
"""
import sys

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

# Max distance (font units, 1000/em) between a cubic curve and its quadratic approximation.
MAX_ERROR = 1.0


def convert(source: str, target: str) -> None:
    # recalcTimestamp=False keeps the source's dates, so rebuilds are byte-identical.
    font = TTFont(source, recalcTimestamp=False)
    if "CFF " not in font:
        raise SystemExit(f"{source}: no CFF table, nothing to convert")
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()

    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        # CFF contours run counter-clockwise, TrueType clockwise: reverse while converting.
        glyph_set[name].draw(Cu2QuPen(pen, MAX_ERROR, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()

    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]  # only meaningful for CFF fonts
    font["glyf"] = glyf
    font["loca"] = newTable("loca")

    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in ("maxZones",):
        setattr(maxp, field, 1)
    for field in (
        "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
        "maxStackElements", "maxSizeOfInstructions", "maxComponentElements",
        "maxComponentDepth", "maxPoints", "maxContours", "maxCompositePoints",
        "maxCompositeContours",
    ):
        setattr(maxp, field, 0)

    font["head"].glyphDataFormat = 0
    # CID-keyed glyph names (cid01234) carry no information: post format 3 stores none.
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(target, reorderTables=True)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    convert(sys.argv[1], sys.argv[2])
PY
"$py" "$work/cff-to-ttf.py" "$fandol_dir/FandolFang-Regular.otf" "$out/FandolFang-Regular.ttf"
zcat /usr/share/doc/texlive-doc/fonts/fandol/COPYING.gz > "$out/licenses/Fandol-GPL-3.txt"
cp /usr/share/doc/texlive-doc/fonts/fandol/README "$out/licenses/Fandol-README.txt"

# --- Cut faces (assets/fonts/cut/): each CJK face cut to the characters documents use (GB 2312 for
# Simplified, Big5 common + the Traditional forms of GB 2312 for Traditional), with the coverage list
# of what each full face has beyond its cut. The full faces stay as the fallback (docs/fonts.md).
(cd "$here/.." && npx tsx scripts/cut-fonts.ts "$out")

(cd "$out" && sha256sum ./*.ttf ./cut/*)
du -ch "$out"/*.ttf "$out"/cut/* | tail -1
