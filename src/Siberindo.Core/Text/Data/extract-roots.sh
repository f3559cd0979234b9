#!/bin/sh
# Regenerates id-roots.txt and id-root-affix-counts.txt from Debian's hunspell-id
# dictionary (see README.md).
# Usage: sh extract-roots.sh [path/to/id_ID.dic] [output-folder]
set -eu
dic="${1:-/usr/share/hunspell/id_ID.dic}"
out="${2:-$(dirname "$0")}"
tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT

# Line 1 of a .dic file is the entry count; every other line is "word[/FLAGS]".
# The dictionary uses two-character flags (FLAG long), so a root takes length(FLAGS)/2
# affix classes. Keep plain words of two or more letters a-z, lowercased; hyphenated
# reduplications are skipped because the analyzer splits on hyphens.
tail -n +2 "$dic" | awk -F/ '{
  w = tolower($1); sub(/[ \t\r]+$/, "", w)
  f = $2;          sub(/[ \t\r]+$/, "", f)
  if (w ~ /^[a-z][a-z]+$/) print w "\t" int(length(f) / 2)
}' | LC_ALL=C sort -t "$(printf '\t')" -k1,1 -k2,2nr > "$tmp"

# id-roots.txt: every root, one per line, sorted.
cut -f1 "$tmp" | LC_ALL=C sort -u > "$out/id-roots.txt"

# id-root-affix-counts.txt: "root count" for roots that take affixes (highest count
# when a word is listed twice). Used only to choose between two recodings that are both roots.
awk -F'\t' '$2 > 0 && $1 != last { print $1 " " $2; last = $1 }' "$tmp" > "$out/id-root-affix-counts.txt"
