#pragma once
// The words and number forms of a document in the reader's language: the
// labels of the letterhead, summary and footer, dates with month words, and
// money with the language's decimal mark and a fixed number of decimals.
// Pure functions; knows nothing of libharu, so tests run them on strings.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/decimal.hpp"
#include "core/pages/i18n.hpp"

namespace kolmi::exporters::pdf {

// `key` (an English phrase) in `lang`; the key itself when the document
// vocabulary has no translation (then pages::tr is asked).
std::string_view word(pages::Lang lang, std::string_view key);

// The decimal mark of `lang`: ',' for ru, '.' for en.
char decimal_mark(pages::Lang lang);

// `amount` rounded once (half away from zero) to exactly `digits` decimals
// (0 to 9), with `mark`: (12.5, 2, ',') -> "12,50"; no thousands separators.
std::string_view fixed_money(Decimal amount, int digits, char mark, std::array<char, 40>& out);
std::string fixed_money(Decimal amount, int digits, char mark);

// "YYYY-MM-DD[ HH:MM:SS]" with the month as a word: "1 November 2026",
// "1 ноября 2026", the time kept after a comma ("…, 00:00:00"). Text not of
// that form is returned unchanged.
std::string date_words(std::string_view text, pages::Lang lang);

// A talk time in seconds as "H:MM:SS" (hours grow as needed).
std::string talk_time(std::int64_t seconds);

// A percentage as a person writes it, with the decimal mark: "18 %", "7,5 %".
std::string percent_words(Decimal percent, pages::Lang lang);

}  // namespace kolmi::exporters::pdf
