// CallPipe: calls cross from the reading thread to the writing one in
// order and field for field; a reader's failure reaches the writer before
// any call still waiting; a writer that gives up stops a reader that waits.
#include <catch2/catch.hpp>

#include <atomic>
#include <stdexcept>
#include <string>
#include <thread>

#include "core/import/call_pipe.hpp"

using kolmi::Decimal;
using kolmi::import::CallPipe;
using kolmi::import::PendingCall;
using kolmi::import::PipeClosed;
using kolmi::store::NewCall;

namespace {

PendingCall sample(int i) {
  PendingCall c;
  c.cdr.src = "37060000" + std::to_string(i);
  c.cdr.dst = std::string(200, 'x') + std::to_string(i);  // about 300 bytes encoded: blocks fill
  c.cdr.channel = "SIP/101-" + std::to_string(i);
  c.cdr.billsec = i;
  c.uniqueid = "u" + std::to_string(i);
  const std::string date = "2026-11-27 10:00:0" + std::to_string(i % 10);
  std::copy(date.begin(), date.end(), c.calldate.begin());
  if (i % 3 == 0) {
    c.user_id = 7;
    c.user_price = Decimal::from_nanos(i * 1000);
    c.prefix = "370";
  } else {
    c.unrated = true;
  }
  return c;
}

}  // namespace

TEST_CASE("calls cross the pipe from one thread to another in order, field for field", "[import][pipe]") {
  CallPipe pipe;
  constexpr int kCalls = 20000;  // about 6 MB: more blocks than may wait at once
  std::thread reader([&] {
    for (int i = 0; i < kCalls; ++i) pipe.append(sample(i));
    pipe.close();
  });
  NewCall slot;
  int n = 0;
  while (pipe.next(slot)) {
    const PendingCall want = sample(n);
    REQUIRE(slot.src == want.cdr.src);
    REQUIRE(slot.dst == want.cdr.dst);
    REQUIRE(slot.localized_dst == want.cdr.dst);
    REQUIRE(slot.billsec == n);
    REQUIRE(slot.uniqueid == want.uniqueid);
    REQUIRE(slot.user_id == want.user_id);
    REQUIRE(slot.user_price == want.user_price);
    REQUIRE(slot.prefix == want.prefix);
    REQUIRE(slot.marks == (want.unrated ? kolmi::import::kUnrated : 0));
    ++n;
  }
  reader.join();
  CHECK(n == kCalls);
}

TEST_CASE("a reader's failure reaches the writer before the calls still waiting", "[import][pipe]") {
  CallPipe pipe;
  for (int i = 0; i < 10; ++i) pipe.append(sample(i));
  pipe.close(std::make_exception_ptr(std::runtime_error("line 11: bad record")));
  NewCall slot;
  CHECK_THROWS_WITH(pipe.next(slot), "line 11: bad record");
}

TEST_CASE("a writer that gives up stops a reader waiting for room", "[import][pipe]") {
  CallPipe pipe;
  std::atomic<bool> stopped{false};
  std::thread reader([&] {
    try {
      for (int i = 0;; ++i) pipe.append(sample(i));  // fills every block, then waits
    } catch (const PipeClosed&) {
      stopped = true;
    }
  });
  NewCall slot;
  REQUIRE(pipe.next(slot));  // the reader is well under way
  pipe.abandon();
  reader.join();  // would hang if the waiting reader were not woken
  CHECK(stopped);
}

TEST_CASE("an empty pipe ends at once", "[import][pipe]") {
  CallPipe pipe;
  pipe.close();
  NewCall slot;
  CHECK_FALSE(pipe.next(slot));
}
