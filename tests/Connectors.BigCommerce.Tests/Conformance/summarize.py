#!/usr/bin/env python3
"""Prints the failed tests of a .trx file with the first lines of each message (a helper for reading runs)."""
import sys
import xml.etree.ElementTree as ET

ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
root = ET.parse(sys.argv[1]).getroot()
failed = 0
for r in root.iterfind(".//t:UnitTestResult", ns):
    if r.get("outcome") != "Failed":
        continue
    failed += 1
    msg = r.find(".//t:Message", ns)
    text = (msg.text or "") if msg is not None else ""
    name = r.get("testName").replace("Connectors.BigCommerce.Tests.", "")
    print(name)
    for line in text.splitlines()[:int(sys.argv[2]) if len(sys.argv) > 2 else 6]:
        print("    " + line[:300])
print(f"{failed} failed")
