#!/usr/bin/env python3
"""Fills the unfinished entries of a Qt Linguist catalog from an earlier version of it.

    translations/carry-over.py OLD.ts NEW.ts

When code moves between classes (a refactor splits a page into tabs), lupdate files its
strings under the new class names as unfinished and, with -no-obsolete, drops the old
entries with their translations. This puts back every translation whose source text (and
plural kind) is unchanged, wherever it stood before, and lists what is still left to
translate. It edits NEW.ts in place, keeping lupdate's layout.
"""
import re
import sys

MESSAGE = re.compile(r'(<message(?P<numerus> numerus="yes")?>)(?P<body>.*?)(</message>)', re.S)
SOURCE = re.compile(r'<source>(.*?)</source>', re.S)
TRANSLATION = re.compile(r'<translation(?P<attrs>[^>]*)>(?P<inner>.*?)</translation>', re.S)


def finished(text):
    known = {}
    for m in MESSAGE.finditer(text):
        source = SOURCE.search(m.group('body'))
        translation = TRANSLATION.search(m.group('body'))
        if not source or not translation or 'type=' in translation.group('attrs'):
            continue
        known.setdefault((source.group(1), bool(m.group('numerus'))), translation.group('inner'))
    return known


def main(old_path, new_path):
    with open(old_path, encoding='utf-8') as f:
        known = finished(f.read())
    with open(new_path, encoding='utf-8') as f:
        text = f.read()
    left = []
    filled = 0

    def fill(m):
        nonlocal filled
        body = m.group('body')
        source = SOURCE.search(body)
        translation = TRANSLATION.search(body)
        if not source or not translation or 'type="unfinished"' not in translation.group('attrs'):
            return m.group(0)
        inner = known.get((source.group(1), bool(m.group('numerus'))))
        if inner is None:
            left.append(source.group(1))
            return m.group(0)
        filled += 1
        body = body[:translation.start()] + '<translation>' + inner + '</translation>' + \
            body[translation.end():]
        return m.group(1) + body + m.group(4)

    text = MESSAGE.sub(fill, text)
    with open(new_path, 'w', encoding='utf-8') as f:
        f.write(text)
    print(f'{new_path}: {filled} carried over, {len(left)} left to translate')
    for source in left:
        print('    ' + source)


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
