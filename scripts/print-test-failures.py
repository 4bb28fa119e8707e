#!/usr/bin/env python3
"""Prints the failing tests of the last build with the head of each stack trace.

CI shows only the tail of a long build log; this puts the causes of a red build there.
"""
import glob
import xml.etree.ElementTree as ET

LINES_PER_FAILURE = 40

for report in sorted(glob.glob("*/target/*-reports/TEST-*.xml")):
    try:
        suite = ET.parse(report).getroot()
    except ET.ParseError as error:
        print(f"{report}: unreadable ({error})")
        continue
    for case in suite.iter("testcase"):
        for problem in list(case.findall("failure")) + list(case.findall("error")):
            print(f"\n--- {case.get('classname')}.{case.get('name')} ({problem.tag})")
            trace = (problem.text or problem.get("message") or "").strip().splitlines()
            print("\n".join(trace[:LINES_PER_FAILURE]))
            if len(trace) > LINES_PER_FAILURE:
                print(f"    ... {len(trace) - LINES_PER_FAILURE} more lines in {report}")
