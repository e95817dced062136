#pragma once
// Rejected input: names the field and the problem (a code the UI translates, with parameters),
// so the UI can show it next to the field, in the user's language, and an import report can show
// it next to the row. what() is "field: English reason" for the CLI and logs.
#include "core/common/problem.h"

#include <stdexcept>
#include <string>
#include <vector>

namespace satchel {

class ValidationError : public std::runtime_error {
public:
    ValidationError(std::string field, Problem problem, std::vector<std::string> params = {})
        : std::runtime_error(field + ": " + fillTemplate(problemEnglish(problem), params)),
          m_field(std::move(field)),
          m_problem(problem),
          m_params(std::move(params)) {}
    const std::string& field() const noexcept { return m_field; }
    Problem problem() const noexcept { return m_problem; }
    const std::vector<std::string>& params() const noexcept { return m_params; }
    // The reason in English ("is required").
    std::string reason() const { return fillTemplate(problemEnglish(m_problem), m_params); }

private:
    std::string m_field;
    Problem m_problem;
    std::vector<std::string> m_params;
};

} // namespace satchel
