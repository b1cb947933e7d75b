#include "core/console/tariff_rate_listing.hpp"

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/text/message_text.hpp"

namespace kolmi::console {

namespace {

constexpr std::string_view kRowColumns[] = {
    "rate_id", "kind",     "destination_id", "prefix", "destination", "group_id", "group",
    "group_type", "min_time", "detail_id", "artype", "from", "duration", "round",
    "price",   "price_currency", "start_time", "end_time", "daytype"};

// A number that may be absent: a JSON null, empty in the XML and the rows.
void optional_id(output::TreeWriter& w, std::string_view name, std::optional<std::int64_t> value) {
  if (!value) {
    w.number(name, "");
    return;
  }
  const auto digits = fmt::format_int(*value);
  w.number(name, std::string_view(digits.data(), digits.size()));
}

void write_rate_columns(output::TreeWriter& w, const store::TariffRateRow& r) {
  w.integer("rate_id", r.rate_id);
  w.text("kind", r.group_rate ? "group" : "destination");
  optional_id(w, "destination_id", r.destination_id);
  w.text("prefix", r.prefix);
  w.text("destination", r.destination);
  optional_id(w, "group_id", r.group_id);
  w.text("group", r.group);
  w.text("group_type", r.group_type);
  w.integer("min_time", r.min_time);
}

// The detail's columns; all empty (JSON null) for a rate without details.
void write_detail_columns(output::TreeWriter& w, const store::TariffRateRow& r, std::string_view currency) {
  const bool has = r.detail_id.has_value();
  auto count = [&](std::string_view name, std::int64_t value) {
    optional_id(w, name, has ? std::optional<std::int64_t>(value) : std::nullopt);
  };
  optional_id(w, "detail_id", r.detail_id);
  w.text("artype", r.artype);
  count("from", r.from);
  count("duration", r.duration);
  count("round", r.round);
  const std::string shown = has ? r.price.to_string() : std::string();
  w.money("price", has ? std::optional<Decimal>(r.price) : std::nullopt, shown, currency);
  w.text("start_time", r.start_time);
  w.text("end_time", r.end_time);
  w.text("daytype", r.daytype);
}

void write_head(output::TreeWriter& w, const store::TariffHead& t) {
  w.begin("tariff");
  w.integer("id", t.id);
  w.text("name", t.name);
  w.text("purpose", t.purpose);
  w.text("currency", t.currency);
}

void write_rows(output::TreeWriter& w, const store::TariffHead& t, store::TariffRateCursor& rates) {
  w.open_list("rates", "rate", kRowColumns);
  while (rates.next()) {
    w.open_item();
    write_rate_columns(w, rates.row());
    write_detail_columns(w, rates.row(), t.currency);
    w.close();
  }
}

void close_rate(output::TreeWriter& w) {
  w.close();  // details
  w.close();  // rate
}

// A rate's rows come one after the other (the cursor orders by rate, then
// detail), so a rate ends where the next rate id begins.
void write_nested(output::TreeWriter& w, const store::TariffHead& t, store::TariffRateCursor& rates) {
  w.open_list("rates", "rate");
  bool open = false;
  std::int64_t current = 0;
  while (rates.next()) {
    const store::TariffRateRow& r = rates.row();
    if (!open || r.rate_id != current) {
      if (open) close_rate(w);
      w.open_item();
      write_rate_columns(w, r);
      w.open_list("details", "detail");
      open = true;
      current = r.rate_id;
    }
    if (!r.detail_id) continue;
    w.open_item();
    write_detail_columns(w, r, t.currency);
    w.close();
  }
  if (open) close_rate(w);
}

}  // namespace

TariffShow load_tariff_show(store::Database& db, std::string_view name, const store::TariffRateFilter& filter) {
  std::optional<store::TariffHead> tariff = store::find_tariff(db, name);
  if (!tariff) throw not_found_error(fmt::format("no tariff '{}'", text::shown(name)));
  if (filter.group_id && !store::destination_group_name(db, *filter.group_id)) {
    throw not_found_error(fmt::format("--group: no destination group {}", *filter.group_id));
  }
  store::TariffRateCursor rates = store::TariffRateCursor::open(db, tariff->id, filter);
  return TariffShow{std::move(*tariff), std::move(rates)};
}

void write_tariff_rates(output::TreeWriter& w, const store::TariffHead& tariff, store::TariffRateCursor& rates,
                        TariffShape shape) {
  write_head(w, tariff);
  if (shape == TariffShape::rows) {
    write_rows(w, tariff, rates);
  } else {
    write_nested(w, tariff, rates);
  }
  w.finish();
}

}  // namespace kolmi::console
