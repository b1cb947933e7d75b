// The calls generator. Two passes: first every call's start time and
// principal user are drawn and sorted (8 bytes a call), so calls are
// inserted in time order as a switch writes them; then each call is made up
// in a reused slot of the call writer (store::CallBatchWriter), which
// inserts a hundred rows at a time and keeps the call totals.
#include "core/demo/demo_calls.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <string_view>

#include "core/demo/demo_random.hpp"
#include "core/demo/demo_text.hpp"
#include "core/time/local_time_formatter.hpp"
#include "core/rating/rater.hpp"
#include "core/store/call_batch_writer.hpp"
#include "core/time/datetime.hpp"

namespace kolmi::demo {

namespace {

constexpr std::int64_t kDay = 86'400;
constexpr std::int64_t kWindowDays = 90;
constexpr std::int64_t kTodayCalls = 8;  // the demo user's calls forced into today

// Relative traffic by local hour, per mille of the busiest hour: quiet
// nights, a dip at lunch, busiest late morning and afternoon. Weekends carry
// 60% of a weekday's traffic.
constexpr int kHourWeight[24] = {60,  40,   30,   30,  30,   50,   120, 300, 650, 900, 1000, 1000,
                                 850, 900,  1000, 1000, 950, 850, 650, 500, 400, 300, 200,  110};

// Answered calls last 3 s to 40 min, most of them short: a bucket by weight,
// then uniform inside it. Integer-only, so every platform draws the same.
struct Bucket {
  std::int64_t lo, hi;
};
constexpr Bucket kTalkTime[] = {{3, 30}, {31, 120}, {121, 300}, {301, 900}, {901, 2400}};
constexpr int kTalkTimeWeights[] = {30, 35, 20, 11, 4};

// FAILED calls end with assorted ISDN causes: rejected, no circuit,
// unallocated number, out of order, wrong format.
constexpr std::int64_t kFailedCauses[] = {21, 34, 1, 27, 28};

std::int64_t floor_mod(std::int64_t a, std::int64_t b) { return ((a % b) + b) % b; }
std::int64_t floor_div(std::int64_t a, std::int64_t b) { return (a - floor_mod(a, b)) / b; }

// A user that makes and receives calls.
struct Party {
  const DemoUser* user = nullptr;
  std::vector<const DemoDevice*> phones;
  const DemoDevice* fax = nullptr;
  std::int64_t utc_offset = 0;  // seconds, at `now`; shapes the daily traffic
  TimeZone zone;
};

std::vector<Party> parties_of(const std::vector<DemoUser>& users, Seconds now) {
  std::vector<Party> parties;
  for (const DemoUser& u : users) {
    if (u.admin) continue;
    Party p{&u, {}, nullptr, 0, TimeZone(u.zone)};
    for (const DemoDevice& d : u.devices) {
      if (d.is_fax()) {
        p.fax = &d;
      } else {
        p.phones.push_back(&d);
      }
    }
    if (p.phones.empty()) continue;
    p.utc_offset = (parse_utc(p.zone.format_local(now))->time_since_epoch() - now.time_since_epoch()).count();
    parties.push_back(std::move(p));
  }
  return parties;
}

// Cumulative weights: demo first and busiest, the others Zipf-like
// (the k-th gets 1/k), demo at least twice the next and 30% of everyone.
std::vector<std::uint64_t> cumulative_weights(std::size_t parties) {
  std::vector<std::uint64_t> w(parties);
  std::uint64_t others = 0;
  for (std::size_t k = 1; k < parties; ++k) others += w[k] = 1'000'000 / k;
  w[0] = parties == 1 ? 1 : std::max<std::uint64_t>(others * 3 / 7, 2 * w[1]);
  for (std::size_t k = 1; k < parties; ++k) w[k] += w[k - 1];
  return w;
}

// Sorted keys: start offset in the window << 32 | party index.
std::vector<std::uint64_t> draw_starts(std::int64_t count, const std::vector<Party>& parties,
                                       std::int64_t lo, std::int64_t today_offset, std::uint64_t seed) {
  Rng rng(seed, Stream::call_times);
  const auto weights = cumulative_weights(parties.size());
  const std::int64_t span = kWindowDays * kDay;
  const std::int64_t forced = std::min(count, kTodayCalls);
  std::vector<std::uint64_t> keys;
  keys.reserve(static_cast<std::size_t>(count));
  for (std::int64_t i = forced; i < count; ++i) {
    const auto party = static_cast<std::size_t>(
        std::upper_bound(weights.begin(), weights.end(), rng.below(weights.back())) - weights.begin());
    std::int64_t offset = 0;
    for (;;) {  // rejection sampling by the party's local hour and weekday
      offset = static_cast<std::int64_t>(rng.below(static_cast<std::uint64_t>(span) + 1));
      const std::int64_t local = lo + offset + parties[party].utc_offset;
      const std::int64_t weekday = floor_mod(floor_div(local, kDay) + 4, 7);  // 0 = Sunday
      int weight = kHourWeight[floor_mod(local, kDay) / 3600];
      if (weekday == 0 || weekday == 6) weight = weight * 6 / 10;
      if (static_cast<int>(rng.below(1000)) < weight) break;
    }
    keys.push_back(static_cast<std::uint64_t>(offset) << 32 | party);
  }
  for (std::int64_t i = 0; i < forced; ++i) {
    const std::int64_t offset = rng.between(today_offset, span);
    keys.push_back(static_cast<std::uint64_t>(offset) << 32);  // party 0: demo
  }
  std::sort(keys.begin(), keys.end());
  return keys;
}

// A provider of the demo and the trunk (peer) its calls leave through.
struct Provider {
  std::int64_t id = 0, tariff_id = 0;
  std::string_view peer;
};

class CallWriter {
 public:
  CallWriter(store::Database& db, const Reference& ref, const std::vector<Party>& parties, std::int64_t now,
             std::uint64_t seed)
      : ref_(ref), parties_(parties), now_(now), rng_(seed, Stream::calls),
        rater_(rating::Rater::load(db)), times_(utc_), batch_(db, store::Duplicates::store) {}

