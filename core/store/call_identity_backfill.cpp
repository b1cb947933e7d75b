#include "core/store/call_identity_backfill.hpp"

#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "core/store/cdr_identity.hpp"

namespace kolmi::store {

namespace {

constexpr std::int64_t kChunk = 10'000;  // rows read, then written: no update under an open cursor

// Hashes the next chunk of calls after `after` (by id); returns the last id, or `after` when none.
std::int64_t hash_chunk(Statement& read, Statement& write, CdrHasher& hasher, std::int64_t after) {
  std::vector<std::pair<std::int64_t, std::int64_t>> hashes;  // id, cdr_hash
  read.bind(1, after).bind(2, kChunk);
  while (read.step()) {
    const CdrIdentity id{.uniqueid = read.text(1),
                         .calldate = read.text(2),
                         .clid = read.text(3),
                         .src = read.text(4),
                         .dst = read.text(5),
                         .dcontext = read.text(6),
                         .channel = read.text(7),
                         .dstchannel = read.text(8),
                         .lastapp = read.text(9),
                         .lastdata = read.text(10),
                         .duration = read.int64(11),
                         .billsec = read.int64(12),
                         .disposition = read.text(13),
                         .accountcode = read.text(14),
                         .userfield = read.text(15)};
    hashes.emplace_back(read.int64(0), hasher(id));
  }
  read.reset();
  for (const auto& [id, hash] : hashes) {
    write.bind(1, hash).bind(2, id);
    write.run();
  }
  return hashes.empty() ? after : hashes.back().first;
}

}  // namespace

std::int64_t hash_stored_calls(Database& db) {
  {
    Statement read = db.prepare(
        "SELECT id, uniqueid, calldate, clid, src, dst, dcontext, channel, dstchannel, lastapp, lastdata, "
        "duration, billsec, disposition, accountcode, userfield FROM calls "
        "WHERE id > ? AND cdr_hash IS NULL ORDER BY id LIMIT ?");
    Statement write = db.prepare("UPDATE calls SET cdr_hash = ? WHERE id = ?");
    CdrHasher hasher;
    for (std::int64_t after = 0;;) {
      const std::int64_t last = hash_chunk(read, write, hasher, after);
      if (last == after) break;
      after = last;
    }
  }
  // Later copies of a call leave the key (found through calls_uniqueid, still there).
  std::vector<std::int64_t> copies;
  {
    Statement s = db.prepare(
        "SELECT c.id FROM calls c WHERE c.cdr_hash IS NOT NULL AND EXISTS (SELECT 1 FROM calls e "
        "WHERE e.uniqueid = c.uniqueid AND e.cdr_hash = c.cdr_hash AND e.id < c.id) ORDER BY c.id");
    while (s.step()) copies.push_back(s.int64(0));
  }
  if (!copies.empty()) {
    Statement clear = db.prepare("UPDATE calls SET cdr_hash = NULL WHERE id = ?");
    std::string ids;
    for (std::int64_t id : copies) {
      clear.bind(1, id);
      clear.run();
      if (ids.size() < 200) ids += fmt::format("{}{}", ids.empty() ? "" : " ", id);
    }
    Statement note = db.prepare(
        db.dialect() == Dialect::sqlite
            ? "INSERT INTO actions (date, user_id, user_login, action, target_type, data) "
              "VALUES (strftime('%Y-%m-%d %H:%M:%S', 'now'), 0, 'kolmi', 'schema 9', 'calls', ?)"
            : "INSERT INTO actions (date, user_id, user_login, action, target_type, data) "
              "VALUES (DATE_FORMAT(UTC_TIMESTAMP(), '%Y-%m-%d %H:%i:%s'), 0, 'kolmi', 'schema 9', 'calls', ?)");
    note.bind(1, fmt::format("{} calls kept outside the duplicate key (copies of earlier calls): ids {}{}",
                             copies.size(), ids, ids.size() >= 200 ? " ..." : ""));
    note.run();
  }
  // On MariaDB each of these commits at once (DDL): a migration cut short
  // after them is finished by the next run, which finds them done.
  db.exec("CREATE UNIQUE INDEX IF NOT EXISTS calls_identity ON calls(uniqueid, cdr_hash)");
  db.exec(db.dialect() == Dialect::sqlite ? "DROP INDEX IF EXISTS calls_uniqueid"
                                          : "DROP INDEX IF EXISTS calls_uniqueid ON calls");
  return static_cast<std::int64_t>(copies.size());
}

}  // namespace kolmi::store
