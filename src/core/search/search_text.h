#pragma once
// How text is prepared for the FTS5 index and how a search box's text becomes an FTS5 query.
//
// FTS5's unicode61 tokenizer splits on spaces and punctuation, so "张三" would be a single token and
// "张" would only find it as a prefix, while "三" would not find it at all. We store Chinese,
// Japanese and Korean characters with a space between each, so every character is a token, and a
// query for "小明" becomes the phrase "小 明": it matches those characters next to each other.
#include <string>
#include <string_view>

namespace satchel::search {

// Text as stored in the index: CJK characters separated by spaces, everything else unchanged.
std::string indexText(std::string_view text);
// The FTS5 MATCH expression for what a person typed: every word (and CJK run) must match, the last
// character of each as a prefix (search as you type). Empty when there is nothing to search for.
std::string matchExpression(std::string_view typed);

} // namespace satchel::search
