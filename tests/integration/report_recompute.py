#!/usr/bin/env python3
"""Recomputes `kolmi admin report` from the database on its own (issue 15:
"a report whose every cell is checked against a Python/SQL recomputation
on the demo database") and compares the whole TSV, every cell and the
order of the lines.

Independent of kolmi's method: every call is read one by one, its local
day and hour come from Python's zoneinfo (kolmi groups in SQL by UTC
buckets and offset stretches), and the figures are made with Python
integers from the definitions in the man page.

Usage: report_recompute.py DB EXPECTED_OUT BY FROM TILL ZONE [--user U]
[--provider P] [--dst PATTERN] [--currency C]
FROM and TILL are local 'YYYY-MM-DD' days; TILL is included.
Writes the TSV kolmi should print to EXPECTED_OUT.
"""
import argparse
import datetime as dt
import sqlite3
import sys
from zoneinfo import ZoneInfo

ORDER = ["user", "device", "provider", "destination", "group", "day", "hour"]
COLUMNS = {"user": ["user"], "device": ["device", "device_name"], "provider": ["provider"],
           "destination": ["prefix", "destination"], "group": ["group_id", "group"], "day": ["day"],
           "hour": ["hour"]}
FIGURES = ["calls", "answered", "asr_percent", "acd_seconds", "billsec", "billed_minutes", "revenue", "cost",
           "profit", "margin_percent"]


def round_div(a, b):
    """a / b rounded half away from zero (b > 0)."""
    q, r = divmod(abs(a), b)
    if 2 * r >= b:
        q += 1
    return q if a >= 0 else -q


def fixed2(hundredths):
    sign = "-" if hundredths < 0 else ""
    h = abs(hundredths)
    return f"{sign}{h // 100}.{h % 100:02d}"


def money_text(units, digits):
    """An amount in units of 10^-digits as Decimal::to_string prints it."""
    if units == 0:
        return "0"
    sign = "-" if units < 0 else ""
    u = abs(units)
    whole, frac = divmod(u, 10 ** digits)
    text = f"{sign}{whole}"
    if frac:
        text += "." + f"{frac:0{digits}d}".rstrip("0")
    return text


