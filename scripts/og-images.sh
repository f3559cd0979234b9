#!/usr/bin/env bash
# Draws the portal's link-preview image (1200 x 630) and square logo (512 x 512) into src/Siberindo/wwwroot/img with
# Debian's Chromium and DejaVu Sans, from the HTML below. Run again after changing either; the PNGs are committed.
set -euo pipefail
cd "$(dirname "$0")/.."
out=src/Siberindo/wwwroot/img
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
cat > "$work/og.html" <<'HTML'
<!DOCTYPE html><html><head><meta charset="utf-8"><style>
html,body{margin:0;width:1200px;height:630px;overflow:hidden}
body{background:#b3261e;color:#fff;font-family:"DejaVu Sans",sans-serif;display:flex;flex-direction:column;justify-content:center;padding:0 96px;box-sizing:border-box}
h1{font-size:132px;margin:0 0 24px;letter-spacing:2px;font-weight:700}
p{font-size:44px;margin:0;line-height:1.3;opacity:.95}
.bar{width:180px;height:12px;background:#fff;margin:0 0 40px}
</style></head><body><div class="bar"></div><h1>Siberindo</h1><p>Berita media siber anggota<br>dari seluruh Indonesia</p></body></html>
HTML
cat > "$work/logo.html" <<'HTML'
<!DOCTYPE html><html><head><meta charset="utf-8"><style>
html,body{margin:0;width:512px;height:512px;overflow:hidden}
body{background:#b3261e;color:#fff;font-family:"DejaVu Sans",sans-serif;display:flex;align-items:center;justify-content:center}
span{font-size:360px;font-weight:700;line-height:1}
</style></head><body><span>S</span></body></html>
HTML
draw() { # name width height
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync \
    --no-first-run --user-data-dir="$work/profile-$1" --hide-scrollbars --window-size="$2,$3" \
    --screenshot="$work/$1.png" "file://$work/$1.html" 2>/dev/null
}
draw og 1200 630
draw logo 512 512
cp "$work/og.png" "$out/siberindo-og.png"
cp "$work/logo.png" "$out/siberindo-logo.png"
ls -l "$out"
