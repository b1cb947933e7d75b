#include "core/import/import_reports.hpp"

#include "core/time/datetime.hpp"

namespace kolmi::import {

namespace {

constexpr std::string_view kCdrColumns[] = {"file",       "read",    "imported", "duplicates",
                                            "unassigned", "unrated", "no_provider", "warnings", "dry_run"};
constexpr std::string_view kDestinationColumns[] = {
    "file",         "read",           "repeated",        "destinations_added", "destinations_updated",
    "destinations_unchanged", "groups_added", "countries_added", "dry_run"};
constexpr std::string_view kRateColumns[] = {
    "file",          "read",          "repeated",           "destinations_added", "destinations_updated",
    "destinations_unchanged", "groups_added", "countries_added", "tariff", "purpose", "currency", "tariff_created",
    "rates_added",   "rates_updated", "rates_unchanged",    "rates_removed",      "groups_without_rate",
    "dry_run"};
// A dated import (--effective-from or an effective date column) adds when
// its prices start (the earliest moment, UTC), how many dates the deck
// held, and the later versions it superseded.
constexpr std::string_view kDatedRateColumns[] = {
    "file",          "read",          "repeated",           "destinations_added", "destinations_updated",
    "destinations_unchanged", "groups_added", "countries_added", "tariff", "purpose", "currency", "tariff_created",
    "rates_added",   "rates_updated", "rates_unchanged",    "rates_removed",      "groups_without_rate",
    "effective_from", "effective_dates", "rates_superseded", "dry_run"};
constexpr std::string_view kRerateColumns[] = {"examined", "changed", "unrated", "no_provider", "dry_run"};

std::string_view yes_no(bool value) { return value ? "yes" : "no"; }

void write_deck_counts(output::TreeWriter& w, std::string_view file, const DeckImportSummary& s) {
  w.text("file", file);
  w.integer("read", s.read);
  w.integer("repeated", s.repeated);
  w.integer("destinations_added", s.destinations_added);
  w.integer("destinations_updated", s.destinations_updated);
  w.integer("destinations_unchanged", s.destinations_unchanged);
  w.integer("groups_added", s.groups_added);
  w.integer("countries_added", s.countries_added);
}

}  // namespace

void write_cdr_import_report(output::TreeWriter& w, std::string_view file, const CdrImportSummary& s,
                             bool dry_run) {
  w.begin("cdr_import");
  w.open_record("summary", kCdrColumns);
  w.text("file", file);
  w.integer("read", s.read);
  w.integer("imported", s.imported);
  w.integer("duplicates", s.duplicates);
  w.integer("unassigned", s.unassigned);
  w.integer("unrated", s.unrated);
  w.integer("no_provider", s.no_provider);
  w.integer("warnings", s.warnings);
  w.text("dry_run", yes_no(dry_run));
  w.finish();
}

void write_destinations_import_report(output::TreeWriter& w, std::string_view file, const DeckImportSummary& s,
                                      bool dry_run) {
  w.begin("destinations_import");
  w.open_record("summary", kDestinationColumns);
  write_deck_counts(w, file, s);
  w.text("dry_run", yes_no(dry_run));
  w.finish();
}

void write_rates_import_report(output::TreeWriter& w, std::string_view file, const DeckImportSummary& s,
                               bool dry_run) {
  w.begin("rates_import");
  const bool dated = !s.effective.empty();
  if (dated) {
    w.open_record("summary", kDatedRateColumns);
  } else {
    w.open_record("summary", kRateColumns);
  }
  write_deck_counts(w, file, s);
  w.text("tariff", s.tariff);
  w.text("purpose", s.purpose);
  w.text("currency", s.currency);
  w.text("tariff_created", yes_no(s.tariff_created));
  w.integer("rates_added", s.rates_added);
  w.integer("rates_updated", s.rates_updated);
  w.integer("rates_unchanged", s.rates_unchanged);
  w.integer("rates_removed", s.rates_removed);
  w.integer("groups_without_rate", s.groups_without_rate);
  if (dated) {
    w.text("effective_from", format_utc(s.effective.front()) + " UTC");
    w.integer("effective_dates", static_cast<std::int64_t>(s.effective.size()));
    w.integer("rates_superseded", s.rates_superseded);
  }
  w.text("dry_run", yes_no(dry_run));
  w.finish();
}

void write_rerate_report(output::TreeWriter& w, const RerateSummary& s, bool dry_run) {
  w.begin("rerate");
  w.open_record("summary", kRerateColumns);
  w.integer("examined", s.examined);
  w.integer("changed", s.changed);
  w.integer("unrated", s.unrated);
  w.integer("no_provider", s.no_provider);
  w.text("dry_run", yes_no(dry_run));
  w.finish();
}

}  // namespace kolmi::import
