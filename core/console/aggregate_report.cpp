#include "core/console/aggregate_report.hpp"

#include <algorithm>
#include <array>
#include <map>

#include <fmt/format.h>

#include "core/console/call_search.hpp"
#include "core/error.hpp"
#include "core/pages/period.hpp"
#include "core/store/conflines.hpp"
#include "core/store/currencies.hpp"
#include "core/store/users.hpp"
#include "core/text/message_text.hpp"
#include "core/time/local_time_formatter.hpp"

namespace kolmi::console {

namespace {

constexpr std::int64_t kDay = 86'400;
constexpr std::int64_t kHour = 3'600;

struct DimensionWord {
  std::string_view word;
  ReportDimension dimension;
};
constexpr DimensionWord kWords[] = {{"user", ReportDimension::user},
                                    {"device", ReportDimension::device},
                                    {"provider", ReportDimension::provider},
                                    {"destination", ReportDimension::destination},
                                    {"group", ReportDimension::group},
                                    {"day", ReportDimension::day},
                                    {"hour", ReportDimension::hour}};

bool has(const std::vector<ReportDimension>& dims, ReportDimension d) {
  return std::find(dims.begin(), dims.end(), d) != dims.end();
}

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

// 'HH:MM:SS' (or 'MM:SS' with `hours` false) of a number of seconds.
std::string clock_text(std::int64_t s, bool hours) {
  return hours ? fmt::format("{:02}:{:02}:{:02}", s / kHour, s / 60 % 60, s % 60)
               : fmt::format("{:02}:{:02}", s / 60, s % 60);
}

store::ReportStretch stretch_for(std::int64_t offset, store::ReportTime time) {
  store::ReportStretch s;
  if (time == store::ReportTime::day) {
    // Local day = UTC day + floor((time of day + offset) / day): +1 from
    // (day - offset) on when ahead of UTC, -1 before -offset when behind.
    if (offset > 0) {
      s.cut = clock_text(kDay - offset, true);
      s.before = 0;
      s.after = 1;
    } else if (offset < 0) {
      s.cut = clock_text(-offset, true);
      s.before = -1;
      s.after = 0;
    }
    return s;
  }
  // Local hour = UTC hour + q, +1 from (hour - r) into the hour on, where
  // offset = q hours + r seconds, 0 <= r < 1 hour.
  const std::int64_t q = floor_div(offset, kHour);
  const std::int64_t r = offset - q * kHour;
  s.before = q;
  s.after = q;
  if (r != 0) {
    s.cut = clock_text(kHour - r, false);
    s.after = q + 1;
  }
  return s;
}

// A UTC day text 'YYYY-MM-DD' as days since 1970-01-01.
std::int64_t utc_day(std::string_view text) {
  const std::optional<Seconds> t = parse_utc(text.substr(0, 10));
  if (!t) throw storage_error(fmt::format("calls.calldate: '{}' is not a time", text::shown(text)));
  return floor_div(t->time_since_epoch().count(), kDay);
}

int two_digits(std::string_view text, std::size_t at) {
  if (text.size() < at + 2 || text[at] < '0' || text[at] > '9' || text[at + 1] < '0' || text[at + 1] > '9')
    throw storage_error(fmt::format("calls.calldate: '{}' is not a time", text::shown(text)));
  return (text[at] - '0') * 10 + (text[at + 1] - '0');
}

std::string day_text(std::int64_t day) {
  std::array<char, 10> out{};
  return std::string(LocalTimeFormatter::day_text(day, out));
}

// The local day and hour of a group's UTC bucket and shift.
struct LocalTime {
  std::string day, hour;
};
LocalTime local_time(store::ReportTime time, const store::ReportGroup& g) {
  switch (time) {
    case store::ReportTime::day:
      return {day_text(utc_day(g.time) + g.shift), {}};
    case store::ReportTime::hour: {
      const std::int64_t h = two_digits(g.time, 0) + g.shift;
      return {{}, fmt::format("{:02}", h - floor_div(h, 24) * 24)};
    }
    case store::ReportTime::day_hour: {
      const std::int64_t hours = utc_day(g.time) * 24 + two_digits(g.time, 11) + g.shift;
      const std::int64_t day = floor_div(hours, 24);
      return {day_text(day), fmt::format("{:02}", hours - day * 24)};
    }
    case store::ReportTime::none:
      break;
  }
  return {};
}

std::string id_text(const std::optional<std::int64_t>& id) { return id ? std::to_string(*id) : std::string(); }

// Sorts numbers as numbers among texts: fixed width, "" (none) first.
std::string id_sort(const std::optional<std::int64_t>& id) { return id ? fmt::format("{:020}", *id) : std::string(); }

ReportMoney report_money(store::Database& db, const std::optional<std::string>& code) {
  const store::Currencies currencies = store::Currencies::load(db);
  ReportMoney m;
  m.digits = static_cast<int>(store::confline_int(db, store::conf::kNiceNumberDigits));
  m.currency = code.value_or(currencies.default_code());
  if (m.currency == currencies.default_code()) return m;
  const store::Currency* to = currencies.find(m.currency);
  if (to == nullptr) throw usage_error(fmt::format("--currency: no currency '{}'", text::shown(m.currency)));
  if (to->exchange_rate <= Decimal{})
    throw usage_error(fmt::format("--currency: {} has no usable exchange rate ({})", m.currency,
                                  to->exchange_rate.to_string()));
  const store::Currency* from = currencies.find(currencies.default_code());
  m.to_rate = to->exchange_rate;
  m.from_rate = from && from->exchange_rate > Decimal{} ? from->exchange_rate : Decimal::from_units(1);
  return m;
}

}  // namespace

std::vector<ReportDimension> parse_report_dimensions(std::string_view by) {
  std::vector<ReportDimension> dims;
  std::size_t start = 0;
  while (true) {
    const std::size_t comma = by.find(',', start);
    std::string_view word = by.substr(start, comma == std::string_view::npos ? by.npos : comma - start);
    while (!word.empty() && word.front() == ' ') word.remove_prefix(1);  // "user, day"
    while (!word.empty() && word.back() == ' ') word.remove_suffix(1);
    const auto it = std::find_if(std::begin(kWords), std::end(kWords),
                                 [&](const DimensionWord& w) { return w.word == word; });
    if (it == std::end(kWords)) {
      throw usage_error(
          word.empty() ? std::string("--by: an empty word; give user, device, provider, destination, group, day "
                                     "or hour, separated by commas")
                       : fmt::format("--by: '{}' is not one of user, device, provider, destination, group, day, hour",
                                     text::shown(word)));
    }
    if (!has(dims, it->dimension)) dims.push_back(it->dimension);
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  std::sort(dims.begin(), dims.end());
  return dims;
}

std::string_view dimension_word(ReportDimension d) {
  const auto it = std::find_if(std::begin(kWords), std::end(kWords),
                               [&](const DimensionWord& w) { return w.dimension == d; });
  return it == std::end(kWords) ? std::string_view() : it->word;
}

std::vector<std::string_view> dimension_columns(ReportDimension d) {
  switch (d) {
    case ReportDimension::user:
      return {"user"};
    case ReportDimension::device:
      return {"device", "device_name"};
    case ReportDimension::provider:
      return {"provider"};
    case ReportDimension::destination:
      return {"prefix", "destination"};
    case ReportDimension::group:
      return {"group_id", "group"};
    case ReportDimension::day:
      return {"day"};
    case ReportDimension::hour:
      return {"hour"};
  }
  return {};
}

std::vector<store::ReportStretch> report_stretches(std::string_view zone_name, Seconds first, Seconds last,
                                                   store::ReportTime time) {
  const TimeZone zone(zone_name);
  std::vector<store::ReportStretch> stretches;
  Seconds t = first;
  while (true) {
    const TimeZone::OffsetSpan span = zone.offset_at(t);
    store::ReportStretch s = stretch_for(span.offset.count(), time);
    const bool last_one = span.end > last;
    if (!last_one) s.end = format_utc(span.end);
    stretches.push_back(std::move(s));
    if (last_one) break;
    t = span.end;
  }
  return stretches;
}

Report load_report(store::Database& db, const Clock& clock, const ReportRequest& r) {
  Report report;
  report.dimensions = parse_report_dimensions(r.by);
  for (ReportDimension d : report.dimensions) {
    for (std::string_view c : dimension_columns(d)) report.key_columns.push_back(c);
  }
  if (!is_known_time_zone(r.time_zone)) {
    throw usage_error(fmt::format("--tz: unknown time zone '{}'", text::shown(r.time_zone)));
  }
  const TimeZone zone(r.time_zone);
  const pages::Period period =
      pages::resolve_period({r.from, r.till, r.period}, zone, clock, pages::DefaultPeriod::this_month);
  report.time_zone = r.time_zone;
  report.period_from = period.start_text;
  report.period_till = period.end_text;

  store::ReportQuery q;
  q.from = format_utc(period.from);
  q.till = format_utc(period.till);
  const auto& dims = report.dimensions;
  q.by_user = has(dims, ReportDimension::user);
  q.by_device = has(dims, ReportDimension::device);
  q.by_provider = has(dims, ReportDimension::provider);
  q.by_prefix = has(dims, ReportDimension::destination) || has(dims, ReportDimension::group);
  const bool by_day = has(dims, ReportDimension::day);
  const bool by_hour = has(dims, ReportDimension::hour);
  q.time = by_day && by_hour ? store::ReportTime::day_hour
           : by_day          ? store::ReportTime::day
           : by_hour         ? store::ReportTime::hour
                             : store::ReportTime::none;
  if (r.dst) q.dst_glob = call_glob("--dst", *r.dst);
  if (r.user) {
    auto user = store::find_user(db, *r.user);
    if (!user) throw usage_error(fmt::format("--user: no user '{}'", text::shown(*r.user)));
    q.user_id = user->id;
  }
  if (r.provider) {
    q.provider_id = store::report_provider_id(db, *r.provider);
    if (!q.provider_id) throw usage_error(fmt::format("--provider: no provider '{}'", text::shown(*r.provider)));
  }
  report.money = report_money(db, r.currency);

  if (q.time != store::ReportTime::none) {
    // Stretches only over the time that has calls: a period typed as
    // decades would otherwise make a CASE of every DST change in them.
    const auto span = store::report_call_span(db, q.from, q.till);
    if (!span) return report;
    q.stretches = report_stretches(r.time_zone, *parse_utc(span->first), *parse_utc(span->second), q.time);
  }
  const std::vector<store::ReportGroup> groups = store::report_groups(db, q);
  store::ReportNames names;
  store::load_report_names(db, groups, names);

  // Folded by the sort keys of the dimensions, in nesting order.
  std::map<std::vector<std::string>, ReportLine> lines;
  std::vector<std::string> sort;
  for (const store::ReportGroup& g : groups) {
    report.total += g.sums;
    const LocalTime local = local_time(q.time, g);
    const store::ReportDestination* dest = nullptr;
    if (g.prefix) dest = &names.prefixes[*g.prefix];
    sort.clear();
    std::vector<std::string> keys;
    for (ReportDimension d : dims) {
      switch (d) {
        case ReportDimension::user:
          keys.push_back(g.user_id ? names.users[*g.user_id] : std::string());
          sort.push_back(keys.back());
          break;
        case ReportDimension::device:
          keys.push_back(id_text(g.device_id));
          keys.push_back(g.device_id ? names.devices[*g.device_id] : std::string());
          sort.push_back(id_sort(g.device_id));
          break;
        case ReportDimension::provider:
          keys.push_back(g.provider_id ? names.providers[*g.provider_id] : std::string());
          sort.push_back(keys.back() + '\0' + id_sort(g.provider_id));
          break;
        case ReportDimension::destination:
          keys.push_back(g.prefix.value_or(std::string()));
          keys.push_back(dest ? dest->name : std::string());
          sort.push_back(keys[keys.size() - 2]);
          break;
        case ReportDimension::group: {
          const std::optional<std::int64_t> id = dest ? dest->group_id : std::nullopt;
          keys.push_back(id_text(id));
          keys.push_back(dest ? dest->group_name : std::string());
          sort.push_back(keys.back() + '\0' + id_sort(id));
          break;
        }
        case ReportDimension::day:
          keys.push_back(local.day);
          sort.push_back(local.day);
          break;
        case ReportDimension::hour:
          keys.push_back(local.hour);
          sort.push_back(local.hour);
          break;
      }
    }
    auto [it, added] = lines.try_emplace(sort);
    if (added) it->second.keys = std::move(keys);
    it->second.sums += g.sums;
  }
  report.lines.reserve(lines.size());
  for (auto& [key, line] : lines) report.lines.push_back(std::move(line));
  return report;
}

}  // namespace kolmi::console
