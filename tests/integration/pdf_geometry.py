#!/usr/bin/env python3
"""Checks the geometry of a kolmi PDF from `pdftotext -bbox` output.

Usage: pdf_geometry.py BBOX.html DECIMAL_MARK [--first-page]

- No word overlaps the next one on its line, and none leaves the page's
  content area (36 pt margins on A4).
- Every money word of a table (8 pt, right of x = 400) has its decimal mark
  at one x per column, within 0.5 pt. The list's pages from page 2 on are
  measured; --first-page measures page 1 too (an invoice's lines start
  under its summary there).
Exits 1 naming the first problems.
"""
import re
import sys

html = open(sys.argv[1], encoding='utf-8').read()
mark = sys.argv[2]
first_page = '--first-page' in sys.argv[3:]
pages = re.findall(r'<page[^>]*>(.*?)</page>', html, re.S)
money = re.compile(r'^-?\d+' + re.escape(mark) + r'(\d+)$')
# DejaVu Sans: digits are 0.636 em, "." and "," 0.318 em; the table is 8 pt
# (a word 9.31 pt tall; the summary's 8.5 pt amounts are not measured).
marks, problems = [], []
for n, page in enumerate(pages, 1):
    words = [(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', page)]
    lines = {}
    for w in words:
        lines.setdefault(round(w[3]), []).append(w)
        if w[0] < 35.5 or w[2] > 559.8:
            problems.append(('outside the content area', n, w))
    for line in lines.values():
        line.sort()
        for a, b in zip(line, line[1:]):
            if a[2] > b[0] + 0.05:
                problems.append(('overlap', n, a[4], b[4]))
    if n == 1 and not first_page:
        continue
    for w in words:
        m = money.match(w[4])
        if m and w[0] > 400 and abs((w[3] - w[1]) - 9.31) < 0.3:
            marks.append(w[2] - len(m.group(1)) * 0.636 * 8 - 0.318 * 8)
if not marks:
    problems.append('no money found')
# One group of marks per money column (columns are far more than 20 pt apart).
marks.sort()
groups = [[marks[0]]] if marks else []
for x in marks[1:]:
    if x - groups[-1][-1] > 20:
        groups.append([x])
    else:
        groups[-1].append(x)
for g in groups:
    if g[-1] - g[0] > 0.5:
        problems.append(('decimal marks spread', g[0], g[-1]))
print(len(marks), 'money cells in', len(groups), 'columns;', problems[:5] or 'ok')
sys.exit(1 if problems else 0)
