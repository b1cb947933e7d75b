#include "core/store/call_facts.hpp"

namespace kolmi::store {

std::optional<StoredCall> find_stored_call(Database& db, std::int64_t id) {
  Statement s = db.prepare(
      "SELECT id, calldate, clid, src, dst, channel, dstchannel, accountcode, disposition, uniqueid, duration, "
      "billsec, src_device_id, dst_device_id, user_id, user_rate, user_billsec, user_price, prefix, "
      "provider_id, provider_rate, provider_billsec, provider_price FROM calls WHERE id = ?");
  s.bind(1, id);
  if (!s.step()) return std::nullopt;
  StoredCall c;
  c.id = s.int64(0);
  c.calldate = s.str(1);
  c.clid = s.str(2);
  c.src = s.str(3);
  c.dst = s.str(4);
  c.channel = s.str(5);
  c.dstchannel = s.str(6);
  c.accountcode = s.str(7);
  c.disposition = s.str(8);
  c.uniqueid = s.str(9);
  c.duration = s.int64(10);
  c.billsec = s.int64(11);
  c.src_device_id = s.opt_int64(12);
  c.dst_device_id = s.opt_int64(13);
  c.user_id = s.opt_int64(14);
  c.user_rate = s.opt_decimal(15);
  c.user_billsec = s.opt_int64(16);
  c.user_price = s.opt_decimal(17);
  c.prefix = s.opt_str(18);
  c.provider_id = s.opt_int64(19);
  c.provider_rate = s.opt_decimal(20);
  c.provider_billsec = s.opt_int64(21);
  c.provider_price = s.opt_decimal(22);
  return c;
}

std::optional<DeviceFacts> find_device_facts(Database& db, std::int64_t id) {
  Statement s = db.prepare(
      "SELECT id, user_id, device_type, name, extension, accountcode, grace_time FROM devices WHERE id = ?");
  s.bind(1, id);
  if (!s.step()) return std::nullopt;
  return DeviceFacts{s.int64(0), s.int64(1), s.str(2), s.str(3), s.str(4), s.str(5), s.int64(6)};
}

namespace {

constexpr std::string_view kTariffColumns = "SELECT id, name, purpose, currency FROM tariffs ";

std::optional<TariffFacts> tariff_row(Statement& s) {
  if (!s.step()) return std::nullopt;
  return TariffFacts{s.int64(0), s.str(1), s.str(2), s.str(3)};
}

}  // namespace

std::optional<TariffFacts> find_tariff_by_id(Database& db, std::int64_t id) {
  Statement s = db.prepare(std::string(kTariffColumns) + "WHERE id = ?");
  s.bind(1, id);
  return tariff_row(s);
}

std::optional<TariffFacts> find_tariff_by_name(Database& db, std::string_view name) {
  Statement s = db.prepare(std::string(kTariffColumns) + "WHERE name = ?");
  s.bind(1, name);
  return tariff_row(s);
}

std::optional<DestinationFacts> find_destination_facts(Database& db, std::int64_t id) {
  Statement s = db.prepare(
      "SELECT d.id, d.prefix, d.name, d.destinationgroup_id, COALESCE(g.name, '') FROM destinations d "
      "LEFT JOIN destinationgroups g ON g.id = d.destinationgroup_id WHERE d.id = ?");
  s.bind(1, id);
  if (!s.step()) return std::nullopt;
  return DestinationFacts{s.int64(0), s.str(1), s.str(2), s.opt_int64(3), s.str(4)};
}

}  // namespace kolmi::store
