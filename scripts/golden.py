#!/usr/bin/env python3
"""Golden answers of a running SearchService, and a comparison of two sets of them.

    golden.py capture --base http://127.0.0.1:5071 --requests scripts/golden/seeds.txt --out OUT.jsonl
    golden.py compare A.jsonl B.jsonl

capture GETs every request of a request file and writes one JSON line per request with what a search engine
decides (status, total, hit ids in order, facets, didYouMean, whether there is a next page, and for errors the
problem's title and detail), leaving out what is free to change between engines (tookMs, scores, snippets).
compare reads two captures of the same request file and reports, per request, whether status, total, facets,
hit sets and top-10 order agree, then a summary table and every disagreement. It always exits 0: it is a report.

Request files (docs/golden.md): one relative URL per line; blank lines and lines starting with '#' are skipped,
and '# section: NAME' names the requests that follow. Lines are kept readable: parameter values are written
unencoded (spaces, quotes, accents, '+' as a literal plus) and encoded here; write '%26' for a literal '&' in a
value, '%25' for '%', '%23' for '#'. 'cursor=@prev' is replaced by the nextCursor of the previous request.

Python 3 standard library only.
"""
import argparse
import json
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

# ---------------------------------------------------------------------------------------------- request files


def read_requests(path):
    """[(section, request line)] in file order."""
    out, section = [], ""
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\r\n")
            stripped = line.strip()
            if not stripped:
                continue
            if stripped.startswith("#"):
                head = stripped.lstrip("#").strip()
                if head.lower().startswith("section:"):
                    section = head.split(":", 1)[1].strip()
                continue
            out.append((section, stripped))
    return out


def encode(request, prev_cursor):
    """The request line as a URL: each value percent-encoded ('+' stays a plus, '%XX' is decoded first)."""
    path, _, query = request.partition("?")
    path = urllib.parse.quote(urllib.parse.unquote(path), safe="/")
    if not query:
        return path
    parts = []
    for item in query.split("&"):
        key, eq, value = item.partition("=")
        if value == "@prev":
            if prev_cursor is None:
                continue                      # no next page before: ask without a cursor (and record that)
            value = prev_cursor
        else:
            value = urllib.parse.unquote(value)
        parts.append(urllib.parse.quote(urllib.parse.unquote(key), safe="") + eq + urllib.parse.quote(value, safe=""))
    return path + "?" + "&".join(parts)


# ---------------------------------------------------------------------------------------------- capture


