#include "core/console/call_listing.hpp"

#include <array>
#include <charconv>
#include <memory>
#include <string>
#include <unordered_map>

#include "core/time/datetime.hpp"
#include "core/time/local_time_formatter.hpp"

namespace kolmi::console {

namespace {

constexpr std::string_view kCallColumns[] = {"id",
                                             "start_utc",
                                             "start_local",
                                             "user",
                                             "device",
                                             "src",
                                             "dst",
                                             "prefix",
                                             "destination",
                                             "disposition",
                                             "duration",
                                             "billsec",
                                             "billed_seconds",
                                             "rate",
                                             "price",
                                             "price_currency",
                                             "unrated",
                                             "provider",
                                             "cost",
                                             "cost_currency"};

// Local start times in each owner's zone. Owners are few and their zones
// fewer: one formatter per zone name (it caches the zone's offset between
// transitions), and the last one used is tried first, since neighbouring
// calls are often the same user's.
class OwnerClocks {
 public:
  // 'YYYY-MM-DD HH:MM:SS' of `start` in `zone`; "" for no zone or an
  // unknown one (a listing for troubleshooting shows bad data, it does not
  // stop at it).
  std::string_view local(std::string_view zone, Seconds start) {
    if (zone.empty()) return {};
    if (last_ == nullptr || last_name_ != zone) {
      auto [it, added] = clocks_.try_emplace(std::string(zone));
      if (added && is_known_time_zone(zone)) it->second = std::make_unique<ZoneClock>(zone);
      last_ = it->second.get();
      last_name_ = it->first;
    }
    if (last_ == nullptr) return {};
    return last_->formatter.format(start, buffer_);
  }

 private:
  struct ZoneClock {
    explicit ZoneClock(std::string_view name) : zone(name), formatter(zone) {}
    TimeZone zone;
    LocalTimeFormatter formatter;  // refers to `zone`
  };
  std::unordered_map<std::string, std::unique_ptr<ZoneClock>> clocks_;
  ZoneClock* last_ = nullptr;
  std::string_view last_name_;  // a key of clocks_
  LocalTimeFormatter::Buffer buffer_{};
};

// A number that may be missing ("" then: JSON null), written into `out`
// so a row allocates nothing.
using IntBuffer = std::array<char, 24>;
std::string_view optional_int(const std::optional<std::int64_t>& v, IntBuffer& out) {
  if (!v) return {};
  auto [end, ec] = std::to_chars(out.data(), out.data() + out.size(), *v);
  (void)ec;  // 24 characters hold any int64
  return {out.data(), static_cast<std::size_t>(end - out.data())};
}

}  // namespace

void write_admin_calls(output::TreeWriter& w, store::AdminCallCursor& calls, std::string_view currency) {
  OwnerClocks clocks;
  IntBuffer device{}, billed{};
  // Only the XML shows money as text; the other formats write the exact
  // value themselves, so the text is made only for XML.
  const bool xml = !w.carries_extras();
  std::string rate, price, cost;
  w.begin("calls");
  w.open_repeated("call", kCallColumns);
  while (calls.next()) {
    const store::AdminCallRow& r = calls.row();
    const std::optional<Seconds> start = parse_utc(r.calldate);
    w.open_item();
    w.integer("id", r.id);
    w.text("start_utc", r.calldate);
    w.text("start_local", start ? clocks.local(r.owner_zone, *start) : std::string_view{});
    w.text("user", r.owner_login);
    w.number("device", optional_int(r.device_id, device));
    w.text("src", r.src);
    w.text("dst", r.dst);
    w.text("prefix", r.prefix.value_or(std::string_view{}));
    w.text("destination", r.destination);
    w.text("disposition", r.disposition);
    w.integer("duration", r.duration);
    w.integer("billsec", r.billsec);
    w.number("billed_seconds", optional_int(r.billed_seconds, billed));
    if (xml) rate = r.rate ? r.rate->to_string() : std::string();
    w.money("rate", r.rate, rate, {});
    if (xml) price = r.price ? r.price->to_string() : std::string();
    w.money("price", r.price, price, currency);
    w.text("unrated", r.unrated ? store::reason_text(*r.unrated) : std::string_view{});
    w.text("provider", r.provider);
    if (xml) cost = r.cost ? r.cost->to_string() : std::string();
    w.money("cost", r.cost, cost, currency);
    w.close();
  }
  w.finish();
}

}  // namespace kolmi::console
