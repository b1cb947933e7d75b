#pragma once
// Words the pages show, in the languages the spec offers (en, ru). Element
// names never change with the language; only text content does.
#include <string>
#include <string_view>

namespace kolmi::pages {

enum class Lang { en, ru };

// "en" or "ru"; anything else is English.
Lang parse_lang(std::string_view code);
std::string_view lang_code(Lang lang);

// The text for `key` (an English phrase used as the key) in `lang`; the key
// itself when there is no translation.
std::string_view tr(Lang lang, std::string_view key);

// A whole message (an error on stderr) in `lang`: its translation when the
// table has it as a key, or has a key of its shape with {} where the
// message holds values ("no such device of yours: {}"), the values kept;
// else the message unchanged.
std::string translate(Lang lang, std::string_view message);

}  // namespace kolmi::pages
