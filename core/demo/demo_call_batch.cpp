#include "core/demo/demo_call_batch.hpp"

namespace kolmi::demo {

namespace {
constexpr std::size_t kBatchRows = 100;  // 2,300 parameters, well under SQLite's 32,766
constexpr int kColumns = 23;

constexpr std::string_view kInsert =
    "INSERT INTO calls (calldate, clid, src, dst, dcontext, channel, dstchannel, lastapp, lastdata, "
    "duration, billsec, disposition, accountcode, uniqueid, userfield, src_device_id, dst_device_id, "
    "processed, user_id, user_rate, user_billsec, user_price, prefix, hangupcause, localized_dst) VALUES ";
constexpr std::string_view kRow =
    "(?, ?, ?, ?, ?, ?, ?, 'Dial', ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
}  // namespace

CallBatch::CallBatch(store::Database& db)
    : many_(prepare(db, kBatchRows)), one_(prepare(db, 1)), rows_(kBatchRows) {}

CallBatch::~CallBatch() = default;

store::Statement CallBatch::prepare(store::Database& db, std::size_t rows) {
  std::string sql(kInsert);
  for (std::size_t i = 0; i < rows; ++i) {
    if (i > 0) sql += ", ";
    sql += kRow;
  }
  return db.prepare(sql);
}

CallRow& CallBatch::next() {
  if (used_ == rows_.size()) flush();
  return rows_[used_++];
}

void CallBatch::flush() {
  if (used_ == rows_.size()) {
    for (std::size_t i = 0; i < used_; ++i) bind_row(many_, static_cast<int>(i) * kColumns, rows_[i]);
    many_.run();
  } else {
    for (std::size_t i = 0; i < used_; ++i) {
      bind_row(one_, 0, rows_[i]);
      one_.run();
    }
  }
  used_ = 0;
}

void CallBatch::bind_row(store::Statement& s, int first, const CallRow& r) {
  int i = first;
  // The texts stay in rows_ until the statement has run, so they are bound in place.
  auto text = [&](std::string_view v) { s.bind_static(++i, v); };
  auto integer = [&](std::int64_t v) { s.bind(++i, v); };
  auto null = [&] { s.bind_null(++i); };
  auto opt_integer = [&](const std::optional<std::int64_t>& v) { v ? integer(*v) : null(); };
  auto opt_decimal = [&](const std::optional<Decimal>& v) { v ? integer(v->nanos()) : null(); };
  text({r.calldate.data(), r.calldate.size()});
  text(r.clid);
  text(r.src);
  text(r.dst);
  text(r.dcontext);
  text(r.channel);
  text(r.dstchannel);
  text(r.lastdata);
  integer(r.duration);
  integer(r.billsec);
  text(r.disposition);
  text(r.accountcode);
  text(r.uniqueid);
  opt_integer(r.src_device);
  opt_integer(r.dst_device);
  integer(r.processed);
  opt_integer(r.user_id);
  opt_decimal(r.user_rate);
  opt_integer(r.user_billsec);
  opt_decimal(r.user_price);
  r.has_prefix ? text(r.prefix) : null();
  integer(r.hangupcause);
  text(r.localized_dst);
}

}  // namespace kolmi::demo
