#pragma once
// UI text in English and Simplified Chinese. Keys are the English text. Widget labels get a stable
// ImGui ID from the English key ("保存###Save"), so switching language keeps widget state and the
// item locator still reports what a person sees. Owned by the App; screens receive it.
#include "core/common/problem.h"
#include "core/vocab/vocabulary.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace satchel::ui {

enum class Language { English, Chinese };

Language languageFromCode(std::string_view code); // "zh-CN" -> Chinese; anything else English
const char* languageCode(Language language);      // "en" | "zh-CN"

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

private:
    Language m_language = Language::English;
    mutable std::unordered_map<std::string, std::string> m_labels; // cache for the current language
};

} // namespace satchel::ui
