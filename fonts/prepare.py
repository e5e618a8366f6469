#!/usr/bin/python3
"""Prepares the bulletin's fonts from the upstream Noto SC TrueType files.

1. Upstream Noto SC maps several code points to one glyph (for example the Kangxi
   radical U+2F63 and the ideograph U+751F share the glyph of 生). A PDF writer
   can record only one code point per glyph in the ToUnicode map, and PDFBox
   picks the lowest, so text copied out of the PDF would come out as radicals.
   Every extra code point gets a copy of the glyph of its own, so that each glyph
   is reached from exactly one code point and copied text is exact.
2. The PDF renderer applies no OpenType features, so the em dash would keep its
   narrow Latin form; Chinese text needs the full-width one that the fonts'
   Chinese localisation (locl) selects. U+2014 gets a copy of that glyph.
3. U+2005 FOUR-PER-EM SPACE, which the fonts lack, gets an empty glyph a quarter
   of an em wide: the bulletin sets it between Chinese and Latin or digits.
4. The OpenType layout tables (GSUB, GPOS, GDEF, BASE) and the vertical metrics
   go: the renderer does no shaping and sets no vertical text, while PDFBox would
   run the Latin ligature rules of GSUB over every line it draws, at a great cost
   in time and memory, and draw glyphs the layout never measured.
5. Besides the full font, a core font keeps only the characters of GB 2312 (all
   6,763 hanzi and its symbols), Latin and the punctuation the bulletin uses: a
   quarter of the glyphs, read four times faster. The bulletin sets text in the
   core font and falls back to the full one only for a character the core lacks.
6. Before GPOS goes, what its `halt` feature says of each full-width mark (which
   half of its em is blank, and so may be taken away when marks are compressed)
   is written beside the font as TARGET.halt: a line per code point, with the
   feature's horizontal placement and advance adjustments in font units
   (U+FF0C 0 -500: a comma's right half is blank; U+FF08 -500 -500: an opening
   bracket's left half).

Usage: prepare.py SOURCE.ttf TARGET.ttf CORE.ttf   (needs Debian's python3-fonttools)
"""
import copy
import sys

from fontTools import subset
from fontTools.ttLib import TTFont

UNUSED_TABLES = ("GSUB", "GPOS", "GDEF", "BASE", "vhea", "vmtx", "STAT")


def core_unicodes():
    """GB 2312 (symbols and hanzi), Latin, and the punctuation and spaces the bulletin uses."""
    cps = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                cps.add(ord(bytes([hi, lo]).decode("gb2312")))
            except UnicodeDecodeError:
                pass
    for a, b in ((0x20, 0x7E), (0xA0, 0x17F), (0x2000, 0x206F), (0x2190, 0x21FF), (0x2460, 0x24FF),
                 (0x25A0, 0x25FF), (0x3000, 0x303F), (0xFF00, 0xFF65)):
        cps.update(range(a, b + 1))
    return cps


def write_core(full_path, core_path):
    font = TTFont(full_path, recalcTimestamp=False)
    options = subset.Options()
    options.layout_features = []
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.glyph_names = False
    options.hinting = True
    options.drop_tables += list(UNUSED_TABLES)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=core_unicodes())
    subsetter.subset(font)
    font.save(core_path)


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


def add_glyph(font, name, source_glyph, advance):
    """Adds a glyph (a copy of source_glyph, or empty) with the given advance; returns its name."""
    glyf = font["glyf"]
    if source_glyph is None:
        from fontTools.ttLib.tables._g_l_y_f import Glyph
        glyph = Glyph()
        glyph.numberOfContours = 0
        glyf[name] = glyph
    else:
        glyf[name] = copy.deepcopy(glyf[source_glyph])
    lsb = 0 if source_glyph is None else font["hmtx"].metrics[source_glyph][1]
    font["hmtx"].metrics[name] = (advance if advance is not None else font["hmtx"].metrics[source_glyph][0], lsb)
    if "vmtx" in font:
        upm = font["head"].unitsPerEm
        font["vmtx"].metrics[name] = font["vmtx"].metrics[source_glyph] if source_glyph else (upm, 0)
    # assigning into glyf appends to the glyph order it shares with the font, unless they have parted
    if name not in font.getGlyphOrder():
        font.setGlyphOrder(list(font.getGlyphOrder()) + [name])
    return name


def map_code_point(font, cp, name):
    for table in font["cmap"].tables:
        if table.format != 14 and table.isUnicode():
            table.cmap[cp] = name


def chinese_em_dash(font):
    cmap = font.getBestCmap()
    full = cmap[0x2015]
    if font["hmtx"].metrics[full][0] != font["head"].unitsPerEm:
        sys.exit("U+2015 is not full width in this font")
    map_code_point(font, 0x2014, add_glyph(font, "emdash.zh", full, None))


def quarter_em_space(font):
    if 0x2005 in font.getBestCmap():
        return
    map_code_point(font, 0x2005, add_glyph(font, "uni2005", None, font["head"].unitsPerEm // 4))


def halt_table(font):
    """The single adjustments of the halt feature, by code point: (x placement, x advance)."""
    gpos = font["GPOS"].table
    lookups = set()
    for record in gpos.FeatureList.FeatureRecord:
        if record.FeatureTag == "halt":
            lookups.update(record.Feature.LookupListIndex)
    by_glyph = {}
    for index in sorted(lookups):
        lookup = gpos.LookupList.Lookup[index]
        for sub in lookup.SubTable:
            if lookup.LookupType == 9:
                sub = sub.ExtSubTable
            if sub.LookupType != 1:
                sys.exit("halt lookup %d is not a single adjustment" % index)
            for i, glyph in enumerate(sub.Coverage.glyphs):
                value = sub.Value if sub.Format == 1 else sub.Value[i]
                by_glyph.setdefault(glyph, (getattr(value, "XPlacement", 0) or 0, getattr(value, "XAdvance", 0) or 0))
    out = {}
    for cp, glyph in font.getBestCmap().items():
        if glyph in by_glyph:
            out[cp] = by_glyph[glyph]
    return out


def write_halt(font, path):
    table = halt_table(font)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# halt (alternate half widths) of %s, from its GPOS table: code point, x placement, x advance,\n"
                "# in units of %d per em\n" % (font["name"].getDebugName(4), font["head"].unitsPerEm))
        for cp in sorted(table):
            placement, advance = table[cp]
            f.write("U+%04X\t%d\t%d\n" % (cp, placement, advance))
    return len(table)


def main(source, target, core):
    # the upstream modification time is kept, so that the same sources give the same files
    # read apart: decompiling GPOS in the font being prepared would change what is saved
    halts = write_halt(TTFont(source, lazy=True), target.rsplit(".", 1)[0] + ".halt")
    font = TTFont(source, recalcTimestamp=False)
    count = split_shared_glyphs(font)
    chinese_em_dash(font)
    quarter_em_space(font)
    for tag in UNUSED_TABLES:
        if tag in font:
            del font[tag]
    font.save(target)
    write_core(target, core)
    check = TTFont(target).getBestCmap()
    seen = {}
    for cp, glyph in check.items():
        if glyph in seen:
            sys.exit("glyph %s still shared by U+%04X and U+%04X" % (glyph, seen[glyph], cp))
        seen[glyph] = cp
    print("%s: %d code points given glyphs of their own, %d halt adjustments; core font %s has %d glyphs"
          % (target, count, halts, core, len(TTFont(core).getGlyphOrder())))


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], sys.argv[3])
