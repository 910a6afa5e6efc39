#!/usr/bin/env python3
"""Show, article by article, the hand reading next to what Claimline read: each hand-read happening with its type,
date, claims and passages, and each event of the export with its type, start, claims and passages. For looking at
failures by eye; it prints article text, so its output is not for committing.

usage: diff.py EXPORT.json [ID ...]         (run from src/test/devcorpus; default: every article read by hand)
"""
import glob
import json
import os
import sys

exp = json.load(open(sys.argv[1], encoding='utf-8'))
ids = sys.argv[2:] or sorted(os.path.basename(f)[:-5] for f in glob.glob('readings/*.json'))
party = {a['id']: a.get('party') for a in exp['actors']}
docs = {d['id']: d for d in exp['documents']}


def snip(text, s, e, n=110):
    t = text[s:e].replace('\n', ' ')
    return t if len(t) <= n else t[:n - 3] + '...'


for doc in ids:
    text = open(f'bodies/{doc}.txt', encoding='utf-8').read()
    r = json.load(open(f'readings/{doc}.json', encoding='utf-8'))
    rp = {a['id']: a.get('party') for a in r['actors']}
    d = docs.get(doc, {})
    print(f"\n======== {doc}  published reader={d.get('published')} hand={r['documents'][0]['published']}")
    for e in r['events']:
        flag = ' (bg)' if e.get('background') else ''
        flag += '' if e.get('year_from_text', True) else ' (year not in text)'
        cl = ', '.join(f"{c['claimant']}[{rp.get(c['claimant'])}] {c['stance']}" for c in e['claims'])
        print(f"  HAND {e['id'].split(':')[1]:4} {e['type']:20} {str(e['start']):22}{flag}  {cl}")
        for c in e['claims']:
            for s in c['sources']:
                print(f"        @{s['start']:<5} {snip(text, s['start'], s['end'])}")
    for e in exp['events']:
        srcs = [s for c in e['claims'] for s in c['sources'] if s['document'] == doc]
        if not srcs:
            continue
        cl = ', '.join(f"{c['claimant']}[{party.get(c['claimant'])}] {c['stance']}" for c in e['claims'])
        bg = ' (bg)' if e['background'] else ''
        print(f"  READ {e['id'][:9]} {e['type']:20} {e['start']:22}{bg}  {cl}")
        for s in sorted(srcs, key=lambda s: s['start']):
            print(f"        @{s['start']:<5} {snip(text, s['start'], s['end'])}")
