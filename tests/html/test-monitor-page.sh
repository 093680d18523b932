#!/bin/sh
# The monitor's HTML page in Debian's headless chromium: it loads with no
# network, its three charts are in the document chromium builds, and a
# screenshot is taken (kept in the build directory as monitor.png).
set -u
tool=${SLAGKRACHT:?}
data=${SLK_TEST_DATA:?}
browser=${CHROMIUM:?}
out=${G_TEST_BUILDDIR:?}
failures=0

fail () { echo "FAIL: $1"; failures=$((failures + 1)); }
ok () { echo "ok: $1"; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
page="$work/monitor.html"
"$tool" monitor "$data/valid/monitor.json" --format html > "$page" || fail "the page is written"

# Self-contained: it fetches nothing (addresses of sources are text, not
# links), and has no script.
if grep -qi 'src=\|href=\|url(\|@import\|<link\|<img' "$page"; then
  fail "the page fetches nothing"
else
  ok "the page fetches nothing"
fi
if grep -qi '<script' "$page"; then fail "no scripts"; else ok "no scripts"; fi
run_browser () {
  timeout 90 "$browser" --headless --no-sandbox --disable-gpu --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$work/profile" "$@" 2> "$work/browser.log"
}

run_browser --dump-dom "file://$page" > "$work/dom.html" || fail "chromium loads the page"
svgs=$(grep -o '<svg' "$work/dom.html" | wc -l)
[ "$svgs" -eq 4 ] && ok "four charts in the document" || fail "four charts in the document (saw $svgs)"
# the page's own title, and one in each of the four charts
[ "$(grep -o '<title>' "$page" | wc -l)" -eq 5 ] && ok "every chart has a title" \
  || fail "every chart has a title"
grep -q '<text[^>]*font-size="11">10.5 %</text>' "$page" && ok "a bar carries its value" \
  || fail "a bar carries its value"
grep -q 'fill="#444">external hire, % of own staff and hire spending</text>' "$page" \
  && ok "an axis names its unit" || fail "an axis names its unit"
grep -q '<html lang="en">' "$page" && ok "the page declares its language" \
  || fail "the page declares its language"
grep -q '@media print{@page{size:A4 landscape' "$page" && ok "it prints on A4 landscape" \
  || fail "it prints on A4 landscape"
grep -q 'Roemernorm 10 %' "$work/dom.html" && ok "the Roemernorm line is labelled" || fail "the Roemernorm line is labelled"
grep -q '&lt;b&gt;bold&lt;/b&gt;' "$work/dom.html" && ok "markup in a name stays text" || fail "markup in a name stays text"
grep -q '<b>bold</b>' "$work/dom.html" && fail "no markup from the data is read" || ok "no markup from the data is read"

# It fits a screen of 1280 pixels: the widest the document gets there. The
# page has no script; a copy with one that reports the width is measured.
fits_1280 () { # description, page
  sed 's#</body>#<script>addEventListener("load", () => { document.title = "width=" + document.documentElement.scrollWidth; });</script></body>#' \
    "$2" > "$work/probe.html"
  width=$(run_browser --window-size=1280,900 --virtual-time-budget=3000 --dump-dom \
            "file://$work/probe.html" | sed -n 's/.*<title>width=\([0-9]*\)<.*/\1/p')
  if [ -n "$width" ] && [ "$width" -le 1280 ]; then
    ok "$1 fits 1280 pixels (${width} wide)"
  else
    fail "$1 fits 1280 pixels (${width:-unmeasured} wide)"
  fi
}
fits_1280 "the fixture's page" "$page"
"$tool" monitor --format html > "$work/built-in.html" || fail "the built-in page is written"
fits_1280 "the built-in dataset's page" "$work/built-in.html"
grep -q '<p class="nochart">No ministry gives a taakstelling for 2026: no chart.</p>' \
  "$work/built-in.html" && ok "no chart of nothing, a sentence instead" \
  || fail "no chart of nothing, a sentence instead"
grep -c '<th scope="col">' "$page" | grep -q '^[1-9]' && ok "column headers are marked" \
  || fail "column headers are marked"
[ "$(grep -o '<caption>' "$page" | wc -l)" -eq 3 ] && ok "three tables, each with a caption" \
  || fail "three tables, each with a caption"

# The built-in page ends with its sources: a table, addresses as text.
grep -q '<table class="sources">' "$work/built-in.html" && ok "a table of sources at the bottom" \
  || fail "a table of sources at the bottom"
grep -q '<td>https://www.rijksoverheid.nl/' "$work/built-in.html" \
  && ok "a source's address is shown" || fail "a source's address is shown"

# The same page in Dutch.
"$tool" monitor "$data/valid/monitor.json" --format html --lang nl > "$work/nl.html" \
  || fail "the Dutch page is written"
grep -q '<html lang="nl">' "$work/nl.html" && ok "the Dutch page declares Dutch" \
  || fail "the Dutch page declares Dutch"
grep -q '<text[^>]*font-size="11">10,5 %</text>' "$work/nl.html" \
  && ok "a Dutch bar carries its value with a decimal comma" \
  || fail "a Dutch bar carries its value with a decimal comma"
grep -q 'externe inhuur, % van de uitgaven aan eigen personeel en inhuur</text>' "$work/nl.html" \
  && ok "the Dutch axis names its unit" || fail "the Dutch axis names its unit"
grep -q '<caption>Omvang en uitgaven</caption>' "$work/nl.html" \
  && ok "Dutch table captions" || fail "Dutch table captions"
grep -q 'Monitor Slagvaardige Overheid, april' "$work/nl.html" \
  && ok "a Dutch title" || fail "a Dutch title"
"$tool" monitor --format html --lang nl > "$work/built-in-nl.html" \
  || fail "the Dutch built-in page is written"
fits_1280 "the Dutch built-in page" "$work/built-in-nl.html"
grep -q '<p class="nochart">Geen ministerie geeft een taakstelling voor 2026: geen grafiek.</p>' \
  "$work/built-in-nl.html" && ok "no chart of nothing, in Dutch" \
  || fail "no chart of nothing, in Dutch"
grep -q '<h2>Bronnen</h2>' "$work/built-in-nl.html" && ok "the sources in Dutch" \
  || fail "the sources in Dutch"

# Contrast AA: every colour text is drawn in, against white and against the
# pink of a cell that misses its norm, at least 4.5:1; bars at least 3:1.
if /usr/bin/python3 "$(dirname "$0")/contrast.py" "$page" "$work/built-in.html"; then
  ok "text and bars have AA contrast"
else
  fail "text and bars have AA contrast"
fi

run_browser --window-size=1400,1600 --screenshot="$out/monitor.png" "file://$page" \
  || fail "chromium takes a screenshot"
if [ -s "$out/monitor.png" ] && [ "$(head -c 8 "$out/monitor.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] \
   && [ "$(wc -c < "$out/monitor.png")" -gt 20000 ]; then
  ok "the screenshot is a PNG with content ($(wc -c < "$out/monitor.png") bytes)"
else
  fail "the screenshot is a PNG with content"; cat "$work/browser.log"
fi

echo "$failures failed"
[ "$failures" -eq 0 ]
