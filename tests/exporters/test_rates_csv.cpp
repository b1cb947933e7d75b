// The personal rates CSV: the writer on hand-made rows (separators, decimal
// marks, quoting, BOM), and RatesExport on a small database, whose rows must
// be the rates page's rows.
#include <catch2/catch.hpp>
#include <pugixml.hpp>

#include <string>
#include <vector>

#include "core/output/xml_tree_writer.hpp"
#include "core/error.hpp"
#include "core/pages/rates_page.hpp"
#include "core/store/schema.hpp"
#include "core/time/datetime.hpp"
#include "exporters/rates_csv.hpp"
#include "exporters/rates_export.hpp"
#include "tests/support/test_database.hpp"

using namespace kolmi;
using exporters::CsvOptions;

namespace {

pages::PersonalRate rate(std::string name, std::string type, std::string_view cost,
                         std::string_view with_vat) {
  pages::PersonalRate r;
  r.name = std::move(name);
  r.type = std::move(type);
  r.rate = *Decimal::parse(cost);
  r.rate_with_vat = *Decimal::parse(with_vat);
  return r;
}

std::string rates_csv(const std::vector<pages::PersonalRate>& rows, const CsvOptions& options,
                      int digits = 4) {
  std::size_t next = 0;
  exporters::RateRowSource source = [&](pages::PersonalRate& r) {
    if (next == rows.size()) return false;
    r = rows[next++];
    return true;
  };
  std::string out;
  exporters::RatesExportInfo info;
  info.digits = digits;
  exporters::write_rates_csv(
      info, source, [&](std::string_view c) { out += c; }, options);
  return out;
}

}  // namespace

TEST_CASE("rates CSV: MOR's header, one row per group, numbers as the rates page shows them", "[csv]") {
  const std::vector<pages::PersonalRate> rows = {rate("Afghanistan", "FIX", "0.0123", "0.014514"),
                                                 rate("Albania", "MOB", "10", "12.05")};
  SECTION("defaults: ';' and '.'") {
    CHECK(rates_csv(rows, {}) ==
          "Name;Type;Rate;Rate_with_VAT\r\n"
          "Afghanistan;FIX;0.0123;0.0145\r\n"
          "Albania;MOB;10;12.05\r\n");
  }
  SECTION("decimal comma with ';'") {
    CHECK(rates_csv(rows, {.separator = ';', .decimal = ','}) ==
          "Name;Type;Rate;Rate_with_VAT\r\n"
          "Afghanistan;FIX;0,0123;0,0145\r\n"
          "Albania;MOB;10;12,05\r\n");
  }
  SECTION("comma separator, tab separator") {
    CHECK(rates_csv(rows, {.separator = ',', .decimal = '.'}).substr(0, 29) ==
          "Name,Type,Rate,Rate_with_VAT\r");
    CHECK(rates_csv(rows, {.separator = '\t', .decimal = ','}) ==
          "Name\tType\tRate\tRate_with_VAT\r\n"
          "Afghanistan\tFIX\t0,0123\t0,0145\r\n"
          "Albania\tMOB\t10\t12,05\r\n");
  }
  SECTION("two decimals") {
    CHECK(rates_csv(rows, {}, 2) ==
          "Name;Type;Rate;Rate_with_VAT\r\n"
          "Afghanistan;FIX;0.01;0.01\r\n"
          "Albania;MOB;10;12.05\r\n");
  }
}

TEST_CASE("rates CSV: names with the separator and quotes are quoted, line breaks become spaces", "[csv]") {
  const std::vector<pages::PersonalRate> rows = {
      rate("Tom; Jerry", "FIX", "1", "1"), rate("say \"hi\"", "MOB", "2", "2"),
      rate("two\nlines", "FIX", "3", "3"), rate("Россия, Москва", "MOB", "0.5", "0.6")};
  CHECK(rates_csv(rows, {.separator = ';', .decimal = '.', .bom = true}) ==
        "\xEF\xBB\xBFName;Type;Rate;Rate_with_VAT\r\n"
        "\"Tom; Jerry\";FIX;1;1\r\n"
        "\"say \"\"hi\"\"\";MOB;2;2\r\n"
        "two lines;FIX;3;3\r\n"
        "Россия, Москва;MOB;0.5;0.6\r\n");
  CHECK(rates_csv({rows[3]}, {.separator = ',', .decimal = '.'}) ==
        "Name,Type,Rate,Rate_with_VAT\r\n\"Россия, Москва\",MOB,0.5,0.6\r\n");
}

TEST_CASE("rates CSV: a name or type a spreadsheet would evaluate is text, prices stay numbers",
          "[csv][injection]") {
  const std::vector<pages::PersonalRate> rows = {rate("=HYPERLINK(\"http://x\")", "@MOB", "-0.5", "-0.59"),
                                                 rate("-1+2", "+FIX", "1.5", "1.77"),
                                                 rate("legacy caf\xE9", "\x1b", "0", "0")};
  CHECK(rates_csv(rows, {}) ==
        "Name;Type;Rate;Rate_with_VAT\r\n"
        "\"'=HYPERLINK(\"\"http://x\"\")\";'@MOB;-0.5;-0.59\r\n"
        "'-1+2;'+FIX;1.5;1.77\r\n"
        "legacy caf\xEF\xBF\xBD;\xEF\xBF\xBD;0;0\r\n");
}

