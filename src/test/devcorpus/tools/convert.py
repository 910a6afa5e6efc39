#!/usr/bin/env python3
"""Turn a hand reading that quotes its passages (readings-raw/ID.json, kept out of git: it holds article text)
into one that keeps only offsets (readings/ID.json, committed): a claimline/1 model of one document whose
sources are [start, end) spans of bodies/ID.txt, with no passage text.

usage: convert.py ID [ID ...]        (run from src/test/devcorpus)
Exit status 1 when a passage or boilerplate line is not found exactly once.
"""
import json
import sys


def spans_of(text, passage):
    out, i = [], text.find(passage)
    while i >= 0:
        out.append(i)
        i = text.find(passage, i + 1)
    return out


def convert(doc_id):
    text = open(f'bodies/{doc_id}.txt', encoding='utf-8', newline='').read()
    raw = json.load(open(f'readings-raw/{doc_id}.json', encoding='utf-8'))
    errors = []

    def locate(passage, what):
        hits = spans_of(text, passage)
        if len(hits) != 1:
            errors.append(f'{doc_id}: {what} found {len(hits)} times: {passage[:60]!r}')
            return None
        return [hits[0], hits[0] + len(passage)]

    # a boilerplate line (a photo caption, a share prompt) may stand more than once: every occurrence is boilerplate
    boiler = []
    for b in raw.get('boilerplate', []):
        hits = spans_of(text, b.strip())
        # a line that is also a word of the text ("Lebanon", a section name) is boilerplate where it is a whole line
        whole = [h for h in hits if (h == 0 or text[h - 1] == '\n')
                 and (h + len(b.strip()) == len(text) or text[h + len(b.strip())] in '\r\n')]
        hits = whole or hits
        if not hits:
            errors.append(f'{doc_id}: boilerplate line not found: {b[:60]!r}')
        boiler += [[h, h + len(b.strip())] for h in hits]
    boiler.sort()
    events = []
    for e in raw['events']:
        claims = []
        for c in e['claims']:
            sources = []
            for p in c['passages']:
                s = locate(p, f'passage of {e["id"]}')
                if s:
                    sources.append({'document': doc_id, 'start': s[0], 'end': s[1]})
            claims.append({'claimant': c['claimant'], 'stance': c['stance'], 'sources': sources})
        events.append({'id': f'{doc_id}:{e["id"]}', 'type': e['type'], 'title': e.get('title', ''),
                       'start': e['start'], 'precision': e.get('precision'),
                       'year_from_text': e.get('year_from_text', True), 'background': e.get('background', False),
                       'actors': e.get('actors', []), 'places': e.get('places', []), 'claims': claims})
    pub = raw.get('published') or {}
    model = {'format': 'claimline/1', 'generator': 'hand reading',
             'documents': [{'id': doc_id, 'path': f'{doc_id}.txt', 'title': None, 'outlet': raw.get('outlet'),
                            'language': raw.get('language'),
                            'published': {'date': pub.get('date'), 'basis': pub.get('basis', 'unknown')},
                            'length': len(text), 'boilerplate': boiler}],
             'actors': [{'id': a['id'], 'name': a.get('name'), 'type': a.get('type'), 'party': a.get('party'),
                         'parent': a.get('parent')} for a in raw.get('actors', [])],
             'events': events}
    known = {a['id'] for a in model['actors']}
    for e in events:
        for c in e['claims']:
            if c['claimant'] not in known:
                errors.append(f'{doc_id}: claimant {c["claimant"]!r} of {e["id"]} is not among the actors')
    with open(f'readings/{doc_id}.json', 'w', encoding='utf-8') as out:
        json.dump(model, out, indent=1, ensure_ascii=False)
        out.write('\n')
    return errors


if __name__ == '__main__':
    import os
    os.makedirs('readings', exist_ok=True)
    problems = [p for d in sys.argv[1:] for p in convert(d)]
    print('\n'.join(problems) or f'{len(sys.argv) - 1} readings converted')
    sys.exit(1 if problems else 0)
