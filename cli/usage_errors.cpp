#include "cli/usage_errors.hpp"

#include <cctype>
#include <map>
#include <optional>

#include <fmt/format.h>

#include "core/text/message_text.hpp"
#include "core/text/suggest.hpp"

namespace kolmi::cli {

namespace {

// A fixed phrase of the messages, in the language of the messages.
template <typename... Args>
std::string say(pages::Lang lang, std::string_view key, Args&&... args) {
  return fmt::format(fmt::runtime(pages::tr(lang, key)), std::forward<Args>(args)...);
}

std::string in_quotes(std::string_view word) { return fmt::format("'{}'", text::shown(word)); }

// "calls: " before a message about `command`; nothing for the root.
std::string prefix(const CLI::App& command) {
  const std::string path = command_path(command);
  return path.empty() ? std::string() : path + ": ";
}

std::string help_pointer(const CLI::App& command, pages::Lang lang) {
  const std::string path = command_path(command);
  return say(lang, " (see {} --help)", path.empty() ? std::string("kolmi") : "kolmi " + path);
}

std::string joined(const std::vector<std::string>& words) {
  return fmt::format("{}", fmt::join(words, ", "));
}

// Where argv leads in the command tree: the commands taken, the value last
// given to each option, and the first word that has no place (empty when
// every word has one and CLI11 objected to something else).
struct Walk {
  std::vector<const CLI::App*> path;
  std::map<const CLI::Option*, std::string> values;
  std::string problem;
  const CLI::App* about = nullptr;  // the command `problem` is about, when not the last of path
};

// CLI11's reading: "--x" and "-x" name options; "-", "-5" and "-.5" are values.
bool looks_like_option(std::string_view arg) {
  if (arg.size() < 2 || arg[0] != '-') return false;
  if (arg[1] == '-') return arg.size() > 2;
  return !std::isdigit(static_cast<unsigned char>(arg[1])) && arg[1] != '.';
}

// Options of a command are found there or in the commands above it: every
// command falls through to its parent (app.cpp), as global options must.
// `owner`, when given, is set to the command the option belongs to: a
// global option's message is about kolmi, not the command after it.
const CLI::Option* find_option(const std::vector<const CLI::App*>& path, const std::string& name,
                               const CLI::App** owner = nullptr) {
  for (auto it = path.rbegin(); it != path.rend(); ++it) {
    if (const CLI::Option* o = (*it)->get_option_no_throw(name)) {
      if (owner) *owner = *it;
      return o;
    }
  }
  return nullptr;
}

std::vector<std::string> option_names(const std::vector<const CLI::App*>& path) {
  std::vector<std::string> names;
  for (auto it = path.rbegin(); it != path.rend(); ++it) {
    for (const CLI::Option* o : (*it)->get_options()) {
      for (const std::string& l : o->get_lnames()) names.push_back("--" + l);
      for (const std::string& s : o->get_snames()) names.push_back("-" + s);
    }
  }
  return names;
}

const CLI::App* find_subcommand(const CLI::App& app, std::string_view word) {
  for (const CLI::App* sub : named_subcommands(app)) {
    if (sub->check_name(std::string(word))) return sub;
  }
  return nullptr;
}

// Gives `word` to the first positional argument, of the deepest command
// first, that still has room (CLI11 passes a word a command cannot place
// to its parent).
bool take_positional(Walk& w, std::map<const CLI::Option*, int>& taken, std::string_view word) {
  for (auto it = w.path.rbegin(); it != w.path.rend(); ++it) {
    for (const CLI::Option* o : (*it)->get_options([](const CLI::Option* opt) { return opt->get_positional(); })) {
      if (taken[o] < o->get_items_expected_max()) {
        ++taken[o];
        w.values[o] = std::string(word);
        return true;
      }
    }
  }
  return false;
}

std::string unknown_option(const Walk& w, const std::string& name, pages::Lang lang) {
  const CLI::App& here = *w.path.back();
  std::string m = prefix(here) + say(lang, "unknown option {}", in_quotes(name));
  const auto close = text::suggestions(name, option_names(w.path));
  if (!close.empty()) m += say(lang, "; did you mean {}?", text::quoted_alternatives(close));
  return m;
}

std::string unexpected_word(const CLI::App& here, std::string_view word, pages::Lang lang) {
  std::vector<std::string> names;
  for (const CLI::App* sub : named_subcommands(here)) names.push_back(sub->get_name());
  const auto close = text::suggestions(word, names);
  if (!names.empty() && (here.get_require_subcommand_min() > 0 || !close.empty())) {
    return unknown_command(here, word, lang);
  }
  return prefix(here) + say(lang, "unexpected argument {}", in_quotes(word));
}

Walk walk(const CLI::App& root, int argc, const char* const* argv, pages::Lang lang) {
  Walk w;
  w.path.push_back(&root);
  std::map<const CLI::Option*, int> taken;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--") break;  // the rest are values; CLI11 places them
    if (looks_like_option(arg)) {
      const bool is_long = arg[1] == '-';
      const std::size_t end = is_long ? arg.find('=') : 2;
      const std::string name(arg.substr(0, end));
      std::optional<std::string> attached;
      if (end < arg.size()) attached = std::string(arg.substr(is_long ? end + 1 : end));
      const CLI::App* owner = nullptr;
      const CLI::Option* o = find_option(w.path, name, &owner);
      if (!o) {
        w.problem = unknown_option(w, name, lang);
        return w;
      }
      if (o->get_items_expected_max() == 0) continue;  // a flag (or -abc, flags together)
      if (attached) {
        w.values[o] = *attached;
      } else if (i + 1 < argc && !looks_like_option(argv[i + 1])) {
        w.values[o] = argv[++i];
      } else {
        w.about = owner;
        w.problem = prefix(*owner) + say(lang, "{} needs a value", name);
        const auto choices = option_choices(*o);
        if (!choices.empty()) w.problem += say(lang, " ({})", fmt::join(choices, "|"));
        return w;
      }
      continue;
    }
    if (const CLI::App* sub = find_subcommand(*w.path.back(), arg)) {
      w.path.push_back(sub);
      continue;
    }
    if (take_positional(w, taken, arg)) continue;
    w.problem = unexpected_word(*w.path.back(), arg, lang);
    return w;
  }
  return w;
}

// "NAME: rest" of CLI11's messages: the option's name, or "".
std::string leading_name(const std::string& what) {
  const auto colon = what.find(": ");
  if (colon == std::string::npos || what.find(' ') < colon) return {};
  return what.substr(0, colon);
}

// The message CLI11's `error` stands for, when the walk found every word a place.
std::string from_cli11(const Walk& w, const CLI::ParseError& error, pages::Lang lang, const CLI::App*& about) {
  const std::string what = error.what();
  about = w.path.back();
  if (dynamic_cast<const CLI::RequiredError*>(&error)) {
    if (about->get_require_subcommand_min() > 0 && about->get_subcommands().empty()) {
      if (about->get_parent() == nullptr) return say(lang, "no command given");
      std::vector<std::string> names;
      for (const CLI::App* sub : named_subcommands(*about)) names.push_back(sub->get_name());
      return prefix(*about) + say(lang, "a command is needed: {}", joined(names));
    }
    for (auto it = w.path.rbegin(); it != w.path.rend(); ++it) {
      for (const CLI::Option* o : (*it)->get_options()) {
        if (!o->get_required() || o->count() > 0) continue;
        about = *it;
        std::string m = prefix(**it) + say(lang, "{} is required", o->get_name());
        const auto choices = option_choices(*o);
        if (!choices.empty()) m += say(lang, " ({})", fmt::join(choices, "|"));
        return m;
      }
    }
  }
  if (dynamic_cast<const CLI::ValidationError*>(&error)) {
    const std::string name = leading_name(what);
    const CLI::Option* o = name.empty() ? nullptr : find_option(w.path, name, &about);
    if (o && w.values.count(o)) {
      const auto choices = option_choices(*o);
      if (!choices.empty()) {
        const std::string& value = w.values.at(o);
        std::string m = prefix(*about) +
                        say(lang, "{}: {} is not one of {}", name, in_quotes(value), fmt::join(choices, ", "));
        const auto close = text::suggestions(value, choices);
        if (!close.empty()) m += say(lang, "; did you mean {}?", text::quoted_alternatives(close));
        return m;
      }
    }
    return prefix(*about) + what;
  }
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&error)) {
    const std::string name = leading_name(what);
    if (!name.empty()) {
      find_option(w.path, name, &about);
      return prefix(*about) + say(lang, "{} needs a value", name);
    }
  }
  const auto pair = [&what](std::string_view verb) -> std::optional<std::pair<std::string, std::string>> {
    const auto at = what.find(verb);
    if (at == std::string::npos) return std::nullopt;
    return std::pair(what.substr(0, at), what.substr(at + verb.size()));
  };
  if (dynamic_cast<const CLI::ExcludesError*>(&error)) {
    if (auto p = pair(" excludes ")) {
      return prefix(*about) + say(lang, "{} and {} cannot be used together", p->first, p->second);
    }
  }
  if (dynamic_cast<const CLI::RequiresError*>(&error)) {
    if (auto p = pair(" requires ")) return prefix(*about) + say(lang, "{} needs {} too", p->first, p->second);
  }
  if (dynamic_cast<const CLI::ExtrasError*>(&error)) {
    const auto colon = what.find(": ");
    return prefix(*about) +
           say(lang, "unexpected argument {}", in_quotes(colon == std::string::npos ? what : what.substr(colon + 2)));
  }
  return prefix(*about) + what;
}

}  // namespace

