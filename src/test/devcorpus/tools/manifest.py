#!/usr/bin/env python3
"""Build manifest.json from what the gatherers recorded (incoming/*.jsonl) and the excerpts they saved (raw/):
cut each body with cut.py's rule, and record per article its URL, outlet, publication date, language, conflict,
the search that found it, how the body was cut, and the sha256 of the excerpt and of the body.

usage: manifest.py                   (run from src/test/devcorpus; rewrites manifest.json and bodies/)
"""
import glob
import hashlib
import json
import os

from cut import cut

CUT_RULE = ("bodies/ID.txt is the search tool's stored excerpt of the page (the beginning of its text, "
            "about 2,000 characters, saved as returned) up to and including its last sentence end: "
            "[.!?] with any closing quotes or brackets, followed by white space or the end (tools/cut.py)")


def sha(s):
    return hashlib.sha256(s.encode('utf-8')).hexdigest()


def main():
    old = {}
    if os.path.exists('manifest.json'):
        old = {a['id']: a for a in json.load(open('manifest.json', encoding='utf-8'))['articles']}
    incoming = {}
    for f in sorted(glob.glob('incoming/*.jsonl')):
        for line in open(f, encoding='utf-8'):
            if line.strip():
                a = json.loads(line)
                incoming[a['id']] = a
    os.makedirs('bodies', exist_ok=True)
    articles = []
    for aid in sorted(set(old) | set(incoming)):
        a = dict(old.get(aid, {}))
        a.update({k: v for k, v in incoming.get(aid, {}).items() if k != 'happening'})
        raw_path = f'raw/{aid}.txt'
        if os.path.exists(raw_path):
            raw = open(raw_path, encoding='utf-8', newline='').read()
            body = cut(raw)
            with open(f'bodies/{aid}.txt', 'w', encoding='utf-8', newline='') as out:
                out.write(body)
            a['excerpt_chars'] = len(raw)
            a['excerpt_sha256'] = sha(raw)
            a['body_chars'] = len(body)
            a['body_sha256'] = sha(body)
        a['cut'] = CUT_RULE
        articles.append({k: a.get(k) for k in ('id', 'language', 'conflict', 'outlet', 'published', 'published_from',
                                               'url', 'query', 'cut', 'excerpt_chars', 'excerpt_sha256',
                                               'body_chars', 'body_sha256')})
    with open('manifest.json', 'w', encoding='utf-8') as out:
        json.dump({'about': 'The development corpus: real published articles on the conflicts issue 11 lists. '
                            'Bodies are third-party text and are not in git; see README.md.',
                   'articles': articles}, out, indent=1, ensure_ascii=False)
        out.write('\n')
    print(f'{len(articles)} articles')


if __name__ == '__main__':
    main()
