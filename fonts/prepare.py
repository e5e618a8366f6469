#!/usr/bin/python3
"""Prepares the bulletin's fonts from the upstream Noto SC TrueType files.

Upstream Noto SC maps several code points to one glyph (for example the Kangxi
radical U+2F63 and the ideograph U+751F share the glyph of 生). A PDF writer
can record only one code point per glyph in the ToUnicode map, and PDFBox picks
the lowest, so text copied out of the PDF would come out as radicals. This
script gives every extra code point a copy of the glyph of its own, so that each
glyph is reached from exactly one code point and copied text is exact. Nothing
else in the font changes.

Usage: prepare.py SOURCE.ttf TARGET.ttf   (needs Debian's python3-fonttools)
"""
import copy
import sys

from fontTools.ttLib import TTFont


def split_shared_glyphs(font):
    cmap = font.getBestCmap()
    by_glyph = {}
    for cp in sorted(cmap):
        by_glyph.setdefault(cmap[cp], []).append(cp)

    order = list(font.getGlyphOrder())
    glyf = font["glyf"]
    metric_tables = [font[t] for t in ("hmtx", "vmtx") if t in font]
    reassigned = {}
    for glyph, cps in by_glyph.items():
        if len(cps) < 2:
            continue
        # the first (lowest) code point keeps the glyph; the others get copies
        for cp in cps[1:]:
            name = "%s.u%04X" % (glyph, cp)
            glyf[name] = copy.deepcopy(glyf[glyph])
            for table in metric_tables:
                table.metrics[name] = table.metrics[glyph]
            order.append(name)
            reassigned[cp] = name

    font.setGlyphOrder(order)
    for table in font["cmap"].tables:
        if table.format == 14:
            continue
        for cp, name in reassigned.items():
            if cp in table.cmap:
                table.cmap[cp] = name
    return len(reassigned)


def main(source, target):
    font = TTFont(source)
    count = split_shared_glyphs(font)
    font.save(target)
    check = TTFont(target).getBestCmap()
    seen = {}
    for cp, glyph in check.items():
        if glyph in seen:
            sys.exit("glyph %s still shared by U+%04X and U+%04X" % (glyph, seen[glyph], cp))
        seen[glyph] = cp
    print("%s: %d code points given glyphs of their own" % (target, count))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
