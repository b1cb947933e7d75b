#pragma once
// Two tariffs over United Kingdom and Lithuania, for the tariff views: group
// rates, destination rates, a time-of-day detail, a connection fee ('event')
// and a rate without details.
//   groups: 1 United Kingdom FIX, 2 United Kingdom MOB, 3 Lithuania FIX
//   destinations: 44 (1), 4420 (1), 4421 (1), 447 (2), 4479 (2), 370 (3)
//   tariff 1 'Retail' (EUR):
//     100 group 1: fee 0.01, 0.02/min work days 08-18, 0.015/min otherwise
//     101 group 2: 0.1/min
//     102 destination 4420, min_time 60: 0.03/min, increment 60
//     103 group 3: no details
//     104 destination 4479: 0.2/min
//   tariff 2 'Wholesale' (USD): 200 group 1
#include "tests/support/test_database.hpp"

namespace kolmi::test {

inline void add_tariff_rates(store::Database& db) {
  db.exec(R"SQL(
    INSERT INTO tariffs (id, name, purpose, currency) VALUES (1, 'Retail', 'user', 'EUR'),
      (2, 'Wholesale', 'provider', 'USD');
    INSERT INTO destinationgroups (id, name, desttype) VALUES (1, 'United Kingdom', 'FIX'),
      (2, 'United Kingdom', 'MOB'), (3, 'Lithuania', 'FIX');
    INSERT INTO destinations (id, prefix, name, destinationgroup_id) VALUES (10, '44', 'UK', 1),
      (11, '4420', 'UK London', 1), (15, '4421', 'UK Birmingham', 1), (12, '447', 'UK Mobile', 2),
      (13, '4479', 'UK Mobile Premium', 2), (14, '370', 'Lithuania', 3);
    INSERT INTO rates (id, tariff_id, destination_id, destinationgroup_id, min_time) VALUES
      (100, 1, NULL, 1, 0), (101, 1, NULL, 2, 0), (102, 1, 11, NULL, 60), (103, 1, NULL, 3, 0),
      (104, 1, 13, NULL, 0), (200, 2, NULL, 1, 0);
    INSERT INTO aratedetails (id, rate_id, "from", duration, artype, round, price, start_time, end_time, daytype)
      VALUES (1000, 100, 1, 0, 'event', 1, 10000000, '00:00:00', '23:59:59', ''),
             (1001, 100, 1, -1, 'minute', 1, 20000000, '08:00:00', '17:59:59', 'WD'),
             (1002, 100, 1, -1, 'minute', 1, 15000000, '00:00:00', '23:59:59', ''),
             (1010, 101, 1, -1, 'minute', 1, 100000000, '00:00:00', '23:59:59', ''),
             (1020, 102, 1, -1, 'minute', 60, 30000000, '00:00:00', '23:59:59', ''),
             (1040, 104, 1, -1, 'minute', 1, 200000000, '00:00:00', '23:59:59', ''),
             (2000, 200, 1, -1, 'minute', 1, 5000000, '00:00:00', '23:59:59', '');
  )SQL");
}

}  // namespace kolmi::test
