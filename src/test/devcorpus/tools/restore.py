#!/usr/bin/env python3
"""Restore one missing body from a search answer (see README: "To restore a missing body").

usage: restore.py ID EXCERPT.json
EXCERPT.json holds the "excerpt" value of the search result whose url is the manifest's url, as the JSON string
literal the search tool printed (quotes and backslash escapes included), so that no character is retyped.
Writes raw/ID.txt and bodies/ID.txt (tools/cut.py) and says whether both match the manifest's sha256.
"""
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(HERE, 'tools'))
from cut import cut  # noqa: E402


def sha(text):
    return hashlib.sha256(text.encode('utf-8')).hexdigest()


def main():
    ident, source = sys.argv[1], sys.argv[2]
    article = {a['id']: a for a in json.load(open(os.path.join(HERE, 'manifest.json'), encoding='utf-8'))['articles']}[ident]
    literal = open(source, encoding='utf-8').read().strip()
    excerpt = json.loads(literal)
    if isinstance(excerpt, dict):
        excerpt = excerpt['excerpt']
    body = cut(excerpt)
    raw_ok = sha(excerpt) == article['excerpt_sha256']
    body_ok = sha(body) == article['body_sha256']
    if body_ok:
        for folder, text in (('raw', excerpt), ('bodies', body)):
            os.makedirs(os.path.join(HERE, folder), exist_ok=True)
            with open(os.path.join(HERE, folder, ident + '.txt'), 'w', encoding='utf-8', newline='') as out:
                out.write(text)
    print(f"{ident}: body {'MATCHES' if body_ok else 'DIFFERS'} ({len(body)} chars, manifest {article['body_chars']}), "
          f"excerpt {'matches' if raw_ok else 'differs'} ({len(excerpt)} chars, manifest {article['excerpt_chars']})")
    sys.exit(0 if body_ok else 1)


if __name__ == '__main__':
    main()
