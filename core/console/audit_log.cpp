#include "core/console/audit_log.hpp"

#include <string>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/pages/period.hpp"
#include "core/store/users.hpp"
#include "core/text/message_text.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::console {

namespace {

constexpr std::string_view kActionColumns[] = {"id",     "date",        "admin_id",  "admin", "as_user_id",
                                               "as_user", "action",     "target_type", "target_id", "data",
                                               "result", "reason"};

std::string optional_id(const std::optional<std::int64_t>& id) { return id ? std::to_string(*id) : ""; }

}  // namespace

store::ActionFilter action_filter(store::Database& db, const ActionLogRequest& r, const Clock& clock) {
  if (!is_known_time_zone(r.time_zone))
    throw usage_error(fmt::format("--tz: unknown time zone '{}'", text::shown(r.time_zone)));
  const TimeZone zone(r.time_zone);
  store::ActionFilter f;
  pages::resolve_open_period({r.from, r.till, r.period}, zone, clock, f.from, f.till);
  if (r.user) {
    if (auto user = store::find_user(db, *r.user)) {
      f.user_id = user->id;
    } else if (store::actions_name_login(db, *r.user)) {
      f.login = *r.user;  // a user who is gone: the rows kept their login
    } else {
      throw not_found_error(fmt::format("--user: no such user: {}", text::shown(*r.user)));
    }
  }
  return f;
}

void write_action_log(output::TreeWriter& w, store::Database& db, const store::ActionFilter& filter) {
  w.begin("actions");
  w.open_repeated("action", kActionColumns);
  store::for_each_action(db, filter, [&w](const store::ActionRow& a) {
    w.open_item();
    w.integer("id", a.id);
    w.text("date", a.date);
    w.integer("admin_id", a.admin_id);
    w.text("admin", a.admin_login);
    w.number("as_user_id", optional_id(a.as_user_id));
    w.text("as_user", a.as_login);
    w.text("action", a.action);
    w.text("target_type", a.target_type);
    w.number("target_id", optional_id(a.target_id));
    w.text("data", a.data);
    w.text("result", a.failed ? "failed" : "ok");
    w.text("reason", a.reason);
    w.close();
  });
  w.finish();
}

}  // namespace kolmi::console
