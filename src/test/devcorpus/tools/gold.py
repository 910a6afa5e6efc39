#!/usr/bin/env python3
"""Merge the hand readings (readings/*.json, offsets only) into one claimline/1 model and turn it into the incident
gold the scorer reads (gold.json), with expert_to_gold.py as shared/tools has it. Also prints the corpus's make-up.

usage: gold.py                        (run from src/test/devcorpus)
"""
import glob
import json
import subprocess
import sys
from collections import Counter

docs, actors, events = [], {}, []
for f in sorted(glob.glob('readings/*.json')):
    r = json.load(open(f, encoding='utf-8'))
    doc = r['documents'][0]
    docs.append(doc)
    for a in r['actors']:
        # actor ids are per reading; keep them apart so that two readers' slugs never collide
        actors[f"{doc['id']}/{a['id']}"] = dict(a, id=f"{doc['id']}/{a['id']}")
    for e in r['events']:
        e = dict(e, actors=[f"{doc['id']}/{x}" for x in e['actors']],
                 claims=[dict(c, claimant=f"{doc['id']}/{c['claimant']}") for c in e['claims']])
        events.append(e)
merged = {'format': 'claimline/1', 'generator': 'hand readings', 'documents': docs,
          'actors': list(actors.values()), 'places': [], 'events': events, 'problems': []}
json.dump(merged, open('/tmp/devcorpus-readings.json', 'w', encoding='utf-8'), ensure_ascii=False)
subprocess.run([sys.executable, 'tools/expert_to_gold.py', '/tmp/devcorpus-readings.json', 'gold.json'], check=True)
gold = json.load(open('gold.json', encoding='utf-8'))
# Publication dates as the readers established them from the text, and which events' years the text does not give.
gold['published'] = {d['id']: d['published'] for d in docs}
gold['year_not_in_text'] = [e['id'] for e in events if not e.get('year_from_text', True)]
# A reader may date a happening to a week ("earlier this week", written as an ISO week, 2009-W53), which the format
# has no precision for and expert_to_gold accepts nothing for: the week accepts each of its days and each month it
# touches (a program can say no finer than the month for it).
weeks = {e['id']: e['start'] for e in events if e.get('precision') == 'week'}
for inc in gold['incidents']:
    if inc['id'] in weeks:
        import datetime
        y, w = weeks[inc['id']].split('-W')
        monday = datetime.date.fromisocalendar(int(y), int(w), 1)
        days = [monday + datetime.timedelta(days=k) for k in range(7)]
        inc['accept'] = sorted({d.isoformat() for d in days} | {d.isoformat()[:7] for d in days})
json.dump(gold, open('gold.json', 'w', encoding='utf-8'), indent=1, ensure_ascii=False)
langs = Counter(d['language'] for d in docs)
print(f"{len(docs)} documents ({dict(langs)}), {len(events)} events, "
      f"{len(gold['year_not_in_text'])} with a year the text does not give")
