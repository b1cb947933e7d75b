#!/usr/bin/env python3
"""Compares a page's JSON with its XML: the same tree (shared/spec/cli.md, "Output").

Usage: json_tree.py PAGE.xml PAGE.json [DIGITS]
Rules checked: element names are keys; repeated elements are arrays (a list of
one or none included, where the JSON says so); numbers are JSON numbers equal
to the XML's text; money is an exact decimal string that rounds (half away
from zero, DIGITS decimals, default 4) to the XML's shown amount, with an
optional NAME_currency sibling; null stands for an empty element;
<x id="N">label</x> is {"id": N, "text": label}. The only keys the XML lacks
are the documented extras (billsec, duration_seconds, answered, *_currency).
Exit 0 when equal, 1 with the first difference otherwise."""
import json
import sys
import xml.etree.ElementTree as ET
from decimal import Decimal, ROUND_HALF_UP, InvalidOperation

EXTRAS = {"billsec", "duration_seconds", "answered"}


class Mismatch(Exception):
    pass


def rounded(value, digits):
    q = Decimal(1).scaleb(-digits)
    return value.quantize(q, rounding=ROUND_HALF_UP)


def leaf(path, text, value, digits):
    text = text or ""
    if value is None:
        if text != "":
            raise Mismatch(f"{path}: null in JSON, '{text}' in XML")
        return
    if isinstance(value, bool):
        raise Mismatch(f"{path}: a JSON boolean")
    if isinstance(value, (int, Decimal)):
        if Decimal(text) != Decimal(value):
            raise Mismatch(f"{path}: {value} in JSON, '{text}' in XML")
        return
    if not isinstance(value, str):
        raise Mismatch(f"{path}: unexpected JSON value {value!r}")
    if value == text:
        return
    # Money: an exact decimal, shown rounded (maybe with its code) in the XML.
    shown = text.split(" ")[0]
    try:
        exact, xml_amount = Decimal(value), Decimal(shown)
    except InvalidOperation:
        raise Mismatch(f"{path}: '{value}' in JSON, '{text}' in XML")
    if rounded(exact, digits) != rounded(xml_amount, digits):
        raise Mismatch(f"{path}: money {value} does not round to '{text}'")


def element(path, xml, value, digits):
    children = list(xml)
    if xml.attrib:
        (attr, attr_value), = xml.attrib.items()
        if not isinstance(value, dict) or set(value) != {attr, "text"}:
            raise Mismatch(f"{path}: attribute form expected, got {value!r}")
        leaf(path + "@" + attr, attr_value, value[attr], digits)
        leaf(path, xml.text, value["text"], digits)
        return
    if not children:
        # An empty list: <calls></calls> is {"call": []}.
        if isinstance(value, dict) and value and all(v == [] for v in value.values()) and not (xml.text or "").strip():
            return
        leaf(path, xml.text, value, digits)
        return
    if not isinstance(value, dict):
        raise Mismatch(f"{path}: object expected, got {value!r}")
    by_tag = {}
    for c in children:
        by_tag.setdefault(c.tag, []).append(c)
    for key in value:
        if key not in by_tag and key not in EXTRAS and not key.endswith("_currency"):
            raise Mismatch(f"{path}/{key}: in JSON, not in XML")
    for tag, elems in by_tag.items():
        if tag not in value:
            raise Mismatch(f"{path}/{tag}: in XML, not in JSON")
        v = value[tag]
        if isinstance(v, list):
            if len(v) != len(elems):
                raise Mismatch(f"{path}/{tag}: {len(v)} in JSON, {len(elems)} in XML")
            for i, (e, item) in enumerate(zip(elems, v)):
                element(f"{path}/{tag}[{i}]", e, item, digits)
        elif len(elems) != 1:
            raise Mismatch(f"{path}/{tag}: repeated in XML, not an array in JSON")
        else:
            element(f"{path}/{tag}", elems[0], v, digits)


def main():
    xml_file, json_file = sys.argv[1], sys.argv[2]
    digits = int(sys.argv[3]) if len(sys.argv) > 3 else 4
    root = ET.parse(xml_file).getroot()
    with open(json_file, encoding="utf-8") as f:
        doc = json.load(f, parse_float=Decimal)
    try:
        if list(doc) != [root.tag]:
            raise Mismatch(f"root: {list(doc)} in JSON, {root.tag} in XML")
        element("/" + root.tag, root, doc[root.tag], digits)
    except Mismatch as e:
        print(f"{json_file}: {e}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
