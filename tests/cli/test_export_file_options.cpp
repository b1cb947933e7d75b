// The exports' shared file options (cli/export_file_options): one
// definition for calls, rates, stats and invoice exports. Parsed from
// argument vectors: a required or defaulted --format, --strict only where
// the document has an issuer, and an option of another format refused in
// the same words everywhere. The invoice export's registration is checked
// against a database that does not exist (an export that runs shows itself
// as Error(storage)).
#include <catch2/catch.hpp>

#include "cli/export_file_options.hpp"
#include "core/error.hpp"
#include "tests/support/command_harness.hpp"

using namespace kolmi;

namespace {

struct Parsed {
  cli::ExportFileOptions o;
  CLI::App app;
};

// Parses `args` (after the program name) against the options of `spec`.
std::unique_ptr<Parsed> parse(const cli::ExportFileSpec& spec, std::vector<const char*> args) {
  auto p = std::make_unique<Parsed>();
  cli::add_export_file_options(&p->app, p->o, spec);
  args.insert(args.begin(), "test");
  p->app.parse(static_cast<int>(args.size()), args.data());
  return p;
}

std::string refusal(const cli::ExportFileSpec& spec, std::vector<const char*> args) {
  auto p = parse(spec, std::move(args));
  try {
    cli::refuse_other_format_options(p->o);
  } catch (const Error& e) {
    CHECK(e.code() == ExitCode::usage);
    return e.what();
  }
  return "";
}

const cli::ExportFileSpec kDocuments{.formats = {"pdf", "csv", "xlsx"}, .output_help = "where"};
const cli::ExportFileSpec kChart{.formats = {"pdf", "svg", "csv"}, .output_help = "where", .strict = false};
const cli::ExportFileSpec kInvoice{.formats = {"csv", "pdf", "xlsx"}, .default_format = "csv", .output_help = "where"};

void add_invoices(CLI::App& app, cli::Context& ctx) {
  app.fallthrough();
  cli::add_account_page_commands(app, ctx);
  cli::add_invoice_export_commands(app, ctx);
}

struct Harness : test::CommandHarness {
  Harness() : CommandHarness(add_invoices) {}
};

}  // namespace

TEST_CASE("export file options: --format required or defaulted, its values checked", "[export]") {
  CHECK_THROWS_AS(parse(kDocuments, {}), CLI::RequiredError);
  CHECK_THROWS_AS(parse(kDocuments, {"--format", "svg"}), CLI::ValidationError);
  CHECK(parse(kChart, {"--format", "svg"})->o.format == "svg");
  CHECK(parse(kInvoice, {})->o.format == "csv");
  CHECK(parse(kInvoice, {"--format", "xlsx"})->o.format == "xlsx");
  CHECK(cli::checked_export_format(parse(kInvoice, {"--format", "pdf"})->o) == exporters::ExportFormat::pdf);
  CHECK(cli::checked_export_format(parse(kInvoice, {})->o) == exporters::ExportFormat::csv);
  auto p = parse(kInvoice, {"-o", "out/"});
  CHECK(p->o.output_given() == "out/");
  CHECK_FALSE(parse(kInvoice, {})->o.output_given());
}

TEST_CASE("export file options: an option of another format is refused in one sentence", "[export]") {
  const std::string csv_only = "--separator, --decimal and --bom apply to --format csv only";
  CHECK(refusal(kDocuments, {"--format", "pdf", "--separator", ","}) == csv_only);
  CHECK(refusal(kChart, {"--format", "svg", "--bom"}) == csv_only);
  CHECK(refusal(kInvoice, {"--format", "xlsx", "--decimal", ","}) == csv_only);
  CHECK(refusal(kInvoice, {"--font", "x.ttf"}) == "--font applies to --format pdf only");
  CHECK(refusal(kDocuments, {"--format", "xlsx", "--strict"}) == "--strict applies to --format pdf only");
  CHECK(refusal(kInvoice, {"--format", "pdf", "--strict", "--font", "x.ttf"}).empty());
  CHECK(refusal(kInvoice, {"--separator", "tab", "--decimal", ",", "--bom"}).empty());
  // A chart has no issuer block: no --strict at all.
  CHECK_THROWS_AS(parse(kChart, {"--format", "pdf", "--strict"}), CLI::ExtrasError);
}

TEST_CASE("invoices export takes pdf and xlsx, and refuses options of another format before opening anything",
          "[export]") {
  auto code_of = [](std::vector<const char*> args) {
    Harness h;
    return h.run(std::move(args));
  };
  CHECK(code_of({"invoices", "export", "1"}) == ExitCode::storage);  // ran: opened the database
  CHECK(code_of({"invoices", "export", "1", "--format", "pdf", "-o", "x.pdf", "--strict"}) == ExitCode::storage);
  CHECK(code_of({"invoices", "export", "1", "--format", "xlsx", "-o", "x.xlsx"}) == ExitCode::storage);
  CHECK(code_of({"invoices", "export", "1", "--format", "pdf", "--bom"}) == ExitCode::usage);
  CHECK(code_of({"invoices", "export", "1", "--format", "xlsx", "--font", "x.ttf"}) == ExitCode::usage);
  CHECK(code_of({"invoices", "export", "1", "--strict"}) == ExitCode::usage);
}
