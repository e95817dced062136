#!/usr/bin/python3
"""Builds the UI font at build time from Debian's fonts-wqy-microhei (never committed).

The subset keeps Latin (with accents), general punctuation, CJK punctuation, full-width forms and
the 3,755 first-level GB2312 characters (the common Chinese characters used in names and
everyday text). ImGui 1.86 rasterises every glyph up front, so a smaller set means a faster start
and a smaller texture; characters outside it render as a box, never as wrong text.
usage: make_ui_font.py SOURCE.ttc OUTPUT.ttf
"""
import sys

from fontTools import subset


def codepoints():
    cps = set(range(0x20, 0x7F)) | set(range(0xA0, 0x250))   # ASCII, Latin-1, Latin Extended-A/B
    cps |= set(range(0x2000, 0x2070)) | {0x20AC, 0x2122, 0x2190, 0x2191, 0x2192, 0x2193, 0x25B2, 0x25BC, 0x2713}
    cps |= set(range(0x3000, 0x3040))                         # CJK symbols and punctuation
    cps |= set(range(0xFF00, 0xFFF0))                         # full-width forms
    for hi in range(0xB0, 0xD8):                              # GB2312 level 1: rows 16-55
        for lo in range(0xA1, 0xFF):
            try:
                cps.add(ord(bytes([hi, lo]).decode("gb2312")))
            except UnicodeDecodeError:
                pass
    return cps


def main(src, out):
    opts = subset.Options()
    opts.font_number = 0
    opts.hinting = False          # stb_truetype ignores hinting; dropping it halves the file
    opts.layout_features = []     # ImGui does no shaping
    opts.notdef_outline = True
    font = subset.load_font(src, opts, dontLoadGlyphNames=True)
    subsetter = subset.Subsetter(opts)
    subsetter.populate(unicodes=codepoints())
    subsetter.subset(font)
    subset.save_font(font, out, opts)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
