#pragma once
// UI text in English and Simplified Chinese. Keys are the English text. Widget labels get a stable
// ImGui ID from the English key ("保存###Save"), so switching language keeps widget state and the
// item locator still reports what a person sees. Owned by the App; screens receive it.
#include "core/common/problem.h"
#include "core/vocab/vocabulary.h"

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace satchel::ui {

enum class Language { English, Chinese };

Language languageFromCode(std::string_view code); // "zh-CN" -> Chinese; anything else English
const char* languageCode(Language language);      // "en" | "zh-CN"

// Marks an English key that is translated later, where a table of names is kept (gettext's N_):
// tests/tools/i18n_test.sh finds it and requires its Chinese text.
constexpr const char* N_(const char* english) { return english; }

class Translator {
public:
    void setLanguage(Language language);
    Language language() const { return m_language; }
    // Text to show for an English key (a string literal). Unknown keys are shown as they are, and
    // tests/tools/i18n_test.sh fails the build's tests for any key used in src/ui without a translation.
    const char* text(const char* english) const;
    // A widget label: the text plus "###" and the English key as its ID.
    const char* label(const char* english) const;
    // A vocabulary's term as shown: its Chinese ("lifecycle.lead" in coded_text_zh.cpp) or its
    // English name. Never the bare code.
    const char* term(const vocab::Vocabulary& vocabulary, std::string_view code) const;
    // A widget label for a term: the shown text plus "###" and the translation key as its ID.
    const char* termLabel(const vocab::Vocabulary& vocabulary, std::string_view code) const;
    // A problem the core reported, in the current language, its parameters filled in.
    std::string problem(Problem problem, const std::vector<std::string>& params) const;
    // A sentence with parameters: the English template's translation with {0}, {1} ... filled in
    // (the word order is the template's, so each language puts the values where it needs them).
    std::string format(const char* english, const std::vector<std::string>& params) const;
    // A number with its noun: `one` ("{0} contact added") when n is 1, `other` ("{0} contacts
    // added") otherwise, by English rules; Chinese does not inflect and shows its `other` form.
    std::string count(std::int64_t n, const char* one, const char* other) const;

private:
    // A vocabulary's terms as shown in the current language, by index: term() runs for every
    // visible row of every frame, so it must be a scan of a few codes and a vector read.
    struct TermTable {
        std::vector<std::string> shown;
        std::vector<std::string> labels;
    };
    const TermTable& termTable(const vocab::Vocabulary& vocabulary) const;

    Language m_language = Language::English;
    // Caches for the current language, cleared when it changes.
    // Looked up by string_view (no allocation per frame), stored by value (safe for any caller).
    struct TextHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
    };
    mutable std::unordered_map<std::string, std::string, TextHash, std::equal_to<>> m_labels; // label()
    mutable std::unordered_map<const vocab::Vocabulary*, TermTable> m_termTables;
    mutable std::unordered_map<std::string, std::string> m_unknownCodes; // codes a vocabulary lacks
};

} // namespace satchel::ui
