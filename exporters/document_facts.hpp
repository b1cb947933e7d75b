#pragma once
// Who a document is from and for, read once before anything is written:
// the issuer from the Company* settings (store/settings_catalog), the
// customer from the user's row and address, the issue date (today on the
// user's wall clock) and the user's time zone. Shared by every document
// (calls and rates PDFs, later invoices).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/decimal.hpp"
#include "core/pages/page_context.hpp"
#include "exporters/pdf/logo.hpp"

namespace kolmi::exporters {

struct Issuer {
  std::string company;
  std::vector<std::string> address;  // the address lines that are set
  std::string vat_number;
  std::string email;
  std::string logo_path;  // Company_Logo; "" for none
};

struct Customer {
  std::string name;
  std::int64_t account = 0;  // the user id
  std::vector<std::string> address;
  std::string vat_number;
  Decimal vat_percent;
};

struct DocumentFacts {
  Issuer issuer;
  Customer customer;
  std::string issue_date;  // YYYY-MM-DD, the user's today
  std::string time_zone;   // the user's zone name
  std::optional<pdf::Logo> logo;  // read by check_document_facts
};

// The issuer from the Company* settings. Throws Error(storage).
Issuer load_issuer(store::Database& db);

// Reads the settings, the user and their address. Throws Error(storage).
DocumentFacts load_document_facts(const pages::PageContext& pc);

// The issuer settings a complete document needs that are empty (setting
// names), in catalog order.
std::vector<std::string> missing_issuer_settings(const Issuer& issuer);

// Before any file is made: reads and checks the logo (pdf::read_logo's
// errors: Error(usage) naming a file that is not a PNG/JPEG or is over 2 MB),
// and with `strict`, throws Error(usage) naming the missing issuer settings.
void check_document_facts(DocumentFacts& facts, bool strict);

}  // namespace kolmi::exporters
