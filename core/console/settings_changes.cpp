#include "core/console/settings_changes.hpp"

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/store/conflines.hpp"
#include "core/text/message_text.hpp"
#include "core/text/suggest.hpp"

namespace kolmi::console {

namespace {

const store::SettingSpec& known(std::string_view name) {
  if (const store::SettingSpec* spec = store::find_setting(name)) return *spec;
  std::vector<std::string> names;
  for (const store::SettingSpec& s : store::kSettingCatalog) names.emplace_back(s.name);
  const auto close = text::suggestions(name, names);
  throw usage_error(
      fmt::format("unknown setting '{}'{}; kolmi admin config list shows every setting", text::shown(name),
                  close.empty() ? "" : fmt::format(" (did you mean {}?)", text::quoted_alternatives(close))));
}

void check_changeable(const store::SettingSpec& spec, std::string_view verb) {
  if (!spec.fixed_reason.empty()) {
    throw action_error(
        fmt::format("{} cannot be {} with kolmi admin config: {}", spec.name, verb, spec.fixed_reason));
  }
}

SettingState state_of(store::Database& db, const store::SettingSpec& spec) {
  auto v = store::get_confline(db, spec.key);
  return SettingState{&spec, v ? *v : std::string(spec.default_value), v.has_value()};
}

}  // namespace

std::vector<SettingState> load_settings(store::Database& db) {
  std::vector<SettingState> out;
  for (const store::SettingSpec& spec : store::kSettingCatalog) out.push_back(state_of(db, spec));
  return out;
}

SettingState load_setting(store::Database& db, std::string_view name) {
  return state_of(db, known(name));
}

std::string set_setting(store::Database& db, std::string_view name, std::string_view value) {
  const store::SettingSpec& spec = known(name);
  check_changeable(spec, "set");
  if (!store::setting_value_ok(spec, value)) {
    throw usage_error(
        fmt::format("{}: '{}' is not {}", spec.name, text::shown(value), store::allowed_values(spec)));
  }
  store::Transaction tx(db);
  const auto before = store::get_confline(db, spec.key);
  store::set_confline(db, spec.key, value);
  tx.audit({.target_type = "setting",
            .data = fmt::format("{} {} -> {}", spec.name, before ? text::shown(*before) : "(default)",
                                text::shown(value))});
  tx.commit();
  return fmt::format("{} is now '{}'.", spec.name, text::shown(value));
}

std::string unset_setting(store::Database& db, std::string_view name) {
  const store::SettingSpec& spec = known(name);
  check_changeable(spec, "unset");
  store::Transaction tx(db);
  const auto before = store::get_confline(db, spec.key);
  const std::string shown_default =
      spec.default_value.empty() ? std::string("no value") : fmt::format("'{}'", spec.default_value);
  if (!before) return fmt::format("{} was not set; the default ({}) applies.", spec.name, shown_default);
  store::unset_confline(db, spec.key);
  tx.audit(
      {.target_type = "setting", .data = fmt::format("{} {} -> (default)", spec.name, text::shown(*before))});
  tx.commit();
  return fmt::format("{} is unset; the default ({}) applies.", spec.name, shown_default);
}

}  // namespace kolmi::console
