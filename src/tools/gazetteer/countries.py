#!/usr/bin/env python3
"""Convert, once, the country data of two npm packages into assets/gazetteer/countries.json: for every country its
ISO 3166-1 alpha-3 code, its English names and common spellings, its Indonesian names, its English demonyms and its
capital (a seat of power that stands for the state: "Khartoum said"). The reader adds this to the JDK's CLDR
country names, so that a conflict the hand-made gazetteer does not know is still read.

Sources (fetched with `npm pack`, then unpacked):
  world-countries@5.1.0      (ODbL 1.0, https://github.com/mledoze/countries): names, alternative spellings,
                              demonyms, capitals
  i18n-iso-countries@7.14.0  (MIT, https://github.com/michaelwittig/node-i18n-iso-countries): Indonesian names
  countries-and-timezones@3.10.0 (MIT, https://github.com/manuelmhtr/countries-and-timezones): each country's IANA
                              time zones, of which the one its "local time" means is kept (the capital's, or the
                              country's only standard offset); the reader takes the offset on the day from the JDK

usage:
  npm pack world-countries@5.1.0 i18n-iso-countries@7.14.0 countries-and-timezones@3.10.0
  mkdir wc i18n ct && tar xzf world-countries-5.1.0.tgz -C wc && tar xzf i18n-iso-countries-7.14.0.tgz -C i18n \
      && tar xzf countries-and-timezones-3.10.0.tgz -C ct
  python3 src/tools/gazetteer/countries.py wc/package i18n/package ROOT_WORDS ct/package \
      > assets/gazetteer/countries.json
ROOT_WORDS: an Indonesian dictionary, one word a line (the root-words.txt inside the jsastrawi jar the build uses):
a capital that is also an Indonesian word ("Lima" is five) would be read as a state wherever a sentence starts with
that word, so such a capital is left out unless KEEP names it.
"""
import json
import re
import sys

# Capitals that are Indonesian words too but read as the capital in news (a capitalised "Asmara" is Eritrea's).
KEEP = {'Kabul', 'Asmara', 'Paris', 'Astana', 'Rabat', 'Manila', 'Dakar'}
# Codes where the packages' alpha-3 is not the one the press and other tools use.
ISO3 = {'UNK': 'XKX'}


def latin(s):
    return bool(re.fullmatch(r"[A-Za-zÀ-ÿ' .\-]+", s))


def time_zones(ct):
    """IANA zone -> (standard offset in minutes, countries), aliases resolved, from the package's bundled data."""
    src = open(f'{ct}/dist/index.js', encoding='utf-8').read()
    m = re.search(r'timezones: /\* @__PURE__ \*/ JSON\.parse\((".*?")\)\s*\n', src)
    zones = json.loads(json.loads(m.group(1)))
    def offset(name, depth=0):
        z = zones[name]
        return z['u'] if 'u' in z else offset(z['a'], depth + 1)
    return {name: (offset(name), z.get('c', []), 'a' in z) for name, z in zones.items()}


# Countries with zones of several offsets where no zone is named after the capital: the zone of the capital.
CAPITAL_ZONE = {'CN': 'Asia/Shanghai', 'EC': 'America/Guayaquil', 'XK': 'Europe/Belgrade', 'CL': 'America/Santiago',
                'ES': 'Europe/Madrid', 'PT': 'Europe/Lisbon', 'NZ': 'Pacific/Auckland'}


def zone_of(cca2, capitals, zones):
    """The zone a country's "local time" means: its capital's, else its only standard offset's first zone."""
    if cca2 in CAPITAL_ZONE:
        return CAPITAL_ZONE[cca2]
    named = sorted(name for name, (_, cs, alias) in zones.items() if cca2 in cs and '/' in name)
    for cap in capitals:
        for name in named:
            if name.split('/')[-1].replace('_', ' ').lower() == cap.lower():
                return name
    mine = [name for name in named if not zones[name][2] and not name.startswith('Etc/')] or named
    offsets = {zones[name][0] for name in mine}
    return mine[0] if len(offsets) == 1 else None


def main():
    wc, i18n, roots_path = sys.argv[1:4]
    zones = time_zones(sys.argv[4]) if len(sys.argv) > 4 else {}
    countries = json.load(open(f'{wc}/countries.json', encoding='utf-8'))
    indonesian = json.load(open(f'{i18n}/langs/id.json', encoding='utf-8'))['countries']
    roots = {w.strip() for w in open(roots_path, encoding='utf-8')}
    demonym_count = {}
    for c in countries:
        d = c.get('demonyms', {}).get('eng', {})
        for g in ('m', 'f'):
            if d.get(g) and c.get('independent'):
                demonym_count.setdefault(d[g], set()).add(c['cca3'])
    out = []
    for c in sorted(countries, key=lambda c: c['cca3']):
        iso3 = ISO3.get(c['cca3'], c['cca3'])
        names = [c['name']['common'], c['name']['official']]
        for a in c.get('altSpellings', []):
            if latin(a) and ',' not in a and (len(a) > 2 and (not a.isupper() or len(a) >= 3)):
                names.append(a)
        ind = indonesian.get(c['cca2'])
        ind = ind if isinstance(ind, list) else [ind] if ind else []
        dem = sorted({v for g, v in c.get('demonyms', {}).get('eng', {}).items() if v
                      and demonym_count.get(v, {c['cca3']}) == {c['cca3']}})
        capitals = []
        if c.get('independent') or iso3 == 'XKX':
            for cap in c.get('capital', []):
                single = ' ' not in cap
                if latin(cap) and (not single or cap.lower() not in roots or cap in KEEP):
                    capitals.append(cap)
        entry = {'iso3': iso3, 'name': c['name']['common'], 'names_en': sorted(set(names)), 'names_id': sorted(set(ind)),
                 'demonyms': dem, 'capitals': capitals}
        zone = zone_of(c['cca2'], c.get('capital', []), zones) if zones else None
        if zone:
            entry['zone'] = zone
        out.append(entry)
    json.dump({'comment': 'Generated by src/tools/gazetteer/countries.py from world-countries 5.1.0 (ODbL 1.0), '
                          'i18n-iso-countries 7.14.0 (MIT) and countries-and-timezones 3.10.0 (MIT); do not edit by '
                          'hand: states.json adds what these lack.',
               'countries': out}, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write('\n')


main()
