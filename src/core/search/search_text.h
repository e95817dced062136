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
// Extra index text for a phone number, so a fragment typed with any spacing finds it: "138 0013"
// and "0013 8000" both find "+86 (138) 0013-8000". The tokenizer only matches the start of a
// token, so the digits are stored once per starting position (at least 3 digits long).
std::string phoneIndexText(std::string_view phone);
// The FTS5 MATCH expression for what a person typed: every word (and CJK run) must match, the last
// character of each as a prefix (search as you type). Text made of digits and phone punctuation
// also matches as one number ("138 0013" finds the phone 13800138000). Empty when there is
// nothing to search for.
std::string matchExpression(std::string_view typed);
// The same matches, for ranking: whole words typed also match as whole words, so bm25 puts
// "Ann" above "Annabel" and order #1042 above #10421 (a document matching both scores higher).
std::string rankingExpression(std::string_view typed);

} // namespace satchel::search