std::string command_path(const CLI::App& command) {
  std::string path;
  for (const CLI::App* c = &command; c && c->get_parent(); c = c->get_parent()) {
    path = path.empty() ? c->get_name() : c->get_name() + " " + path;
  }
  return path;
}

std::vector<const CLI::App*> named_subcommands(const CLI::App& app) {
  return app.get_subcommands([](const CLI::App* sub) { return !sub->get_name().empty(); });
}

std::vector<std::string> option_choices(const CLI::Option& option) {
  const std::string type = option.get_type_name();
  const auto open = type.find('{');
  const auto close = type.find('}', open);
  if (open == std::string::npos || close == std::string::npos) return {};
  std::vector<std::string> choices;
  std::string_view set = std::string_view(type).substr(open + 1, close - open - 1);
  while (!set.empty()) {
    const auto comma = set.find(',');
    choices.emplace_back(set.substr(0, comma));
    if (comma == std::string_view::npos) break;
    set.remove_prefix(comma + 1);
  }
  return choices;
}

std::string unknown_command(const CLI::App& parent, std::string_view word, pages::Lang lang) {
  std::vector<std::string> names;
  for (const CLI::App* sub : named_subcommands(parent)) names.push_back(sub->get_name());
  std::string m = prefix(parent) + say(lang, "unknown command {}", in_quotes(word));
  const auto close = text::suggestions(word, names);
  if (!close.empty()) {
    m += say(lang, "; did you mean {}?", text::quoted_alternatives(close));
  } else if (parent.get_parent() != nullptr) {
    // A group's commands are few: list them. The root's are in kolmi --help.
    m += say(lang, "; the commands of {} are {}", command_path(parent), joined(names));
  }
  return m;
}

std::string parse_error_message(const CLI::App& root, const CLI::ParseError& error, int argc,
                                const char* const* argv, pages::Lang lang) {
  const Walk w = walk(root, argc, argv, lang);
  const CLI::App* about = w.about ? w.about : w.path.back();
  const std::string message = w.problem.empty() ? from_cli11(w, error, lang, about) : w.problem;
  return message + help_pointer(*about, lang);
}

std::string usage_error_message(const CLI::App& root, std::string_view message, pages::Lang lang) {
  const CLI::App* command = &root;
  while (true) {
    const auto parsed = command->get_subcommands();
    if (parsed.empty()) break;
    command = parsed.front();
  }
  std::string m(message);
  const std::string p = prefix(*command);
  if (!p.empty() && m.compare(0, p.size(), p) != 0) m = p + m;
  if (m.find("--help") == std::string::npos) m += help_pointer(*command, lang);
  return m;
}

pages::Lang lang_in_argv(int argc, const char* const* argv) {
  std::string_view lang;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--") break;
    if (arg == "--lang" && i + 1 < argc) lang = argv[++i];
    if (arg.substr(0, 7) == "--lang=") lang = arg.substr(7);
  }
  return pages::parse_lang(lang);
}

}  // namespace kolmi::cli