  void write(std::int64_t seq, std::int64_t start, std::size_t party_index) {
    const Party& party = parties_[party_index];
    store::NewCall& row = batch_.next();
    // 35% incoming from outside, 10% internal, 55% outgoing to outside.
    const int kind = static_cast<int>(rng_.below(100));
    if (kind < 35) {
      incoming(row, seq, start, party);
    } else if (kind < 45 && parties_.size() > 1) {
      internal(row, seq, start, party_index);
    } else {
      outgoing(row, seq, start, party);
    }
  }

  void finish() { batch_.flush(); }

 private:
  // Disposition, ring time and answered seconds, clipped so the call has
  // ended by `now`, plus the start time and the unique id. True when answered.
  bool common(store::NewCall& r, std::int64_t seq, std::int64_t start) {
    const int roll = static_cast<int>(rng_.below(100));
    r.disposition = "ANSWERED";
    r.hangupcause = 16;
    std::int64_t ring = rng_.between(2, 25);
    std::int64_t billsec = 0;
    if (roll < 65) {
      const Bucket& b = kTalkTime[weighted_index(rng_, kTalkTimeWeights)];
      billsec = rng_.between(b.lo, b.hi);
    } else if (roll < 85) {
      r.disposition = "NO ANSWER";
      r.hangupcause = 19;
      ring = rng_.between(15, 60);
    } else if (roll < 95) {
      r.disposition = "BUSY";
      r.hangupcause = 17;
      ring = rng_.between(1, 6);
    } else {
      r.disposition = "FAILED";
      r.hangupcause = rng_.pick(kFailedCauses);
      ring = rng_.between(0, 3);
    }
    const std::int64_t room = now_ - start;
    ring = std::min(ring, room);
    billsec = std::min(billsec, room - ring);
    if (roll < 65 && billsec == 0) {  // no time left to talk before now
      r.disposition = "NO ANSWER";
      r.hangupcause = 19;
    }
    r.billsec = billsec;
    r.duration = ring + billsec;
    r.lastapp = "Dial";  // userfield stays '' (slots start empty, nothing sets it)
    times_.format(Seconds{std::chrono::seconds{start}}, r.calldate);
    r.uniqueid.clear();
    append_uint(r.uniqueid, static_cast<std::uint64_t>(start));
    r.uniqueid += '.';
    append_uint(r.uniqueid, static_cast<std::uint64_t>(seq));
    return billsec > 0;
  }

