#include "core/callback/callback_request.hpp"

#include <unistd.h>

#include <string_view>

#include <fmt/format.h>

#include "core/actions/value_checks.hpp"
#include "core/callback/call_file.hpp"
#include "core/callback/callback_number.hpp"
#include "core/callback/callback_settings.hpp"
#include "core/callback/spool.hpp"
#include "core/error.hpp"
#include "core/store/callbacks.hpp"
#include "core/store/devices.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::callback {

namespace {

std::optional<CallbackDevice> find_device(store::Database& db, std::int64_t user_id, std::int64_t device_id) {
  auto d = store::find_dialing_device(db, user_id, device_id);
  if (!d) return std::nullopt;
  return CallbackDevice{d->id,
                        std::move(d->device_type),
                        std::move(d->name),
                        std::move(d->extension),
                        std::move(d->callerid),
                        std::move(d->accountcode)};
}

Error no_such_device(std::int64_t device_id, pages::Lang lang) {
  return not_found_error(
      actions::field_message(lang, actions::msg::kNoSuchDevice, std::to_string(device_id)));
}

// Inserts the request; the device's owner is checked in the same statement.
std::int64_t insert_callback(store::Database& db, const CallbackFacts& f, std::string_view status,
                             std::string_view reason) {
  const std::optional<std::int64_t> id = store::insert_callback(db, {.user_id = f.user_id,
                                                                     .device_id = f.device.id,
                                                                     .src = f.src,
                                                                     .dst = f.dst,
                                                                     .created_at = f.created_at,
                                                                     .status = status,
                                                                     .reason = reason});
  if (!id) throw no_such_device(f.device.id, pages::Lang::en);  // found a moment ago
  return *id;
}

CallbackResult queue(store::Database& db, const CallbackSettings& settings, const SpoolDirs& dirs,
                     CallbackFacts facts) {
  store::Transaction tx(db);
  facts.callback_id = insert_callback(db, facts, "queued", "");
  std::string text = render_call_file(make_call_file(settings, facts));
  const std::string name = fmt::format("kolmi-callback-{}.call", facts.callback_id);
  CallbackResult result{facts.callback_id, dirs.spool + "/" + name};
  // The row names its file before the file exists; neither is visible
  // until the commit, which comes only once the file is in the spool.
  store::set_callback_file(db, facts.user_id, result.id, result.call_file);
  spool_call_file(dirs, name, text, settings.file_mode);
  tx.audit({.target_type = "callback", .target_id = result.id, .data = fmt::format("device {}", facts.device.id)});
  try {
    tx.commit();
  } catch (...) {
    ::unlink(result.call_file.c_str());  // the database does not have it, so the spool must not either
    throw;
  }
  return result;
}

}  // namespace

CallbackResult request_callback(store::Database& db, std::int64_t user_id, const Clock& clock,
                                pages::Lang lang, const CallbackRequest& request,
                                const std::optional<std::string>& env_spool) {
  CallbackFacts facts;
  facts.src = normalize_number(request.src, "--src", lang);
  facts.dst = normalize_number(request.dst, "--dst", lang);
  facts.user_id = user_id;
  auto device = find_device(db, user_id, request.device_id);
  if (!device) throw no_such_device(request.device_id, lang);
  facts.device = std::move(*device);
  facts.created_at = format_utc(clock.now());

  std::string reason;
  try {
    CallbackSettings settings = load_callback_settings(db);
    SpoolDirs dirs = resolve_spool_dirs(env_spool, settings.spool_dir, settings.temp_dir);
    check_spool_dirs(dirs);
    return queue(db, settings, dirs, facts);
  } catch (const Error& e) {
    if (e.code() != ExitCode::action_failed) throw;
    reason = e.what();
  }
  store::Transaction tx(db);
  const std::int64_t id = insert_callback(db, facts, "failed", reason);
  // The refusal is itself a committed change: its row says so, and why.
  tx.audit({.target_type = "callback",
            .target_id = id,
            .data = fmt::format("device {}", facts.device.id),
            .failed = true,
            .reason = reason});
  tx.commit();
  throw action_error(reason);
}

}  // namespace kolmi::callback
