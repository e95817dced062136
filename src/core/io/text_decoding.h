#pragma once
// Turns the raw bytes of an imported file (CSV, vCard) into UTF-8, whichever encoding Excel, Chinese
// Excel or a phone wrote it in, and back into a legacy encoding for exports that need one.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace satchel::io {

enum class Encoding { Utf8, Utf16Le, Utf16Be, Gb18030, Big5, ShiftJis };

// The name people and other programs know: "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", "Big5", "Shift_JIS".
std::string_view encodingName(Encoding encoding);
// Case-insensitive and blind to '-', '_', '.' and spaces. Windows' and browsers' names for the same
// tables are accepted: "gbk", "gb2312" and "cp936" are read as GB18030 (a superset of them), "sjis"
// and "cp932" as Shift_JIS, "cp950" as Big5. Plain "utf-16" is refused: it does not say the byte order.
std::optional<Encoding> encodingFromName(std::string_view name);

struct Detected {
    Encoding encoding;
    bool bom; // the bytes start with that encoding's byte order mark
};
// A byte order mark decides (UTF-8, UTF-16 LE/BE, GB18030's); otherwise strictly valid UTF-8 is
// UTF-8, and anything else is taken for GB18030, since that is what Chinese Excel writes (GBK and
// GB2312 files are GB18030 files).
Detected detectEncoding(std::string_view bytes);

struct DecodeError {
    std::int64_t line;       // 1-based, counting line feeds before the problem (UTF-16: U+000A code units)
    std::int64_t byteOffset; // 0-based, in the bytes that were given
    std::string reason;      // a short fixed English phrase, e.g. "bytes are not valid GB18030"
};
// "line 3, byte 41: bytes are not valid GB18030"
std::string describe(const DecodeError& error);

// Decodes to UTF-8, dropping a leading byte order mark. Never substitutes U+FFFD: bytes that are not
// valid in `encoding`, or a character cut off by the end of the input, give an error instead.
std::variant<std::string, DecodeError> decodeToUtf8(std::string_view bytes, Encoding encoding);
// UTF-8 to `encoding`, without a byte order mark. A character the encoding cannot represent is an
// error naming its place in `utf8`; decoding the result gives `utf8` back.
std::variant<std::string, DecodeError> encodeFromUtf8(std::string_view utf8, Encoding encoding);

} // namespace satchel::io
