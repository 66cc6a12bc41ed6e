#!/usr/bin/env python3
"""Tables of one measuring window (scripts/perf-window.sh OUT_DIR): build time, size, peak RSS, and per level the
single-threaded p50/p95/p99 over all queries and qps at 1 and 2 threads, for each engine and round, with the targets
of issue 11 checked. Standard library only."""
import re, sys, pathlib, statistics

out = pathlib.Path(sys.argv[1])
ENGINES = [("java", "Java Lucene 8.8"), ("lnet", "Lucene.Net 4.8 (doc values per search)"),
           ("lnet-cached", "Lucene.Net 4.8 (cached ordinals)"), ("postings", "engine-postings"), ("ours", "this engine (Lucene.Net)")]
LEVEL = {"para": "paragraphs", "paragraphs": "paragraphs", "doc": "documents", "documents": "documents"}

def text(name):
    p = out / f"{name}.log"
    return p.read_text(errors="replace") if p.exists() else ""

def seconds(t):
    m = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)", t)
    if not m: return None
    parts = [float(x) for x in m.group(1).split(":")]
    return sum(v * 60 ** i for i, v in enumerate(reversed(parts)))

def rss(t):
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", t)
    return int(m.group(1)) / 1024 if m else None

def build(engine):
    t = text(f"{engine}-build")
    if not t: return None
    wall = seconds(t)
    index = merge = None
    if engine in ("java", "lnet"):
        m = re.search(r"INDEX time=([\d.]+)s", t); index = float(m.group(1)) if m else None
        m = re.search(r"forceMerge\(1\) time=([\d.]+)s", t); merge = float(m.group(1)) if m else None
    else:
        m = re.search(r"elapsed \(read[^)]*\)\s+([\d.]+) s", t); index = float(m.group(1)) if m else None
        m = re.search(r"merge \+ commit \+ publish\s+([\d.]+) s · ([\d.]+) s", t)
        if m: index, merge = float(m.group(1)), float(m.group(2))
    return dict(wall=wall, index=index, merge=merge, rss=rss(t), load=re.search(r"# load before: (\S+ \S+ \S+)", t).group(1))

def query(engine, r):
    t = text(f"{engine}-query-r{r}")
    levels = {}
    current = None
    for line in t.splitlines():
        m = re.match(r"QUERY level=(\w+) threads=(\d) executions=\d+ wall=[\d.]+s qps=([\d.]+)", line)
        if m:
            current = LEVEL[m.group(1)]
            levels.setdefault(current, {})[f"qps{m.group(2)}"] = float(m.group(3))
            continue
        m = re.match(r"\s+ALL\s+\d+\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)", line)
        if m and current and "p50" not in levels[current]:
            levels[current].update(p50=float(m.group(1)), p95=float(m.group(2)), p99=float(m.group(3)))
    levels["load"] = (re.search(r"# load before: (\S+ \S+ \S+)", t) or [None, "?"])[1] if t else "?"
    return levels

rounds = sorted({int(p.stem.rsplit("-r", 1)[1]) for p in out.glob("*-query-r*.log")})
sizes = {}
if (out / "sizes.txt").exists():
    for line in (out / "sizes.txt").read_text().splitlines():
        mb, path = line.split()
        sizes[pathlib.Path(path).name.replace("-idx", "")] = int(mb)

print("## Build\n")
print("| engine | index (s) | merge (s) | total wall (s) | size (MB) | peak RSS (MiB) | load before |")
print("|---|---|---|---|---|---|---|")
builds = {}
for key, name in ENGINES:
    b = build(key)
    if b is None: continue
    builds[key] = b
    f = lambda v, d=1: "" if v is None else f"{v:,.{d}f}"
    print(f"| {name} | {f(b['index'])} | {f(b['merge'])} | {f(b['wall'])} | {sizes.get(key, '')} | {f(b['rss'], 0)} | {b['load']} |")

results = {}
for r in rounds:
    print(f"\n## Queries, round {r}\n")
    print("| engine | level | p50 | p95 | p99 | qps 1 thread | qps 2 threads | 2 ÷ 1 | load before |")
    print("|---|---|---|---|---|---|---|---|---|")
    for key, name in ENGINES:
        q = query(key, r)
        for level in ("paragraphs", "documents"):
            v = q.get(level)
            if not v: continue
            results.setdefault((key, level), []).append(v)
            ratio = v.get("qps2", 0) / v["qps1"] if v.get("qps1") else 0
            print(f"| {name} | {level} | {v.get('p50', 0):.2f} | {v.get('p95', 0):.2f} | {v.get('p99', 0):.2f} | {v.get('qps1', 0):.1f} | {v.get('qps2', 0):.1f} | {ratio:.2f} | {q['load']} |")

def mean(key, level, field):
    vals = [v[field] for v in results.get((key, level), []) if field in v]
    return statistics.mean(vals) if vals else None

print("\n## Targets (means over rounds)\n")
print("| target | level | ours | bound | met |")
print("|---|---|---|---|---|")
def check(label, level, ours, bound):
    if ours is None or bound is None: return
    print(f"| {label} | {level} | {ours:.2f} | {bound:.2f} | {'yes' if ours <= bound else 'no'} |")
for level in ("paragraphs", "documents"):
    o = lambda f: mean("ours", level, f)
    j = lambda f: mean("java", level, f)
    p = lambda f: mean("postings", level, f)
    check("p50 ≤ 0.8 × Java", level, o("p50"), j("p50") and 0.8 * j("p50"))
    check("p50 ≤ 1.3 × engine-postings", level, o("p50"), p("p50") and 1.3 * p("p50"))
    check("p99 ≤ Java", level, o("p99"), j("p99"))
    check("p99 ≤ 1.5 × engine-postings", level, o("p99"), p("p99") and 1.5 * p("p99"))
    if o("qps1") and o("qps2"):
        print(f"| qps 2 threads ≥ 1.7 × 1 thread | {level} | {o('qps2'):.1f} | {1.7 * o('qps1'):.1f} | {'yes' if o('qps2') >= 1.7 * o('qps1') else 'no'} |")
    if j("qps2") and o("qps2"):
        print(f"| qps 2 threads ≥ Java | {level} | {o('qps2'):.1f} | {j('qps2'):.1f} | {'yes' if o('qps2') >= j('qps2') else 'no'} |")
if "ours" in builds and "java" in builds:
    jb, ob = builds["java"], builds["ours"]
    javatime = (jb["index"] or 0) + (jb["merge"] or 0)
    print(f"| build ≤ Java index + merge | | {ob['wall']:.1f} | {javatime:.1f} | {'yes' if ob['wall'] <= javatime else 'no'} |")
    if "postings" in builds:
        print(f"| build ≤ 2 × engine-postings | | {ob['wall']:.1f} | {2 * builds['postings']['wall']:.1f} | {'yes' if ob['wall'] <= 2 * builds['postings']['wall'] else 'no'} |")
    print(f"| build peak RSS ≤ 2 GiB | | {ob['rss']:.0f} | 2048 | {'yes' if ob['rss'] <= 2048 else 'no'} |")
    if "ours" in sizes and "java" in sizes:
        print(f"| size ≤ Java | | {sizes['ours']} | {sizes['java']} | {'yes' if sizes['ours'] <= sizes['java'] else 'no'} |")
