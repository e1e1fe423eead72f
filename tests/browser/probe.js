// Injected by check_report.py into a copy of the report (never into the report itself), as the
// last element of <body>. It writes what it found as JSON into a hidden pre element (id zz-probe-result), which
// check_report.py reads from chromium's --dump-dom. It never logs to the console.
(function () {
  'use strict';
  const result = { errors: (window.__zzErrors || []).slice(), resources: [], svgs: [], glyphs: {} };

  // 1. resources: a self-contained page fetches nothing but itself
  for (const e of performance.getEntriesByType('resource')) {
    result.resources.push(e.name);
  }

  // 2. charts: each SVG is laid out with a non-empty box and draws something
  const svgs = Array.from(document.querySelectorAll('svg'));
  svgs.forEach(function (svg, i) {
    const box = svg.getBBox();
    const rect = svg.getBoundingClientRect();
    let drawn = 0;
    let texts = 0;
    let emptyTexts = 0;
    for (const el of svg.querySelectorAll('polyline,circle,path,line,rect,text')) {
      const b = el.getBBox();
      if (b.width > 0 || b.height > 0) {
        drawn++;
      }
      if (el.tagName === 'text' && el.textContent.trim() !== '') {
        texts++;
        if (!(el.getComputedTextLength() > 0)) {
          emptyTexts++;
        }
      }
    }
    const title = svg.querySelector('title');
    result.svgs.push({
      index: i,
      title: title ? title.textContent : '',
      bbox: [box.x, box.y, box.width, box.height],
      client: [rect.width, rect.height],
      drawn: drawn, texts: texts, emptyTexts: emptyTexts,
    });
  });

  // 3. glyphs: every character on the page, drawn in the font-family it is set in, must differ
  //    from the missing-glyph box (.notdef) that the same font stack draws for code points no
  //    font has (unassigned U+0378, private-use U+10FFFD, unassigned U+3FFFD), and must leave ink.
  const canvas = document.createElement('canvas');
  canvas.width = 48;
  canvas.height = 48;
  const g = canvas.getContext('2d', { willReadFrequently: true });
  function draw(ch, family) {
    g.clearRect(0, 0, 48, 48);
    g.font = '32px ' + family;
    g.fillStyle = '#000';
    g.textBaseline = 'top';
    g.fillText(ch, 6, 6);
    const d = g.getImageData(0, 0, 48, 48).data;
    let ink = 0;
    let sig = '';
    for (let k = 3; k < d.length; k += 4) {
      ink += d[k];
      sig += d[k].toString(16);
    }
    return { ink: ink, sig: sig };
  }
  const byFamily = new Map();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || el.closest('#zz-probe-result') || el.closest('title') || el.tagName === 'SCRIPT') {
      continue;
    }
    const family = getComputedStyle(el).fontFamily;
    if (!byFamily.has(family)) {
      byFamily.set(family, new Set());
    }
    const set = byFamily.get(family);
    for (const ch of n.textContent) {
      if (!/\s/.test(ch)) {
        set.add(ch);
      }
    }
  }
  for (const [family, chars] of byFamily) {
    const refs = ['\u0378', '\u{10FFFD}', '\u{3FFFD}'].map(function (c) { return draw(c, family); });
    const latin = draw('A', family);
    const entry = { chars: chars.size, missing: [], blank: [], referenceInk: refs[0].ink,
                    methodOk: refs[0].ink > 0 && latin.sig !== refs[0].sig };
    for (const ch of chars) {
      const r = draw(ch, family);
      if (r.ink === 0) {
        entry.blank.push(ch);
      } else if (refs.some(function (ref) { return ref.sig === r.sig; })) {
        entry.missing.push(ch);
      }
    }
    result.glyphs[family] = entry;
  }

  const out = document.createElement('pre');
  out.id = 'zz-probe-result';
  out.style.display = 'none';
  out.textContent = JSON.stringify(result);
  document.body.appendChild(out);
})();
