// libFuzzer target: any bytes through the rate deck reader (both kinds:
// destination lists and rate decks), the naming rules a deck row goes
// through and the tariff plan built from the rows. Malformed input must end
// in ImportError, never a crash, a hang or undefined behaviour. Run with
// scripts/fuzz.sh.
#include <cstdint>
#include <cstdio>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/import/country_names.hpp"
#include "core/import/csv_reader.hpp"
#include "core/import/deck_reader.hpp"
#include "core/import/destination_naming.hpp"
#include "core/import/tariff_plan.hpp"

namespace {

void exercise(const kolmi::import::Deck& deck) {
  using namespace kolmi::import;
  CountryIndex countries;
  countries.add_direction("Afghanistan", "AFG");
  std::unordered_map<std::string, std::int64_t> groups;
  std::unordered_map<std::string_view, const DeckPrice*> prices;
  std::vector<PlanDestination> destinations;
  for (std::size_t i = 0; i < deck.rows.size(); ++i) {
    const DeckRow& row = deck.rows[i];
    const std::string subcode = row.subcode.empty() ? derive_subcode(row.name) : row.subcode;
    const auto code = countries.country_of(row.name);
    std::string group =
        code ? std::string(builtin_country_name(*code).value_or(*code)) : first_word(row.name);
    group += '/' + subcode;
    auto [g, fresh] = groups.try_emplace(group, static_cast<std::int64_t>(groups.size() + 1));
    (void)fresh;
    prices.emplace(row.prefix, &row.price);
    // Every third destination without a group, to reach plan rule 3's paths.
    std::optional<std::int64_t> group_id;
    if (i % 3 != 2) group_id = g->second;
    destinations.push_back({static_cast<std::int64_t>(i + 1), row.prefix, group_id});
  }
  // A destination the deck does not list, under the first prefix.
  std::string longer;
  if (!deck.rows.empty()) {
    longer = deck.rows.front().prefix + "9";
    destinations.push_back({static_cast<std::int64_t>(deck.rows.size() + 1), longer, 1});
  }
  (void)plan_tariff(destinations, prices);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  // The first byte picks the kind of file.
  const auto kind = (data[0] & 1) ? kolmi::import::DeckKind::rates : kolmi::import::DeckKind::destinations;
  std::FILE* f = ::fmemopen(const_cast<std::uint8_t*>(data + 1), size - 1, "rb");
  if (!f) return 0;
  try {
    exercise(kolmi::import::read_deck(f, kind));
  } catch (const kolmi::import::ImportError&) {
  }
  std::fclose(f);
  return 0;
}
