#!/usr/bin/env python3
"""Cut an article body from a stored page excerpt (raw/ID.txt -> bodies/ID.txt).

The search tool's stored pages give the beginning of each page's text, cut after about 2,000 characters,
usually in the middle of a sentence. The body is the excerpt up to and including the last sentence end: a
full stop, '!' or '?' (with any closing quotes or brackets right after it) followed by white space or the
end of the excerpt. Nothing else is changed: no character is added, removed or replaced before that point.

usage: cut.py RAW.txt BODY.txt
"""
import re
import sys

SENTENCE_END = re.compile(r'[.!?]["”’\')\]]*(?=\s|$)')


def cut(raw: str) -> str:
    last = None
    for m in SENTENCE_END.finditer(raw):
        last = m
    return raw if last is None else raw[:last.end()]


if __name__ == '__main__':
    raw = open(sys.argv[1], encoding='utf-8', newline='').read()
    with open(sys.argv[2], 'w', encoding='utf-8', newline='') as out:
        out.write(cut(raw))