  void outgoing(store::NewCall& r, std::int64_t seq, std::int64_t start, const Party& party) {
    const DemoDevice& dev = *rng_.pick(party.phones);
    common(r, seq, start);
    // Mostly the home country; 1% to satellite/international networks (+882)
    // that no destination covers, so some calls stay unrated.
    char number_buf[32];
    std::string_view number;
    std::string_view trunk_name = "satlink";  // no provider claims it
    const Provider* provider = nullptr;
    if (rng_.percent(1)) {
      number = dial_number(rng_, unrated_, number_buf);
    } else {
      const Country& home = ref_.countries[party.user->country];
      const Country& c = rng_.percent(45) ? home : rng_.pick(ref_.countries);
      number = dial_number(rng_, c, 55, number_buf);
      provider = &c == &home ? &carrier_ : &wholesale_;
      trunk_name = provider->peer;
    }
    // 5% dialled with the international access code; localized_dst holds
    // the number as the switch normalised it.
    r.dst.clear();
    if (rng_.percent(5)) r.dst += "00";
    r.dst += number;
    r.localized_dst.assign(number);
    r.clid.assign(dev.callerid);
    r.src.assign(dev.extension);
    r.dcontext = "mor";
    channel(r.channel, dev);
    trunk(r.dstchannel, trunk_name);
    r.lastdata.clear();
    r.lastdata += "SIP/";
    r.lastdata += trunk_name;
    r.lastdata += '/';
    r.lastdata += number;
    booked_to(r, dev);
    r.src_device = dev.id;
    r.dst_device.reset();
    r.processed = 0;
    r.user_id = party.user->id;

    const rating::RatedCall rated = rater_.rate(
        party.user->tariff_id, rating::CallToRate{r.dst, r.billsec, Seconds{std::chrono::seconds{start}},
                                                  &party.zone, dev.grace_time});
    if (rated.rated()) {
      r.user_rate = rated.rate;
      r.user_billsec = rated.billed_seconds;
      r.user_price = rated.price;
    } else {
      r.user_rate.reset();
      r.user_billsec.reset();
      r.user_price.reset();
    }
    buy(r, start, provider);
    if (rated.prefix.empty()) {
      r.prefix.reset();
    } else if (r.prefix) {
      r.prefix->assign(rated.prefix);
    } else {
      r.prefix.emplace(rated.prefix);
    }
  }

  void incoming(store::NewCall& r, std::int64_t seq, std::int64_t start, const Party& party) {
    const DemoDevice& dev = party.fax && rng_.percent(10) ? *party.fax : *rng_.pick(party.phones);
    const bool answered = common(r, seq, start);
    char number_buf[32];
    const Country& c = rng_.percent(60) ? ref_.countries[party.user->country] : rng_.pick(ref_.countries);
    const std::string_view number = dial_number(rng_, c, 50, number_buf);
    r.clid.clear();
    r.clid += '"';
    r.clid += number;
    r.clid += "\" <";
    r.clid += number;
    r.clid += '>';
    r.src.assign(number);
    r.dst.assign(dev.extension);
    r.localized_dst.assign(dev.extension);
    r.dcontext = "mor_local";
    trunk(r.channel);
    channel(r.dstchannel, dev);
    dial(r.lastdata, dev);
    booked_to(r, dev);
    r.src_device.reset();
    r.dst_device = dev.id;
    r.processed = !answered && rng_.percent(50) ? 1 : 0;  // half the missed calls handled
    r.user_id.reset();
    free_of_charge(r);
  }

  void internal(store::NewCall& r, std::int64_t seq, std::int64_t start, std::size_t caller_index) {
    std::size_t callee_index = static_cast<std::size_t>(rng_.below(parties_.size() - 1));
    if (callee_index >= caller_index) ++callee_index;  // anyone but the caller
    const Party& caller = parties_[caller_index];
    const DemoDevice& from = *rng_.pick(caller.phones);
    const DemoDevice& to = *rng_.pick(parties_[callee_index].phones);
    const bool answered = common(r, seq, start);
    r.clid.assign(from.callerid);
    r.src.assign(from.extension);
    r.dst.assign(to.extension);
    r.localized_dst.assign(to.extension);
    r.dcontext = "mor_local";
    channel(r.channel, from);
    channel(r.dstchannel, to);
    dial(r.lastdata, to);
    booked_to(r, from);
    r.src_device = from.id;
    r.dst_device = to.id;
    r.processed = !answered && rng_.percent(50) ? 1 : 0;
    r.user_id = caller.user->id;
    free_of_charge(r);
  }