namespace {

// Tariff 1 "Retail; USD" (USD) prices groups 10 and 11; user 1 (VAT 18 %)
// has it, user 2 has no tariff.
struct RatesDb : test::TestDatabase {
  RatesDb() {
    add_currency({.id = 1, .name = "USD"});
    add_currency({.id = 2, .name = "EUR", .rate = "0.92"});
    add_currency({.id = 3, .name = "JPY", .rate = "150", .active = false});
    db.exec(R"SQL(
      INSERT INTO tariffs (id, name, currency) VALUES (1, 'Retail; USD', 'USD');
      INSERT INTO destinationgroups (id, name, desttype, flag) VALUES
        (10, 'Afghanistan', 'FIX', 'afg.png'), (11, 'Tom "Jerry"; Co', 'MOB', '');
      INSERT INTO rates (id, tariff_id, destinationgroup_id, destination_id) VALUES
        (1, 1, 10, NULL), (2, 1, 11, NULL);
      INSERT INTO aratedetails (id, rate_id, "from", duration, artype, round, price, start_time, end_time, daytype)
      VALUES (1, 1, 1, -1, 'minute', 1, 12300000, '00:00:00', '23:59:59', ''),
             (2, 2, 1, -1, 'minute', 1, 40000000, '00:00:00', '23:59:59', '');
    )SQL");
    add_user({.id = 1, .login = "an/../drey", .first_name = "Andrey", .last_name = "Mazunin", .currency = "USD",
              .tariff_id = 1, .vat_percent = "18"});
    add_user({.id = 2, .login = "nobody", .currency = "USD"});
  }
};

// Splits a CSV written with ';' whose only quoted fields are whole fields
// without line breaks (enough for these rows).
std::vector<std::vector<std::string>> parse_rows(const std::string& csv) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < csv.size(); ++i) {
    const char c = csv[i];
    if (quoted) {
      if (c == '"' && i + 1 < csv.size() && csv[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ';') {
      row.push_back(std::move(field));
      field.clear();
    } else if (c == '\r') {
      row.push_back(std::move(field));
      field.clear();
      rows.push_back(std::move(row));
      row.clear();
      ++i;  // '\n'
    } else {
      field += c;
    }
  }
  return rows;
}

}  // namespace

TEST_CASE("rates export: the CSV rows are the rates page's rows", "[csv]") {
  RatesDb f;
  store::User u = *store::find_user_by_id(f.db, 1);
  pages::PageContext pc = pages::make_page_context(f.db, u, f.clock, pages::Lang::en);

  std::string xml;
  {
    pages::RatesPage page = pages::load_rates_page(pc, "EUR");
    output::XmlTreeWriter w([&](std::string_view c) { xml += c; });
    pages::write_rates_page(w, pc, page);
  }
  pugi::xml_document doc;
  REQUIRE(doc.load_string(xml.c_str()));
  std::vector<std::vector<std::string>> from_page = {{"Name", "Type", "Rate", "Rate_with_VAT"}};
  for (pugi::xpath_node n : doc.select_nodes("/page/rates/rate")) {
    pugi::xml_node r = n.node();
    from_page.push_back({r.child_value("ratename"), r.child_value("ratetype"), r.child_value("ratecost"),
                         r.child_value("rate_vat_cost")});
  }
  REQUIRE(from_page.size() == 3);

  exporters::RatesExport job(pc, "EUR");
  CHECK(job.info().tariff == "Retail; USD");
  CHECK(job.info().full_name == "Andrey Mazunin");
  CHECK(job.info().currency == "EUR");
  CHECK(job.file_name(exporters::ExportFormat::csv) == "Rates-Personal-an_.._drey-EUR.csv");
  std::string csv;
  job.write([&](std::string_view c) { csv += c; }, {.format = exporters::ExportFormat::csv});
  CHECK(parse_rows(csv) == from_page);
  CHECK(csv.find("\"Tom \"\"Jerry\"\"; Co\"") != std::string::npos);
}

TEST_CASE("rates export: checked before anything is written", "[csv]") {
  RatesDb f;
  store::User u = *store::find_user_by_id(f.db, 1);
  pages::PageContext pc = pages::make_page_context(f.db, u, f.clock, pages::Lang::en);
  try {
    exporters::RatesExport job(pc, "JPY");  // not active
    FAIL("an inactive currency was accepted");
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::usage);
  }
  CHECK(exporters::RatesExport(pc, std::nullopt).info().currency == "USD");

  store::User nobody = *store::find_user_by_id(f.db, 2);
  pages::PageContext pc2 = pages::make_page_context(f.db, nobody, f.clock, pages::Lang::en);
  exporters::RatesExport job(pc2, std::nullopt);
  CHECK(job.info().tariff.empty());
  std::string csv;
  job.write([&](std::string_view c) { csv += c; }, {});
  CHECK(csv == "Name;Type;Rate;Rate_with_VAT\r\n");
}
