// The report's stylesheet and script, inlined into report.html (no external file, font or network request).
import { ENTITY_TYPES, type EntityType } from '../model.js';

/**
 * One highlight colour per type, in the spirit of displaCy's entity visualiser. Hues spread round the
 * wheel so that no two types look alike at a glance (every pair at least 20 apart in CIEDE2000, where
 * the old pastel teals of date and duration were 6 apart), and each light enough that the page's text
 * (#1b1b1b) on it has a WCAG contrast of at least 6:1 (AA asks 4.5:1). test/report-browser.test.ts
 * measures both on the rendered page.
 */
export const TYPE_COLOURS: Record<EntityType, string> = {
  number: '#dcd4c6',
  percent: '#6abbf2',
  money: '#fde74c',
  date: '#98ee80',
  duration: '#5ee5d8',
  organisation: '#bc90ff',
  person: '#ffb8d8',
  place: '#fba748',
  programme: '#f2726e',
};

const typeRules = ENTITY_TYPES.map(
  (t) =>
    `mark.t-${t}{background:${TYPE_COLOURS[t]}}` +
    `.swatch.t-${t}{background:${TYPE_COLOURS[t]}}` +
    // A hidden type's mark takes no room of its own (no padding, border or margin), so "(DWP)" reads as
    // written, not "( DWP )".
    `body.hide-${t} mark.t-${t}{background:none;padding:0;border:0;margin:0;cursor:auto}` +
    `body.hide-${t} mark.t-${t} .lbl{display:none}` +
    `body.hide-${t} tr.t-${t}{display:none}`,
).join('\n');

export const REPORT_CSS = `
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;margin:0;color:#1b1b1b;background:#fafafa}
header.top{position:sticky;top:0;z-index:2;background:#fff;border-bottom:1px solid #ccc;padding:.5rem 1rem}
header.top h1{font-size:1.2rem;margin:0 0 .25rem}
#filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center}
#filters fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem .5rem;align-items:center}
#filters label{white-space:nowrap;font-size:.9rem}
#filters select{max-width:22rem}
.swatch{display:inline-block;width:.9em;height:.9em;border-radius:2px;vertical-align:-1px;margin-right:2px}
main{padding:0 1rem 4rem}
section.doc{background:#fff;border:1px solid #ddd;border-radius:4px;margin:1rem 0;padding:.5rem 1rem}
.src{color:#555;font-size:.85rem;word-break:break-all}
table{border-collapse:collapse;font-size:.85rem}
th,td{border:1px solid #ddd;padding:2px 6px;text-align:left;vertical-align:top}
table.matrix td{text-align:right;min-width:4.5em}
table.data-table{margin:.6rem 0}
table.data-table caption{text-align:left;font-weight:600}
table.data-table td,table.data-table th{border:1px solid #ccc;padding:.15rem .4rem;vertical-align:top}
table.data-table td.num,table.data-table th.num{text-align:right}
table.matrix td.empty{background:#f3f3f3}
table.matrix a{display:block;text-decoration:none}
table.commitments-matrix td{text-align:left}
.st{display:inline-block;padding:0 .35em;border-radius:3px;font-size:.85rem;white-space:nowrap}
.st-reported{background:#d9f2d9}.st-partly{background:#fff1c2}.st-not-reported{background:#f8d7d7}.st-no-later-report{background:#e8e8e8}
table.commitments{width:100%;table-layout:fixed}table.commitments td{vertical-align:top}table.commitments ol{margin:0;padding-left:1.2em}
.score{color:#555;font-size:.85rem}
.text{white-space:pre-wrap;font-family:Georgia,"Times New Roman",serif;font-size:1rem;line-height:2.1;max-width:70rem}
.sec{border-left:3px solid transparent;padding-left:.5rem}
.sec:target{border-left-color:#1d70b8;background:#f4f8fb}
.unit-h{font-weight:bold;font-size:1.1rem;font-family:system-ui,sans-serif}
.phase-h{font-weight:bold;color:#444;font-family:system-ui,sans-serif}
mark.ent{padding:.15em .3em;margin:0 .1em;border-radius:.35em;cursor:pointer;color:#1b1b1b}
mark.ent .lbl{font:bold .6rem system-ui,sans-serif;text-transform:uppercase;vertical-align:middle;margin-left:.4em}
mark.ent.flash,tr.flash{outline:3px solid #d4351c}
tr.ent-row{cursor:pointer}
tr.ent-row:hover{background:#eef}
#detail{position:fixed;right:1rem;bottom:1rem;width:min(36rem,90vw);max-height:45vh;overflow:auto;background:#fff;border:2px solid #1d70b8;border-radius:4px;padding:.5rem .75rem;box-shadow:0 2px 8px rgba(0,0,0,.2);z-index:3;font-size:.9rem}
#detail pre{white-space:pre-wrap;word-break:break-word;background:#f6f6f6;padding:.25rem;margin:.25rem 0}
#detail dl{display:grid;grid-template-columns:auto 1fr;gap:0 .75rem;margin:0}
#detail dt{font-weight:bold}
#detail dd{margin:0;word-break:break-word}
#detail .hit{background:#ffdd00}
#detail button{float:right}
.messages li{font-size:.85rem}
.note{color:#555;font-size:.9rem}
${typeRules}
`;

