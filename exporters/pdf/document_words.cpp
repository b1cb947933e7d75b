#include "exporters/pdf/document_words.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <utility>

namespace kolmi::exporters::pdf {

namespace {

// The document vocabulary (English key, Russian). Page words (Date,
// Destination, Total, ...) come from pages::tr.
constexpr std::pair<std::string_view, std::string_view> kWords[] = {
    {"Account", "Лицевой счёт"},
    {"Answered calls", "Отвеченные звонки"},
    {"Calls", "Звонки"},
    {"Currency", "Валюта"},
    {"Customer", "Клиент"},
    {"E-mail", "Эл. почта"},
    {"Issue date", "Дата выставления"},
    {"Issuer", "Поставщик"},
    {"Page", "Страница"},
    {"Period", "Период"},
    {"Amount", "Сумма"},
    {"Summary", "Итоги"},
    {"Talk time", "Время разговоров"},
    {"Time zone", "Часовой пояс"},
    {"Top destinations by spend", "Основные направления по сумме"},
    {"Total with VAT", "Итого с НДС"},
    {"Total without VAT", "Итого без НДС"},
    {"VAT", "НДС"},
    {"VAT number", "ИНН/НДС"},
    {"per minute", "за минуту"},
    {"Rates are per minute.", "Ставки указаны за минуту."},
    {"not rated", "не тарифицированы"},
    {"The total is the exact sum of the calls' prices, rounded once; the rounded prices of the rows add up to",
     "Итог — точная сумма цен звонков, округлённая один раз; сумма округлённых цен строк равна"},
    // Invoices (exporters/invoice_pdf, invoice_xlsx).
    {"Invoice", "Счёт"},
    {"Invoice number", "Номер счёта"},
    {"Description", "Наименование"},
    {"Quantity", "Количество"},
    {"Subscriptions", "Подписки"},
    {"Periodic fee", "Периодическая плата"},
    {"Flat rate", "Фиксированный тариф"},
    {"One-time fee", "Разовая плата"},
    {"Period start", "Начало периода"},
    {"Period end", "Конец периода"},
    {"The total is the invoice's exact amount, rounded once; the rounded lines add up to",
     "Итог — точная сумма счёта, округлённая один раз; сумма округлённых строк равна"},
    {"The total with VAT is the invoice's exact amount, rounded once; the rounded total and VAT add up to",
     "Итог с НДС — точная сумма счёта, округлённая один раз; сумма округлённых итога и НДС равна"},
};

constexpr std::string_view kMonthsEn[] = {"January", "February", "March",     "April",   "May",      "June",
                                          "July",    "August",   "September", "October", "November", "December"};
// Genitive, as a date is written: "1 ноября 2026".
constexpr std::string_view kMonthsRu[] = {"января", "февраля", "марта",    "апреля",  "мая",    "июня",
                                          "июля",   "августа", "сентября", "октября", "ноября", "декабря"};

constexpr std::int64_t kPow10[] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000};

bool digits_at(std::string_view s, std::size_t at, std::size_t n) {
  if (at + n > s.size()) return false;
  return std::all_of(s.begin() + static_cast<std::ptrdiff_t>(at), s.begin() + static_cast<std::ptrdiff_t>(at + n),
                     [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::string_view word(pages::Lang lang, std::string_view key) {
  for (const auto& [en, ru] : kWords) {
    if (en == key) return lang == pages::Lang::ru ? ru : en;
  }
  return pages::tr(lang, key);
}

char decimal_mark(pages::Lang lang) {
  return lang == pages::Lang::ru ? ',' : '.';
}

std::string_view fixed_money(Decimal amount, int digits, char mark, std::array<char, 40>& out) {
  digits = std::clamp(digits, 0, Decimal::kScaleDigits);
  const std::int64_t q = round_div(amount.nanos(), kPow10[Decimal::kScaleDigits - digits]);
  char* p = out.data();
  std::uint64_t magnitude = q < 0 ? static_cast<std::uint64_t>(-(q + 1)) + 1 : static_cast<std::uint64_t>(q);
  if (q < 0) *p++ = '-';
  const std::uint64_t scale = static_cast<std::uint64_t>(kPow10[digits]);
  p = std::to_chars(p, out.data() + 24, magnitude / scale).ptr;
  if (digits > 0) {
    *p++ = mark;
    std::uint64_t fraction = magnitude % scale;
    for (int i = digits - 1; i >= 0; --i) {
      p[i] = static_cast<char>('0' + fraction % 10);
      fraction /= 10;
    }
    p += digits;
  }
  return {out.data(), static_cast<std::size_t>(p - out.data())};
}

std::string fixed_money(Decimal amount, int digits, char mark) {
  std::array<char, 40> buf{};
  return std::string(fixed_money(amount, digits, mark, buf));
}

std::string date_words(std::string_view text, pages::Lang lang) {
  if (text.size() < 10 || !digits_at(text, 0, 4) || text[4] != '-' || !digits_at(text, 5, 2) || text[7] != '-' ||
      !digits_at(text, 8, 2)) {
    return std::string(text);
  }
  const int month = (text[5] - '0') * 10 + (text[6] - '0');
  const int day = (text[8] - '0') * 10 + (text[9] - '0');
  if (month < 1 || month > 12) return std::string(text);
  std::string s = std::to_string(day);
  s += ' ';
  s += lang == pages::Lang::ru ? kMonthsRu[month - 1] : kMonthsEn[month - 1];
  s += ' ';
  s += text.substr(0, 4);
  if (text.size() > 11 && text[10] == ' ') {
    s += ", ";
    s += text.substr(11);
  }
  return s;
}

std::string talk_time(std::int64_t seconds) {
  if (seconds < 0) seconds = 0;
  char buf[40];
  const int n = std::snprintf(buf, sizeof buf, "%lld:%02lld:%02lld", static_cast<long long>(seconds / 3600),
                              static_cast<long long>(seconds / 60 % 60), static_cast<long long>(seconds % 60));
  return std::string(buf, static_cast<std::size_t>(n));
}

std::string percent_words(Decimal percent, pages::Lang lang) {
  std::string s = percent.to_string(4);
  if (lang == pages::Lang::ru) std::replace(s.begin(), s.end(), '.', ',');
  s += "\u00a0%";
  return s;
}

}  // namespace kolmi::exporters::pdf