def main():
    p = argparse.ArgumentParser()
    p.add_argument("db")
    p.add_argument("out")
    p.add_argument("by")
    p.add_argument("first_day")
    p.add_argument("last_day")
    p.add_argument("zone")
    p.add_argument("--user")
    p.add_argument("--provider")
    p.add_argument("--dst")
    p.add_argument("--currency")
    a = p.parse_args()
    dims = [d for d in ORDER if d in a.by.split(",")]
    zone = ZoneInfo(a.zone)
    utc = dt.timezone.utc

    def utc_text(local_day):
        d = dt.datetime.combine(local_day, dt.time(0, 0), tzinfo=zone).astimezone(utc)
        return d.strftime("%Y-%m-%d %H:%M:%S")

    first = dt.date.fromisoformat(a.first_day)
    last = dt.date.fromisoformat(a.last_day)
    lo, hi = utc_text(first), utc_text(last + dt.timedelta(days=1))

    db = sqlite3.connect(a.db)
    conf = dict(db.execute("SELECT name, value FROM conflines WHERE owner_id = 0 OR owner_id IS NULL"))
    digits = int(conf.get("Nice_Number_Digits", "4"))
    default = conf.get("Default_Currency", "USD")
    rates = dict(db.execute("SELECT name, exchange_rate FROM currencies"))
    currency = a.currency or default
    to_rate, from_rate = (1, 1) if currency == default else (rates[currency], rates.get(default, 10 ** 9) or 10 ** 9)

    users = dict(db.execute("SELECT id, username FROM users"))
    devices = {i: f"{t}/{n}" for i, t, n in db.execute("SELECT id, device_type, name FROM devices")}
    providers = dict(db.execute("SELECT id, name FROM providers"))
    dests = {p: (n, g) for p, n, g in db.execute("SELECT prefix, name, destinationgroup_id FROM destinations")}
    groups = dict(db.execute("SELECT id, name FROM destinationgroups"))
    user_id = None
    if a.user:
        user_id = next(i for i, n in users.items() if n == a.user or str(i) == a.user)
    provider_id = None
    if a.provider:
        provider_id = next(i for i, n in providers.items() if n == a.provider or str(i) == a.provider)

    def dst_matches(dst):
        if not a.dst:
            return True
        pattern = a.dst if "*" in a.dst else a.dst + "*"
        import fnmatch
        return fnmatch.fnmatchcase(dst, pattern)

    sums = {}
    total = [0, 0, 0, 0, 0, 0]
    for (calldate, uid, dev, prov, prefix, disp, billsec, ubill, price, cost, dst) in db.execute(
            "SELECT calldate, user_id, src_device_id, provider_id, prefix, disposition, billsec, user_billsec, "
            "user_price, provider_price, dst FROM calls WHERE user_id IS NOT NULL"):
        if not (lo <= calldate < hi):
            continue
        if user_id is not None and uid != user_id:
            continue
        if provider_id is not None and prov != provider_id:
            continue
        if not dst_matches(dst):
            continue
        local = dt.datetime.strptime(calldate, "%Y-%m-%d %H:%M:%S").replace(tzinfo=utc).astimezone(zone)
        keys, sort = [], []
        for d in dims:
            if d == "user":
                keys += [users.get(uid, "")]
                sort += [keys[-1]]
            elif d == "device":
                keys += [str(dev) if dev is not None else "", devices.get(dev, "") if dev is not None else ""]
                sort += [f"{dev:020d}" if dev is not None else ""]
            elif d == "provider":
                keys += [providers.get(prov, "") if prov is not None else ""]
                sort += [keys[-1] + "\0" + (f"{prov:020d}" if prov is not None else "")]
            elif d == "destination":
                keys += [prefix or "", dests.get(prefix, ("", None))[0] if prefix else ""]
                sort += [prefix or ""]
            elif d == "group":
                gid = dests.get(prefix, ("", None))[1] if prefix else None
                keys += [str(gid) if gid is not None else "", groups.get(gid, "") if gid is not None else ""]
                sort += [keys[-1] + "\0" + (f"{gid:020d}" if gid is not None else "")]
            elif d == "day":
                keys += [local.strftime("%Y-%m-%d")]
                sort += [keys[-1]]
            elif d == "hour":
                keys += [local.strftime("%H")]
                sort += [keys[-1]]
        row = [1, 1 if disp == "ANSWERED" else 0, billsec, ubill or 0, price or 0, cost or 0]
        entry = sums.setdefault(tuple(sort), [keys, [0] * 6])
        for i in range(6):
            entry[1][i] += row[i]
            total[i] += row[i]

    def percent(part, whole):
        if whole == 0:
            return ""
        if whole < 0:
            part, whole = -part, -whole
        return fixed2(round_div(part * 10000, whole))

    def figures(s):
        calls, answered, billsec, billed, revenue, cost = s
        unit = 10 ** (9 - digits)

        def conv(n):
            return money_text(round_div(n * to_rate, from_rate * unit), digits)

        return [str(calls), str(answered), percent(answered, calls),
                str(round_div(billsec, answered)) if answered else "",
                str(billsec), fixed2(round_div(billed * 100, 60)),
                conv(revenue), conv(cost), conv(revenue - cost), percent(revenue - cost, revenue)]

    key_columns = [c for d in dims for c in COLUMNS[d]]
    lines = ["\t".join(key_columns + FIGURES)]
    for sort in sorted(sums):
        keys, s = sums[sort]
        lines.append("\t".join(keys + figures(s)))
    total_keys = ["Total"] + [""] * (len(key_columns) - 1)
    lines.append("\t".join(total_keys + figures(total)))
    with open(a.out, "w") as f:
        f.write("\n".join(lines) + "\n")
    print(f"recomputed {len(sums)} groups of {total[0]} calls ({a.by}, {a.zone}, {currency})")


if __name__ == "__main__":
    sys.exit(main())
