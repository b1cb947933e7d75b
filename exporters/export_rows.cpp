#include "exporters/export_rows.hpp"

#include <utility>

namespace kolmi::exporters {

CallExportSource::CallExportSource(store::CallCursor cursor, const TimeZone& zone, pages::PriceConverter price,
                                   int digits, pages::Lang lang)
    : cursor_(std::move(cursor)), text_(zone, price, digits), price_(price), lang_(lang) {}

bool CallExportSource::next(CallExportRow& row) {
  if (!cursor_.next()) return false;
  const store::CallRow& call = cursor_.row();
  row.date = text_.date(call);
  row.called_from = call.src;
  row.called_to = call.dst;
  row.destination = call.destination;
  row.billsec = call.billsec;
  row.duration = text_.duration(call);
  row.hangup_cause = pages::hangup_cause_text(call.disposition, lang_);
  row.price = call.price ? std::optional<Decimal>(price_(*call.price)) : std::nullopt;
  row.price_text = text_.price(call);
  return true;
}

}  // namespace kolmi::exporters
