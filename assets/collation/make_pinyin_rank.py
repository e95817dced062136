#!/usr/bin/python3
"""Writes the pinyin rank table the `pinyin` SQLite collation sorts Chinese names by (never committed).

ICU's zh@collation=pinyin (Debian's python3-icu) orders every Han character that has a reading;
this script ranks them in that order and writes, for each block of code points holding any, one
16-bit rank per code point (0: no reading). The letter each rank files under (A-Z, as ICU's
AlphabeticIndex for Chinese groups them, like a phone's contact list) is a range of ranks, so the
table holds only the 26 first ranks. Latin letters with diacritics get the letter they file
under too (1 byte each), so "Ölaf" lists under O. The build fails if ICU's order does not fit
these assumptions (a letter's ranks not contiguous, more than 65,535 ranks, a table too large).
usage: make_pinyin_rank.py OUTPUT.cpp
"""
import hashlib
import sys
import unicodedata

try:
    import icu
except ImportError:
    sys.exit("make_pinyin_rank: PyICU is missing: install Debian's python3-icu (shell/setup does)")

# Blocks scanned for Han with a reading; a block is written only if it holds some, trimmed to them.
HAN_BLOCKS = [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2A6DF), (0x2A700, 0x2EBEF),
              (0x30000, 0x3134F)]
# Latin with diacritics: Latin-1 Supplement, Extended-A and -B, Latin Extended Additional.
LATIN_BLOCKS = [(0x00C0, 0x024F), (0x1E00, 0x1EFF)]
MAX_TABLE_BYTES = 64 * 1024  # it ships in the wasm


def main(out_path):
    locale = icu.Locale("zh@collation=pinyin")
    collator = icu.Collator.createInstance(locale)
    collator.setStrength(icu.Collator.PRIMARY)
    index = icu.AlphabeticIndex(locale).buildImmutableIndex()
    letters = [index.getBucket(b)[0] for b in range(index.bucketCount)]
    # Buckets are "…" (underflow), A..Z, "…" (overflow): check before relying on it.
    if letters[1:27] != [chr(ord("A") + i) for i in range(26)]:
        sys.exit(f"make_pinyin_rank: unexpected AlphabeticIndex labels {letters}")

    # The characters the pinyin tailoring lists have readings; untailored Han sort after the last.
    rules = icu.Collator.createInstance(locale).getRules()
    listed = {c for c in rules if 0x4E00 <= ord(c) <= 0x9FFF}
    last_listed = max(collator.getSortKey(c) for c in listed)

    keys = {}
    for lo, hi in HAN_BLOCKS:
        for cp in range(lo, hi + 1):
            key = collator.getSortKey(chr(cp))
            if key <= last_listed:
                keys[cp] = key
    distinct = sorted(set(keys.values()))
    if len(distinct) >= 0xFFFF:
        sys.exit(f"make_pinyin_rank: {len(distinct)} ranks do not fit in 16 bits")
    rank_of_key = {k: i + 1 for i, k in enumerate(distinct)}
    rank = {cp: rank_of_key[k] for cp, k in keys.items()}

    # The first rank of each letter; every character of a letter must rank between its bounds.
    letter_of = {cp: index.getBucketIndex(chr(cp)) - 1 for cp in rank}
    first = [None] * 26
    for cp, r in rank.items():
        b = letter_of[cp]
        if not 0 <= b < 26:
            sys.exit(f"make_pinyin_rank: U+{cp:04X} has a reading but files under {letters[b + 1]!r}")
        first[b] = r if first[b] is None else min(first[b], r)
    for b in range(26):  # a letter no character files under (ICU has none for I, U, V) starts where the next does
        if first[b] is None:
            first[b] = next((first[n] for n in range(b + 1, 26) if first[n] is not None), len(distinct) + 1)
    for cp, r in rank.items():
        b = letter_of[cp]
        if not (first[b] <= r and (b == 25 or r < first[b + 1])):
            sys.exit(f"make_pinyin_rank: U+{cp:04X} ranks outside letter {letters[b + 1]}")

    blocks = []
    for lo, hi in HAN_BLOCKS:
        inside = [cp for cp in rank if lo <= cp <= hi]
        if inside:
            blocks.append((min(inside), max(inside)))

    latin = []
    for lo, hi in LATIN_BLOCKS:
        row = []
        for cp in range(lo, hi + 1):
            b = index.getBucketIndex(chr(cp)) - 1
            is_letter = unicodedata.category(chr(cp)).startswith("L")
            row.append(b if is_letter and 0 <= b < 26 else 0xFF)
        latin.append((lo, hi, row))

    size = sum(2 * (hi - lo + 1) for lo, hi in blocks) + sum(len(r) for _, _, r in latin) + 2 * 26
    if size > MAX_TABLE_BYTES:
        sys.exit(f"make_pinyin_rank: the table would take {size} bytes (budget {MAX_TABLE_BYTES})")

    out = [
        f"// Generated at build time by assets/collation/make_pinyin_rank.py from ICU {icu.ICU_VERSION}",
        f"// zh@collation=pinyin: {len(rank)} Han characters with a reading, {len(distinct)} ranks, {size} bytes.",
        "// Not committed: edit the script, not this file.",
        '#include "core/common/pinyin_table.h"',
        "",
        "namespace satchel::pinyin_table {",
        "",
        "namespace {",
    ]
    for lo, hi in blocks:
        out.append(f"const std::uint16_t kRank{lo:X}[{hi - lo + 1}] = {{")
        values = [rank.get(cp, 0) for cp in range(lo, hi + 1)]
        for i in range(0, len(values), 16):
            out.append("    " + ",".join(str(v) for v in values[i:i + 16]) + ",")
        out.append("};")
    for lo, hi, row in latin:
        out.append(f"const std::uint8_t kLetter{lo:X}[{hi - lo + 1}] = {{")
        for i in range(0, len(row), 32):
            out.append("    " + ",".join(str(v) for v in row[i:i + 32]) + ",")
        out.append("};")
    out += [
        "} // namespace",
        "",
        f'const char kIcuVersion[] = "{icu.ICU_VERSION}";',
        "const std::uint16_t kLetterFirstRank[26] = {" + ", ".join(str(f) for f in first) + "};",
        f"const std::uint16_t kRankCount = {len(distinct)};",
        "const HanBlock kHanBlocks[] = {" + ", ".join(f"{{0x{lo:X}, 0x{hi:X}, kRank{lo:X}}}" for lo, hi in blocks) + "};",
        f"const std::size_t kHanBlockCount = {len(blocks)};",
        "const LatinBlock kLatinBlocks[] = {" +
        ", ".join(f"{{0x{lo:X}, 0x{hi:X}, kLetter{lo:X}}}" for lo, hi, _ in latin) + "};",
        f"const std::size_t kLatinBlockCount = {len(latin)};",
        "",
        "} // namespace satchel::pinyin_table",
        "",
    ]
    # What the stored pinyin indexes were built with: a different table (another ICU) must rebuild them.
    fingerprint = hashlib.sha256("\n".join(out).encode("utf-8")).hexdigest()[:16]
    out[-2:-2] = [f'const char kTableFingerprint[] = "{icu.ICU_VERSION}-{fingerprint}";']
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