// Plain browser JavaScript (no framework). Reads each document's data from its
// <script type="application/json"> block with JSON.parse, never as code.
export const REPORT_JS = `(function () {
  'use strict';
  var body = document.body;
  var dataCache = {};
  function docData(section) {
    var key = section.id;
    if (!dataCache[key]) dataCache[key] = JSON.parse(section.querySelector('script.doc-data').textContent);
    return dataCache[key];
  }
  function text(tag, value, cls) {
    var el = document.createElement(tag);
    if (cls) el.className = cls;
    el.textContent = value;
    return el;
  }
  var detail = document.getElementById('detail');
  function showEntity(section, id) {
    var data = docData(section);
    var e = data.entities[id];
    if (!e) return;
    var fields = ['type', 'text', 'value', 'rule', 'section', 'sentence', 'acronym'];
    var start = e.start, end = e.end;
    var content = document.getElementById('detail-content');
    content.textContent = '';
    content.appendChild(text('h3', e.text));
    var dl = document.createElement('dl');
    function row(name, value) { dl.appendChild(text('dt', name)); dl.appendChild(text('dd', value)); }
    row('id', id);
    row('source', data.path + ':' + start[0] + ':' + start[1]);
    row('start', 'line ' + start[0] + ', column ' + start[1] + ', offset ' + start[2]);
    row('end', 'line ' + end[0] + ', column ' + end[1] + ', offset ' + end[2]);
    if (e.page) row('page', e.page === e.endPage ? String(e.page) : e.page + '–' + e.endPage);
    for (var i = 0; i < fields.length; i++) {
      var v = e[fields[i]];
      if (v !== null && v !== undefined && v !== '') row(fields[i], String(v));
    }
    content.appendChild(dl);
    var line = data.lines[String(start[0])];
    if (line !== undefined) {
      content.appendChild(text('div', 'Source line ' + start[0] + ':'));
      var pre = document.createElement('pre');
      pre.className = 'source-line';
      var chars = Array.from(line);
      var from = start[1] - 1;
      var to = end[0] === start[0] ? end[1] - 1 : chars.length;
      pre.appendChild(document.createTextNode(chars.slice(0, from).join('')));
      pre.appendChild(text('span', chars.slice(from, to).join(''), 'hit'));
      pre.appendChild(document.createTextNode(chars.slice(to).join('')));
      content.appendChild(pre);
    }
    detail.hidden = false;
  }
  document.getElementById('detail-close').addEventListener('click', function () { detail.hidden = true; });
  function flash(el) {
    el.classList.add('flash');
    setTimeout(function () { el.classList.remove('flash'); }, 1500);
  }
  document.addEventListener('click', function (event) {
    var target = event.target;
    if (!(target instanceof Element)) return;
    var mark = target.closest('mark.ent');
    var row = target.closest('tr.ent-row');
    var hit = mark || row;
    if (!hit) return;
    var section = hit.closest('section.doc');
    var id = hit.getAttribute('data-id');
    showEntity(section, id);
    if (row) {
      var m = section.querySelector('mark.ent[data-id="' + CSS.escape(id) + '"]');
      if (m) { m.scrollIntoView({ block: 'center' }); flash(m); }
    }
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') detail.hidden = true;
    var t = event.target;
    if ((event.key === 'Enter' || event.key === ' ') && t instanceof Element && t.matches('mark.ent, tr.ent-row')) {
      event.preventDefault();
      t.click();
    }
  });
  // Type filter: an unchecked type loses its highlight and its rows in the entity tables, and the unit ×
  // phase matrix counts only the types kept. The entity shown in the detail may no longer be, so it closes.
  var boxes = Array.prototype.slice.call(document.querySelectorAll('#type-filter input[data-type]'));
  var matrixCells = Array.prototype.slice.call(document.querySelectorAll('table.entity-matrix td[data-types]'));
  function applyTypes() {
    var shown = {};
    boxes.forEach(function (box) {
      var type = box.getAttribute('data-type');
      shown[type] = box.checked;
      body.classList.toggle('hide-' + type, !box.checked);
    });
    var all = boxes.every(function (box) { return box.checked; });
    matrixCells.forEach(function (td) {
      var n = 0;
      td.getAttribute('data-types').split(' ').forEach(function (pair) {
        var at = pair.lastIndexOf(':');
        if (at > 0 && shown[pair.slice(0, at)]) n += Number(pair.slice(at + 1));
      });
      td.querySelector('a').textContent = String(n);
      td.title = td.getAttribute('data-heading') + ': ' + n + (all ? '' : ' of ' + td.getAttribute('data-count')) + ' entities in ' + td.getAttribute('data-sentences') + ' sentences';
    });
    detail.hidden = true;
  }
  boxes.forEach(function (box) { box.addEventListener('change', applyTypes); });
  document.getElementById('types-all').addEventListener('click', function () { boxes.forEach(function (b) { b.checked = true; }); applyTypes(); });
  document.getElementById('types-none').addEventListener('click', function () { boxes.forEach(function (b) { b.checked = false; }); applyTypes(); });
  // Unit and phase filters: sections, matrix rows and columns, and entity rows that do not match are hidden.
  var unitSelect = document.getElementById('unit-filter');
  var phaseSelect = document.getElementById('phase-filter');
  function applyPlace() {
    var unit = unitSelect.value, phase = phaseSelect.value;
    document.querySelectorAll('[data-unit],[data-phase]').forEach(function (el) {
      if (el.tagName === 'OPTION') return;
      var u = el.getAttribute('data-unit'), p = el.getAttribute('data-phase');
      el.hidden = (unit !== '' && u !== null && u !== unit) || (phase !== '' && p !== null && p !== phase);
    });
    document.querySelectorAll('.preamble').forEach(function (el) { el.hidden = unit !== '' || phase !== ''; });
    detail.hidden = true;
  }
  unitSelect.addEventListener('change', applyPlace);
  phaseSelect.addEventListener('change', applyPlace);
  // A link to a section hidden by a filter clears the filters first.
  document.addEventListener('click', function (event) {
    var a = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
    if (!a) return;
    var el = document.getElementById(a.getAttribute('href').slice(1));
    if (el && el.closest('[hidden]')) { unitSelect.value = ''; phaseSelect.value = ''; applyPlace(); }
  });
  applyTypes();
  applyPlace();
})();
`;
