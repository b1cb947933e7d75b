#include "exporters/xlsx/sheet_xml.hpp"

namespace kolmi::exporters::xlsx {

void append_escaped(std::string& out, std::string_view text) {
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char* entity = nullptr;
    switch (text[i]) {
      case '&': entity = "&amp;"; break;
      case '<': entity = "&lt;"; break;
      case '>': entity = "&gt;"; break;
      case '"': entity = "&quot;"; break;
      default: continue;
    }
    out.append(text.substr(start, i - start));
    out.append(entity);
    start = i + 1;
  }
  out.append(text.substr(start));
}

std::string column_name(std::size_t index) {
  std::string letters;
  for (std::size_t n = index + 1; n > 0; n = (n - 1) / 26) {
    letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
  }
  return letters;
}

std::string quoted_sheet_name(std::string_view name) {
  std::string out = "'";
  for (char ch : name) {
    out += ch;
    if (ch == '\'') out += '\'';
  }
  out += '\'';
  return out;
}

}  // namespace kolmi::exporters::xlsx
