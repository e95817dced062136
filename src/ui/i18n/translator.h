#pragma once
// UI text in English and Simplified Chinese. Keys are the English text. Widget labels get a stable
// ImGui ID from the English key ("保存###Save"), so switching language keeps widget state and the
// item locator still reports what a person sees. Owned by the App; screens receive it.
#include <string>
#include <string_view>
#include <unordered_map>

namespace satchel::ui {

enum class Language { English, Chinese };

Language languageFromCode(std::string_view code);  // "zh-CN" -> Chinese; anything else English
const char* languageCode(Language language);        // "en" | "zh-CN"

class Translator {
public:
    void setLanguage(Language language);
    Language language() const { return m_language; }
    // Text to show for an English key (a string literal). Unknown keys are shown as they are, and
    // tests/tools/i18n_test.sh fails the build's tests for any key used in src/ui without a translation.
    const char* text(const char* english) const;
    // A widget label: the text plus "###" and the English key as its ID.
    const char* label(const char* english) const;

private:
    Language m_language = Language::English;
    mutable std::unordered_map<std::string, std::string> m_labels;  // cache for the current language
};

} // namespace satchel::ui
