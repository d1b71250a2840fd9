#!/bin/sh
# The hand-written man page stays in step with the program:
#   check-manpage.sh KUBETAILOR_EXE MANPAGE VERSION
# every command `kubetailor --help` lists has an entry, the options are there, the version
# is this build's, and groff renders it without a warning.
set -eu
exe=${1:?usage: check-manpage.sh KUBETAILOR_EXE MANPAGE VERSION}
page=${2:?usage: check-manpage.sh KUBETAILOR_EXE MANPAGE VERSION}
version=${3:?usage: check-manpage.sh KUBETAILOR_EXE MANPAGE VERSION}
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# The English help (the man page is English): the lines under "Commands:" up to a blank one.
commands=$(LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE= "$exe" --help \
    | awk '/^Commands:/ {on = 1; next} on && /^$/ {exit} on && /^  [a-z]/ {print $1}')
[ -n "$commands" ] || fail "found no commands in 'kubetailor --help'"
for command in $commands; do
    grep -q "^\.B $command\b" "$page" || fail "the man page has no entry for '$command'"
done
for option in minimized help version; do
    grep -q "\\\\-\\\\-$option" "$page" || fail "the man page does not mention --$option"
done
grep -q "^\.TH KUBETAILOR 1 .*\"kubetailor $version\"" "$page" \
    || fail "the man page's .TH line does not say kubetailor $version"

if command -v groff >/dev/null 2>&1; then
    warnings=$(groff -man -Tutf8 -ww -z "$page" 2>&1)
    [ -z "$warnings" ] || fail "groff warns: $warnings"
else
    echo "groff not found: rendering not checked"
fi

if [ "$failures" -gt 0 ]; then
    exit 1
fi
echo "man page lists all $(echo $commands | wc -w) commands of kubetailor --help"
