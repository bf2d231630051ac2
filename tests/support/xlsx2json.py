#!/usr/bin/env python3
"""Reads an .xlsx back for the tests: prints {"sheets": {name: [[cell, ...], ...]}} as JSON.
Standard library only (zipfile + ElementTree): what the municipality's Excel would see."""
import json
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}


def column(ref):
    letters = re.match(r"[A-Z]+", ref).group(0)
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - ord("A") + 1
    return n - 1


def main(path):
    z = zipfile.ZipFile(path)
    shared = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS):
            shared.append("".join(t.text or "" for t in si.iter("{%s}t" % NS["m"])))
    rels = {r.get("Id"): r.get("Target") for r in ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))}
    sheets = {}
    for sheet in ET.fromstring(z.read("xl/workbook.xml")).find("m:sheets", NS):
        target = rels[sheet.get("{%s}id" % NS["r"])]
        rows = []
        for row in ET.fromstring(z.read("xl/" + target)).iter("{%s}row" % NS["m"]):
            cells = []
            for c in row.findall("m:c", NS):
                i = column(c.get("r"))
                while len(cells) < i:
                    cells.append(None)
                v = c.find("m:v", NS)
                if c.get("t") == "s":
                    cells.append(shared[int(v.text)])
                elif c.get("t") == "inlineStr":
                    cells.append("".join(t.text or "" for t in c.iter("{%s}t" % NS["m"])))
                else:
                    cells.append(float(v.text) if v is not None else None)
            rows.append(cells)
        sheets[sheet.get("name")] = rows
    json.dump({"sheets": sheets}, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1])
