#include "core/demo/demo_call_batch.hpp"

#include <sqlite3.h>

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

void CallBatch::Finalizer::operator()(sqlite3_stmt* s) const noexcept { sqlite3_finalize(s); }

CallBatch::CallBatch(store::Database& db)
    : db_(db), many_(prepare(kBatchRows)), one_(prepare(1)), rows_(kBatchRows) {}

CallBatch::~CallBatch() = default;

CallBatch::Stmt CallBatch::prepare(std::size_t rows) {
  std::string sql(kInsert);
  for (std::size_t i = 0; i < rows; ++i) {
    if (i > 0) sql += ", ";
    sql += kRow;
  }
  sqlite3_stmt* s = nullptr;
  const int rc = sqlite3_prepare_v3(db_.handle(), sql.data(), static_cast<int>(sql.size()),
                                    SQLITE_PREPARE_PERSISTENT, &s, nullptr);
  Stmt owned(s);
  if (rc != SQLITE_OK) db_.fail(rc, "preparing to insert calls");
  return owned;
}

CallRow& CallBatch::next() {
  if (used_ == rows_.size()) flush();
  return rows_[used_++];
}

void CallBatch::flush() {
  if (used_ == rows_.size()) {
    for (std::size_t i = 0; i < used_; ++i) bind_row(many_.get(), static_cast<int>(i) * kColumns, rows_[i]);
    run(many_.get());
  } else {
    for (std::size_t i = 0; i < used_; ++i) {
      bind_row(one_.get(), 0, rows_[i]);
      run(one_.get());
    }
  }
  used_ = 0;
}

void CallBatch::run(sqlite3_stmt* s) {
  const int rc = sqlite3_step(s);
  sqlite3_reset(s);
  if (rc != SQLITE_DONE) db_.fail(rc, "inserting calls");
}

void CallBatch::bind_row(sqlite3_stmt* s, int first, const CallRow& r) {
  int i = first;
  auto check = [&](int rc) {
    if (rc != SQLITE_OK) db_.fail(rc, "binding a call");
  };
  // The texts stay in rows_ until run(), so SQLite may use them in place.
  auto text = [&](std::string_view v) {
    check(sqlite3_bind_text(s, ++i, v.data(), static_cast<int>(v.size()), SQLITE_STATIC));
  };
  auto integer = [&](std::int64_t v) { check(sqlite3_bind_int64(s, ++i, v)); };
  auto null = [&] { check(sqlite3_bind_null(s, ++i)); };
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
