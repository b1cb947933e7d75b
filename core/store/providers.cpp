#include "core/store/providers.hpp"

#include <utility>

namespace kolmi::store {

namespace {

constexpr std::string_view kSelect =
    "SELECT p.id, p.name, p.tech, p.tariff_id, COALESCE(t.name, ''), p.currency FROM providers p "
    "LEFT JOIN tariffs t ON t.id = p.tariff_id ";

ProviderRow read_row(const Statement& s) {
  return ProviderRow{s.int64(0), s.str(1), s.str(2), s.int64(3), s.str(4), s.str(5), {}};
}

// The peers of each provider, read after the providers (no nested statements).
void add_peers(Database& db, std::vector<ProviderRow>& rows) {
  Statement s = db.prepare("SELECT peer FROM provider_peers WHERE provider_id = ? ORDER BY peer");
  for (ProviderRow& row : rows) {
    s.reset();
    s.bind(1, row.id);
    while (s.step()) row.peers.push_back(s.str(0));
  }
}

std::optional<ProviderRow> one(Database& db, Statement& s) {
  std::vector<ProviderRow> rows;
  if (s.step()) rows.push_back(read_row(s));
  if (rows.empty()) return std::nullopt;
  add_peers(db, rows);
  return std::move(rows.front());
}

}  // namespace

std::vector<ProviderRow> list_providers(Database& db) {
  std::vector<ProviderRow> rows;
  {
    Statement s = db.prepare(std::string(kSelect) + "ORDER BY p.name");
    while (s.step()) rows.push_back(read_row(s));
  }
  add_peers(db, rows);
  return rows;
}

std::optional<ProviderRow> find_provider(Database& db, std::string_view name) {
  Statement s = db.prepare(std::string(kSelect) + "WHERE p.name = ?");
  s.bind(1, name);
  return one(db, s);
}

std::optional<ProviderRow> find_provider_by_id(Database& db, std::int64_t id) {
  Statement s = db.prepare(std::string(kSelect) + "WHERE p.id = ?");
  s.bind(1, id);
  return one(db, s);
}

std::optional<std::string> peer_owner(Database& db, std::string_view peer, std::int64_t except) {
  Statement s = db.prepare(
      "SELECT p.name FROM provider_peers pp JOIN providers p ON p.id = pp.provider_id "
      "WHERE pp.peer = ? AND pp.provider_id <> ?");
  s.bind(1, peer).bind(2, except);
  if (!s.step()) return std::nullopt;
  return s.str(0);
}

std::int64_t insert_provider(Database& db, const NewProvider& p) {
  db.prepare("INSERT INTO providers (name, tech, tariff_id, currency) VALUES (?, ?, ?, ?)")
      .bind_all(p.name, p.tech, p.tariff_id, p.currency)
      .run();
  return db.last_insert_rowid();
}

void update_provider(Database& db, std::int64_t id, const NewProvider& p) {
  db.prepare("UPDATE providers SET name = ?, tech = ?, tariff_id = ?, currency = ? WHERE id = ?")
      .bind_all(p.name, p.tech, p.tariff_id, p.currency, id)
      .run();
}

void add_provider_peer(Database& db, std::int64_t id, std::string_view peer) {
  db.prepare("INSERT INTO provider_peers (provider_id, peer) VALUES (?, ?)").bind_all(id, peer).run();
}

void remove_provider_peer(Database& db, std::int64_t id, std::string_view peer) {
  db.prepare("DELETE FROM provider_peers WHERE provider_id = ? AND peer = ?").bind_all(id, peer).run();
}

void for_each_provider_peer(Database& db, const std::function<void(const ProviderPeerRow&)>& visit) {
  Statement s = db.prepare(
      "SELECT pp.peer, p.id, p.tariff_id FROM provider_peers pp JOIN providers p ON p.id = pp.provider_id "
      "ORDER BY pp.id");
  while (s.step()) visit(ProviderPeerRow{s.text(0), s.int64(1), s.int64(2)});
}

}  // namespace kolmi::store
