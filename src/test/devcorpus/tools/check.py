#!/usr/bin/env python3
"""Which article bodies of the development corpus are present, and do they match the manifest's sha256?

usage: check.py [--quiet]           (run from anywhere)
Prints one line per article (present and matching / missing / different) and a total; exit status 0 when
every body present matches (missing bodies are not an error: the corpus is scored on what is present).
"""
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    manifest = json.load(open(os.path.join(HERE, 'manifest.json'), encoding='utf-8'))['articles']
    present = missing = different = 0
    for a in manifest:
        path = os.path.join(HERE, 'bodies', a['id'] + '.txt')
        if not os.path.exists(path):
            state = 'missing'
            missing += 1
        else:
            body = open(path, encoding='utf-8', newline='').read()
            ok = hashlib.sha256(body.encode('utf-8')).hexdigest() == a['body_sha256']
            state = 'ok' if ok else 'DIFFERENT'
            present += ok
            different += not ok
        if '--quiet' not in sys.argv or state != 'ok':
            print(f"{state:9} {a['id']:16} {a['outlet']}")
    print(f'{present} present and matching, {missing} missing, {different} different, of {len(manifest)}')
    sys.exit(1 if different else 0)


if __name__ == '__main__':
    main()
