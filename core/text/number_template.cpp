#include "core/text/number_template.hpp"

#include <stdexcept>

#include <fmt/format.h>

namespace kolmi::text {

namespace {

constexpr int kMaxWidth = 18;

// One placeholder at the start of `rest` (which starts with '{'): its
// length and what it is, or nullopt for an unknown one.
struct Placeholder {
  enum class Kind { sequence, year, month } kind;
  int width = 0;  // sequence: zero-padded width (0: none)
  std::size_t length = 0;
};

std::optional<Placeholder> placeholder_at(std::string_view rest) {
  using Kind = Placeholder::Kind;
  if (rest.starts_with("{N}")) return Placeholder{Kind::sequence, 0, 3};
  if (rest.starts_with("{YYYY}")) return Placeholder{Kind::year, 0, 6};
  if (rest.starts_with("{MM}")) return Placeholder{Kind::month, 0, 4};
  if (rest.starts_with("{N:")) {
    int width = 0;
    std::size_t i = 3;
    for (; i < rest.size() && i < 5 && rest[i] >= '0' && rest[i] <= '9'; ++i) width = width * 10 + (rest[i] - '0');
    if (i > 3 && i < rest.size() && rest[i] == '}' && width >= 1 && width <= kMaxWidth) {
      return Placeholder{Kind::sequence, width, i + 1};
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> number_template_problem(std::string_view t) {
  int sequences = 0;
  for (std::size_t i = 0; i < t.size();) {
    if (t[i] == '}') return std::string("a '}' without its '{'");
    if (t[i] != '{') {
      ++i;
      continue;
    }
    const auto p = placeholder_at(t.substr(i));
    if (!p) {
      return fmt::format("unknown placeholder at '{}': use {{N}}, {{N:width}} (1 to {}), {{YYYY}} or {{MM}}",
                         t.substr(i, 8), kMaxWidth);
    }
    if (p->kind == Placeholder::Kind::sequence) ++sequences;
    i += p->length;
  }
  if (sequences != 1) return std::string("it must hold the sequential number {N} (or {N:width}) exactly once");
  return std::nullopt;
}

std::string format_number(std::string_view t, std::int64_t sequence, int year, unsigned month) {
  if (number_template_problem(t)) throw std::invalid_argument("format_number: a template that was not checked");
  std::string out;
  for (std::size_t i = 0; i < t.size();) {
    if (t[i] != '{') {
      out += t[i++];
      continue;
    }
    const Placeholder p = *placeholder_at(t.substr(i));
    switch (p.kind) {
      case Placeholder::Kind::sequence:
        out += fmt::format("{:0{}}", sequence, p.width);
        break;
      case Placeholder::Kind::year:
        out += fmt::format("{:04}", year);
        break;
      case Placeholder::Kind::month:
        out += fmt::format("{:02}", month);
        break;
    }
    i += p.length;
  }
  return out;
}

}  // namespace kolmi::text
