#include "ui/stage_name.h"

namespace satchel::ui {

namespace {
// As written by migration 2 (src/core/schema/schema.cpp).
constexpr const char* kDefaultStages[] = {N_("Prospecting"), N_("Qualification"), N_("Proposal"), N_("Negotiation")};
} // namespace

const char* stageName(const std::string& stored, const Translator& tr) {
    for (const char* english : kDefaultStages)
        if (stored == english) return tr.text(english);
    return stored.c_str();
}

} // namespace satchel::ui
