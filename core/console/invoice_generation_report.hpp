#pragma once
// What kolmi admin invoices generate prints: one row per user considered
// (billing/invoice_generation.hpp), saying what became of their invoice of
// the period: created, replaced, exists (unchanged), empty (nothing to
// bill) or open (their month has not ended). Money is exact, in the
// default currency; times are UTC.
#include <string_view>
#include <vector>

#include "core/billing/invoice_generation.hpp"
#include "core/output/tree_writer.hpp"

namespace kolmi::console {

// <invoices_generate><invoices><invoice>...
void write_generated_invoices(output::TreeWriter& w, std::string_view period,
                              const std::vector<billing::GeneratedInvoice>& invoices,
                              std::string_view default_currency);

}  // namespace kolmi::console