def fetch(url, timeout):
    req = urllib.request.Request(url, headers={"Accept": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def record(n, section, request, status, body, used_prev):
    """What an engine decides for one request; everything else (timings, scores, snippets) is left out."""
    endpoint = request.split("?", 1)[0].rstrip("/").split("/")
    kind = "search" if endpoint[-1] == "search" else "facets" if "facets" in endpoint else \
        "suggest" if endpoint[-1] == "suggest" else "other"
    rec = {"n": n, "section": section, "request": request, "endpoint": kind, "status": status,
           "total": None, "hitIds": [], "facets": None, "didYouMean": None, "nextCursor": False}
    if used_prev is not None:
        rec["cursorFromPrevious"] = used_prev
    try:
        data = json.loads(body.decode("utf-8")) if body else None
    except (UnicodeDecodeError, json.JSONDecodeError):
        data = None
        rec["body"] = body[:300].decode("utf-8", "replace")
    if status != 200:
        if isinstance(data, dict):
            rec["error"] = {"title": data.get("title"), "detail": data.get("detail")}
            if "errors" in data:
                rec["error"]["errors"] = sorted(data["errors"])      # which parameters, not the wording twice
            if "position" in data:
                rec["error"]["position"] = data["position"]
        return rec
    if not isinstance(data, dict):
        return rec
    if kind == "search":
        rec["total"] = data.get("total")
        rec["hitIds"] = [h.get("id") for h in data.get("hits") or []]
        rec["facets"] = data.get("facets")
        rec["didYouMean"] = data.get("didYouMean")
        rec["nextCursor"] = bool(data.get("nextCursor"))
    elif kind == "facets":
        values = data.get("values") or []
        rec["total"] = len(values)
        rec["facets"] = {data.get("dimension") or endpoint[-1]: values}
    elif kind == "suggest":
        sugg = data.get("suggestions") or []
        rec["total"] = len(sugg)
        rec["hitIds"] = [f"{s.get('kind')}:{s.get('text')}" for s in sugg]
    else:
        rec["hitIds"] = [data["id"]] if "id" in data else []
    return rec


def cmd_capture(a):
    requests = read_requests(a.requests)
    base = a.base.rstrip("/")
    statuses, next_cursor = {}, None
    t0 = time.monotonic()
    with open(a.out, "w", encoding="utf-8") as out:
        for n, (section, request) in enumerate(requests, 1):
            used_prev = None
            if "cursor=@prev" in request:
                used_prev = next_cursor is not None
            url = base + encode(request, next_cursor)
            try:
                status, body = fetch(url, a.timeout)
            except (urllib.error.URLError, OSError) as e:
                print(f"golden: {request}: {e}", file=sys.stderr)
                status, body = 0, b""
            rec = record(n, section, request, status, body, used_prev)
            next_cursor = None
            if status == 200 and rec["endpoint"] == "search" and body:
                next_cursor = json.loads(body.decode("utf-8")).get("nextCursor")
            statuses[status] = statuses.get(status, 0) + 1
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    summary = ", ".join(f"{k}: {v}" for k, v in sorted(statuses.items()))
    print(f"golden: {len(requests)} requests from {a.requests} -> {a.out} in {time.monotonic() - t0:.1f} s "
          f"(status {summary})", file=sys.stderr)
    return 1 if statuses.get(0) else 0


# ---------------------------------------------------------------------------------------------- compare


def load(path):
    """{(request, occurrence): record}, in file order."""
    out, seen = {}, {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                k = seen[r["request"]] = seen.get(r["request"], 0) + 1
                out[(r["request"], k)] = r
    return out


def pairs(values):
    return [(v.get("value"), v.get("count")) for v in values or []]


def facet_diff(fa, fb):
    """Per dimension: None if the ordered lists agree, else a short reason, most serious first."""
    fa, fb = fa or {}, fb or {}
    out = {}
    for dim in sorted(set(fa) | set(fb)):
        if dim not in fa or dim not in fb:
            out[dim] = "only in " + ("A" if dim in fa else "B")
            continue
        la, lb = pairs(fa[dim]), pairs(fb[dim])
        if la == lb:
            continue
        sa, sb = set(la), set(lb)
        va, vb = {v for v, _ in la}, {v for v, _ in lb}
        if sa == sb:
            out[dim] = "order"                                # same values and counts, ordered otherwise (ties)
        elif va == vb:
            ca, cb = dict(la), dict(lb)
            diff = [f"{v} {ca[v]}≠{cb[v]}" for v, _ in la if ca[v] != cb[v]]
            out[dim] = "counts: " + "; ".join(diff[:4]) + (" …" if len(diff) > 4 else "")
        else:
            # Values missing on one side whose count ties with the last kept value: the cut fell inside a tie.
            ca, cb = dict(la), dict(lb)
            common = {v: ca[v] for v in va & vb}
            if all(ca[v] == cb[v] for v in common) and len(la) == len(lb) and la and lb \
                    and all(c == la[-1][1] for v, c in la if v not in vb) \
                    and all(c == lb[-1][1] for v, c in lb if v not in va) and la[-1][1] == lb[-1][1]:
                out[dim] = "tie at cut"
            else:
                only_a = [f"{v} {c}" for v, c in la if v not in vb]
                only_b = [f"{v} {c}" for v, c in lb if v not in va]
                counts = [f"{v} {ca[v]}≠{cb[v]}" for v in common if ca[v] != cb[v]]
                parts = []
                if only_a:
                    parts.append("-" + ", -".join(only_a[:3]) + (" …" if len(only_a) > 3 else ""))
                if only_b:
                    parts.append("+" + ", +".join(only_b[:3]) + (" …" if len(only_b) > 3 else ""))
                if counts:
                    parts.append("; ".join(counts[:3]))
                out[dim] = "values: " + "; ".join(parts)
    return out


def overlap10(a, b):
    a, b = a[:10], b[:10]
    if not a and not b:
        return 1.0
    return len(set(a) & set(b)) / max(len(a), len(b))


def clip(request, limit=160):
    return request if len(request) <= limit else f"{request[:limit]}…({len(request)} chars)"


def short(ids, limit=4):
    ids = list(ids)
    return ",".join(ids[:limit]) + (f",…(+{len(ids) - limit})" if len(ids) > limit else "")


ASPECTS = ["status", "error", "total", "facets", "facet sets", "facet values", "hit set", "top-10 order",
           "didYouMean", "next page"]


def compare_one(a, b):
    """{aspect: True/False/None (not applicable)}, overlap or None, [reasons]."""
    res = dict.fromkeys(ASPECTS)
    why = []
    res["status"] = a["status"] == b["status"]
    if not res["status"]:
        why.append(f"status {a['status']}≠{b['status']}")
    if a["status"] != 200 or b["status"] != 200:
        if not res["status"]:
            return res, None, why
        ea, eb = a.get("error") or {}, b.get("error") or {}
        res["error"] = ea == eb
        if not res["error"]:
            for k in sorted(set(ea) | set(eb)):
                if ea.get(k) != eb.get(k):
                    why.append(f"error.{k} {json.dumps(ea.get(k), ensure_ascii=False)}≠{json.dumps(eb.get(k), ensure_ascii=False)}")
        return res, None, why
    res["total"] = a["total"] == b["total"]
    if not res["total"]:
        why.append(f"total {a['total']}≠{b['total']}")
    if a["facets"] is not None or b["facets"] is not None:
        fd = facet_diff(a["facets"], b["facets"])
        res["facets"] = not fd
        res["facet sets"] = all(r in ("order",) for r in fd.values())
        res["facet values"] = all(r == "order" or r.startswith("counts") for r in fd.values())
        for dim, r in fd.items():
            why.append(f"facet {dim}: {r}")
    ov = None
    if a["endpoint"] in ("search", "suggest", "other"):
        ia, ib = a["hitIds"], b["hitIds"]
        res["hit set"] = set(ia) == set(ib)
        res["top-10 order"] = ia[:10] == ib[:10]
        ov = overlap10(ia, ib)
        if not res["hit set"]:
            why.append(f"hits -[{short(x for x in ia if x not in set(ib))}] +[{short(x for x in ib if x not in set(ia))}]")
        elif not res["top-10 order"]:
            why.append(f"top-10 order A[{short(ia[:10], 10)}] B[{short(ib[:10], 10)}]")
    if a["endpoint"] == "search":
        res["didYouMean"] = a["didYouMean"] == b["didYouMean"]
        if not res["didYouMean"]:
            why.append(f"didYouMean {a['didYouMean']!r}≠{b['didYouMean']!r}")
        res["next page"] = a["nextCursor"] == b["nextCursor"]
        if not res["next page"]:
            why.append(f"next page {a['nextCursor']}≠{b['nextCursor']}")
    return res, ov, why


def table(rows, header):
    widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
    fmt = "  ".join(("{:<%d}" if i == 0 else "{:>%d}") % w for i, w in enumerate(widths))
    lines = [fmt.format(*header), fmt.format(*("-" * w for w in widths))]
    lines += [fmt.format(*r) for r in rows]
    return "\n".join(lines)


def cmd_compare(a):
    A, B = load(a.a), load(a.b)
    keys = [k for k in A if k in B]
    only_a = [k for k in A if k not in B]
    only_b = [k for k in B if k not in A]
    counts = {asp: [0, 0] for asp in ASPECTS}
    overlaps, disagreements, by_section = [], [], {}
    for k in keys:
        ra, rb = A[k], B[k]
        res, ov, why = compare_one(ra, rb)
        sec = by_section.setdefault(ra.get("section") or "-", {"n": 0, "all": 0, "ov": []})
        sec["n"] += 1
        for asp, ok in res.items():
            if ok is not None:
                counts[asp][0 if ok else 1] += 1
        if ov is not None:
            overlaps.append(ov)
            sec["ov"].append(ov)
        if not why:
            sec["all"] += 1
        else:
            disagreements.append((ra["n"], ra.get("section") or "-", k[0], why))

    print(f"A: {a.a} ({len(A)} requests)\nB: {a.b} ({len(B)} requests)")
    print(f"compared: {len(keys)}; only in A: {len(only_a)}; only in B: {len(only_b)}\n")
    rows = []
    for asp in ASPECTS:
        agree, differ = counts[asp]
        n = agree + differ
        rows.append((asp, n, agree, differ, f"{agree / n:.3f}" if n else "-"))
    print(table(rows, ("aspect", "compared", "agree", "differ", "share")))
    mean = sum(overlaps) / len(overlaps) if overlaps else float("nan")
    print(f"\ntop-10 overlap mean: {mean:.3f} over {len(overlaps)} requests with hit lists "
          f"(|A∩B| / max(|A|,|B|) of the first 10 ids; 1 when both are empty)")
    print(f"requests agreeing on everything: {len(keys) - len(disagreements)} of {len(keys)}\n")
    rows = [(s, v["n"], v["all"], f"{sum(v['ov']) / len(v['ov']):.3f}" if v["ov"] else "-")
            for s, v in by_section.items()]
    print(table(rows, ("section", "requests", "all agree", "top-10 overlap")))
    print("\n(aspects: facets = every dimension's ordered list equal; facet sets = same values with the same counts, "
          "in any order;\n facet values = same values, counts may differ; error = title, detail, parameter names and "
          "position of a non-200 answer)")
    if only_a or only_b:
        print("\nnot in both captures:")
        for k in only_a:
            print(f"  only A: {clip(k[0])}")
        for k in only_b:
            print(f"  only B: {clip(k[0])}")
    print(f"\ndisagreements ({len(disagreements)}):" if disagreements else "\ndisagreements: none")
    for n, sec, req, why in disagreements:
        print(f"  #{n} [{sec}] {clip(req)}")
        for w in why:
            print(f"      {w}")
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__.split("\n\n", 1)[1])
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("capture", help="GET every request of a request file, write one JSON line each")
    c.add_argument("--base", required=True, help="e.g. http://127.0.0.1:5071")
    c.add_argument("--requests", required=True, help="request file (scripts/golden/*.txt)")
    c.add_argument("--out", required=True, help="output JSON Lines")
    c.add_argument("--timeout", type=float, default=60.0, help="seconds per request (default 60)")
    m = sub.add_parser("compare", help="compare two captures of the same request file (always exits 0)")
    m.add_argument("a")
    m.add_argument("b")
    a = ap.parse_args()
    if a.cmd == "capture":
        return cmd_capture(a)
    try:
        return cmd_compare(a)
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
