#!/usr/bin/env python3
"""Progress of the local run, every few seconds: agents synced, calls ended in the simulator, calls
imported / without recording / failed, recordings stored, and import latency (call end -> queued for
analysis). Reads the simulator's ground truth and the producer's admin API; standard library only."""

import argparse
import json
import os
import statistics
import sys
import time
import urllib.error
import urllib.request
from datetime import datetime, timezone


def get(url, token=None):
    request = urllib.request.Request(url)
    if token:
        request.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)


def instant(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00")) if text else None


def read_token(path):
    with open(path, encoding="utf-8") as file:
        return file.read().strip().split("=", 1)[1]


def snapshot(args, token, started):
    api = f"{args.producer}/api/v1/tenants/{args.tenant}"
    truth = get(f"{args.simulator}/simulator/organizations/{args.organization}/ground-truth"
                f"?scope=group&sha256=false&from={started}")
    ended = [c for c in truth["conversations"] if c["mediaType"] == "voice"]
    agents = get(f"{api}/agents?active=true", token)
    calls = get(f"{api}/calls?size=500", token)["content"]
    failures = get(f"{api}/failures?status=OPEN&size=1", token)["page"]["totalElements"]
    by_status = {}
    for call in calls:
        by_status[call["status"]] = by_status.get(call["status"], 0) + 1
    latencies = [(instant(c["queuedAt"]) - instant(c["endedAt"])).total_seconds()
                 for c in calls if c.get("queuedAt") and c.get("endedAt")]
    recordings = [r for c in calls for r in c["recordings"] if r.get("objectKey")]
    return {
        "agents": len(agents),
        "ended": len(ended),
        "imported": by_status.get("QUEUED_FOR_ANALYSIS", 0),
        "no_recording": by_status.get("NO_RECORDING", 0),
        "archived_or_deleted": by_status.get("RECORDING_ARCHIVED", 0) + by_status.get("RECORDING_DELETED", 0),
        "pending": by_status.get("PENDING", 0),
        "failed": by_status.get("FAILED", 0) + failures,
        "objects": len(recordings),
        "megabytes": sum(r.get("bytes") or 0 for r in recordings) / 1e6,
        "latency": latencies,
    }


def line(elapsed, s):
    latency = "-"
    if s["latency"]:
        latency = f"p50 {statistics.median(s['latency']):.1f}s max {max(s['latency']):.1f}s"
    return (f"[{elapsed // 60:02d}:{elapsed % 60:02d}] agents {s['agents']} | calls ended {s['ended']} | "
            f"imported {s['imported']} (no recording {s['no_recording']}, archived/deleted "
            f"{s['archived_or_deleted']}) | in flight {s['pending']} | failed {s['failed']} | "
            f"objects {s['objects']} ({s['megabytes']:.1f} MB) | latency {latency}")


def alive(pids):
    for pid in pids:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
    return True


def main():
    parser = argparse.ArgumentParser()
    for name in ("simulator", "organization", "producer", "tenant", "token-file"):
        parser.add_argument("--" + name, required=True)
    parser.add_argument("--until-imported", type=int, default=0)
    parser.add_argument("--timeout", type=int, default=0)
    parser.add_argument("--pids", default="")
    parser.add_argument("--interval", type=float, default=5)
    args = parser.parse_args()
    token = read_token(args.token_file)
    pids = [int(p) for p in args.pids.split()]
    began = time.monotonic()
    started = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    while True:
        elapsed = int(time.monotonic() - began)
        try:
            s = snapshot(args, token, started)
            print(line(elapsed, s), flush=True)
            if args.until_imported and s["imported"] >= args.until_imported:
                print(f"{s['imported']} calls imported after {elapsed} s", flush=True)
                return 0
        except (urllib.error.URLError, OSError, KeyError, ValueError) as error:
            print(f"[{elapsed // 60:02d}:{elapsed % 60:02d}] waiting for the services ({error})", flush=True)
        if pids and not alive(pids):
            print("a service stopped; see its log in .run-local/", file=sys.stderr)
            return 1
        if args.timeout and elapsed > args.timeout:
            print(f"timed out after {args.timeout} s", file=sys.stderr)
            return 1
        time.sleep(args.interval)


if __name__ == "__main__":
    sys.exit(main())