  // The provider's price of an outgoing call (call_pricing.hpp's rules: UTC, no grace time).
  void buy(store::NewCall& r, std::int64_t start, const Provider* provider) const {
    r.provider_rate.reset();
    r.provider_billsec.reset();
    r.provider_price.reset();
    r.provider_id.reset();
    if (provider == nullptr) return;
    r.provider_id = provider->id;
    const rating::RatedCall bought = rater_.rate(
        provider->tariff_id, rating::CallToRate{r.dst, r.billsec, Seconds{std::chrono::seconds{start}}, &utc_, 0});
    if (!bought.rated()) return;
    r.provider_rate = bought.rate;
    r.provider_billsec = bought.billed_seconds;
    r.provider_price = bought.price;
  }

  // Incoming and internal calls cost the user nothing, and bought nothing.
  static void free_of_charge(store::NewCall& r) {
    r.provider_id.reset();
    r.provider_rate.reset();
    r.provider_billsec.reset();
    r.provider_price.reset();
    r.user_rate = Decimal{};
    r.user_billsec = r.billsec;
    r.user_price = Decimal{};
    r.prefix.reset();
  }

  // "IAX2/101-0000abcd": technology, peer name and a per-channel hex id.
  void channel(std::string& s, const DemoDevice& dev) {
    s.assign(dev.type);
    s += '/';
    s += dev.name;
    append_hex_id(s);
  }
  void trunk(std::string& s, std::string_view name = "carrier") {
    s.clear();
    s += "SIP/";
    s += name;
    append_hex_id(s);
  }
  static void dial(std::string& s, const DemoDevice& dev) {
    s.assign(dev.type);
    s += '/';
    s += dev.name;
    s += "|60|tT";
  }
  // MOR's accountcode is the id of the device the call is booked to.
  static void booked_to(store::NewCall& r, const DemoDevice& dev) {
    r.accountcode.clear();
    append_uint(r.accountcode, static_cast<std::uint64_t>(dev.id));
  }

  void append_hex_id(std::string& s) {
    char buf[9];
    buf[0] = '-';
    put_hex(buf + 1, rng_.next(), 8);
    s.append(buf, sizeof buf);
  }
  static void append_uint(std::string& s, std::uint64_t v) {
    char buf[24];
    s.append(buf, put_uint(buf, v));
  }

  const Reference& ref_;
  const std::vector<Party>& parties_;
  std::int64_t now_;
  Rng rng_;
  rating::Rater rater_;
  const TimeZone utc_ = TimeZone::utc();
  LocalTimeFormatter times_;  // stored times are UTC; no allocation per call
  store::CallBatchWriter batch_;
  const DialPlan unrated_{"88216", 13};
  const Provider carrier_{ref_.carrier_provider, ref_.carrier_tariff, "carrier"};
  const Provider wholesale_{ref_.wholesale_provider, ref_.wholesale_tariff, "wholesale"};
};

}  // namespace

void insert_calls(store::Database& db, const Reference& ref, const std::vector<DemoUser>& users,
                  std::int64_t count, std::uint64_t seed, Seconds now, const std::function<void()>& checkpoint) {
  if (count <= 0) return;
  std::vector<Party> parties = parties_of(users, now);
  if (parties.empty() || parties.front().user->login != "demo") {
    throw std::logic_error("demo: the demo user must be the first to make calls");
  }
  const std::int64_t t_now = now.time_since_epoch().count();
  const std::int64_t lo = t_now - kWindowDays * kDay;
  const std::int64_t today = parties.front().zone.start_of_day(now).time_since_epoch().count();
  const std::vector<std::uint64_t> keys = draw_starts(count, parties, lo, today - lo, seed);

  CallWriter writer(db, ref, parties, t_now, seed);
  std::int64_t seq = 0;
  for (std::uint64_t key : keys) {
    const auto offset = static_cast<std::int64_t>(key >> 32);
    const auto party = static_cast<std::size_t>(key & 0xffff'ffff);
    writer.write(++seq, lo + offset, party);
    if (checkpoint && seq % kCallsPerCheckpoint == 0 && seq < count) {
      writer.finish();
      checkpoint();
    }
  }
  writer.finish();
}

}  // namespace kolmi::demo
