#!/usr/bin/python3
"""Builds the fonts the app fetches only when text needs them (never committed, never in the first load).

The UI font (make_ui_font.py) holds Latin, Greek, Cyrillic, GB2312 and the UI's own characters. Every
other character a font on this machine has goes into a block file here: the code points are cut into
blocks of BLOCK code points, and each block gets one file per source font that adds characters to
it, taken in the order of FONTS (a sans CJK font first, so Traditional Chinese, kana and Hangul
match the UI font's look; emoji and symbols next; a Mincho font last for the rare ideographs of
Extensions A to G). index.txt holds BLOCK on its first line, then "block file" per line (block =
code point / BLOCK); the app reads it to know which files to fetch for a character it has no glyph
for (src/ui/fonts.cpp).
usage: make_more_fonts.py UI_FONT.ttf OUTPUT_DIR SOURCE_FONT...   (in the order to take them)
"""
import hashlib
import io
import multiprocessing
import os
import pathlib
import sys

from fontTools.ttLib import TTFont

from make_ui_font import write_subset

BLOCK = 512  # code points per file: a block of ideographs is about 100 KB

# Never fetched: drawn as nothing by the app (joiners, variation selectors, tags), or not text.
SKIPPED = [(0x0000, 0x001F), (0x007F, 0x009F), (0xD800, 0xDFFF), (0xE000, 0xF8FF), (0x200B, 0x200F),
           (0x2060, 0x206F), (0xFE00, 0xFE0F), (0xE0000, 0xE01EF), (0xF0000, 0x10FFFF)]


def cmap_of(path):
    return TTFont(path, fontNumber=0, lazy=True).getBestCmap()


def skipped(cp):
    return any(lo <= cp <= hi for lo, hi in SKIPPED)


def write_block(job):
    """Writes one block file; returns its name, which ends in a hash of its bytes: the browser keeps
    fetched files (Cache Storage), and a changed file must not be mistaken for the one it kept."""
    source, codepoints, stem = job
    buffer = io.BytesIO()
    write_subset(source, buffer, codepoints)
    data = buffer.getvalue()
    path = pathlib.Path(f"{stem}-{hashlib.sha256(data).hexdigest()[:10]}.ttf")
    path.write_bytes(data)
    return path.name


def main(ui_font, out_dir, sources):
    out = pathlib.Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.ttf"):
        old.unlink()
    covered = set(cmap_of(ui_font))
    jobs, index = [], []
    for number, source in enumerate(sources):
        blocks = {}
        for cp in cmap_of(source):
            if cp in covered or skipped(cp):
                continue
            covered.add(cp)
            blocks.setdefault(cp // BLOCK, []).append(cp)
        for block, cps in sorted(blocks.items()):
            jobs.append((source, cps, str(out / f"{number}-{block:04x}")))
            index.append((block, number))
    with multiprocessing.Pool(os.cpu_count()) as pool:
        names = pool.map(write_block, jobs, chunksize=4)
    # Sorted by block, then by the order of the sources: the app merges them in this order.
    lines = sorted((block, number, name) for (block, number), name in zip(index, names))
    (out / "index.txt").write_text(f"{BLOCK}\n" + "".join(f"{block} {name}\n" for block, _, name in lines))


if __name__ == "__main__":
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
