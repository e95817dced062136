#!/usr/bin/python3
"""Builds the UI font at build time from Debian's fonts-wqy-microhei (never committed).

The subset keeps Latin (with accents), Greek, Cyrillic, general punctuation, CJK punctuation, full-width forms and
all 6,763 GB2312 characters (the simplified Chinese of names and everyday text), plus every character the UI's own sources hold (src/ui: translations, icons'
neighbours, punctuation), so the app's own text never falls back to "?"; the build fails naming
any such character the source font lacks. ImGui 1.86 rasterises every glyph up front, so a smaller
set means a faster start and a smaller texture.
It also writes the title font: the same face with only Latin, Greek, Cyrillic, punctuation and the
UI's own characters, drawn at a larger size for screen titles and record names (a title holding
any other character is drawn in the body font: src/ui/widgets.h titleText).
usage: make_ui_font.py SOURCE.ttc OUTPUT.ttf UI_SOURCE_DIR TITLE_OUTPUT.ttf
"""
import pathlib
import sys

from fontTools import subset


def alphabetic_codepoints():
    cps = set(range(0x20, 0x7F)) | set(range(0xA0, 0x250))   # ASCII, Latin-1, Latin Extended-A/B
    cps |= set(range(0x370, 0x500))                           # Greek, Cyrillic
    cps |= set(range(0x2000, 0x2070))                         # general punctuation
    cps |= set(range(0x3000, 0x3040))                         # CJK symbols and punctuation
    cps |= set(range(0xFF00, 0xFFF0))                         # full-width forms
    return cps


def codepoints():
    cps = alphabetic_codepoints()
    cps |= {0x2605, 0x2606}                                   # ★ ☆ (ratings)
    cps |= {0x20AC, 0x2122, 0x2190, 0x2191, 0x2192, 0x2193, 0x25B2, 0x25BC, 0x2713}
    for hi in range(0xB0, 0xF8):                              # all of GB2312: rows 16-87
        for lo in range(0xA1, 0xFF):
            try:
                cps.add(ord(bytes([hi, lo]).decode("gb2312")))
            except UnicodeDecodeError:
                pass
    return cps


def ui_characters(ui_dir):
    """Every non-ASCII character written in the UI's sources, with the file it was first seen in."""
    seen = {}
    for path in sorted(pathlib.Path(ui_dir).rglob("*")):
        if path.suffix not in (".cpp", ".h"):
            continue
        for ch in path.read_text(encoding="utf-8"):
            if ord(ch) > 0x7E and ch not in seen:
                seen[ch] = path
    return seen


def write_subset(src, out, unicodes):
    """The characters `unicodes` of font file `src`, written to `out` (a path or a binary stream)."""
    opts = options()
    font = subset.load_font(src, opts, dontLoadGlyphNames=True)
    subsetter = subset.Subsetter(opts)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    subset.save_font(font, out, opts)


def options():
    opts = subset.Options()
    opts.font_number = 0
    opts.hinting = False          # stb_truetype ignores hinting; dropping it halves the file
    opts.layout_features = []     # ImGui does no shaping
    opts.notdef_outline = True
    opts.drop_tables += ["FFTM"]  # FontForge's timestamps: nothing reads them
    return opts


def main(src, out, ui_dir, title_out):
    cmap = subset.load_font(src, options(), dontLoadGlyphNames=True).getBestCmap()
    ui = ui_characters(ui_dir)
    # Icons come from the icon font (Private Use Area); every other character must be in this one.
    missing = {ch: path for ch, path in ui.items() if ord(ch) not in cmap and not 0xE000 <= ord(ch) <= 0xF8FF}
    if missing:
        sys.exit("make_ui_font.py: the UI font has no glyph for " +
                 ", ".join(f"{ch!r} (U+{ord(ch):04X}, {path})" for ch, path in sorted(missing.items())))
    own = {ord(ch) for ch in ui}
    write_subset(src, out, codepoints() | own)
    write_subset(src, title_out, alphabetic_codepoints() | own)


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4])
