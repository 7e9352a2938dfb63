import type {Element, ElementContent, Root} from 'hast'
import {toHtml} from 'hast-util-to-html'
import {h} from 'hastscript'
import type {FileReport} from './report.js'
import type {ReviewRegion} from './review.js'

/** Everything the review page of one file shows. */
export interface ReviewPage {
  path: string
  input: string
  report: FileReport
  regions: ReviewRegion[]
  minConfidence: number
}

const palette: Record<string, string> = {
  repetition: '#b35c00',
  casing: '#6a3d9a',
  typography: '#1f78b4',
  'false-friend': '#c0392b',
  calque: '#8e44ad',
  'function-word': '#16a085',
  entity: '#d35400',
  untranslated: '#7f8c8d',
  'number-format': '#2c7a2c',
  spelling: '#a93226',
  pronoun: '#1a5276',
  'word-order': '#9c640c',
  semantic: '#566573'
}

const style = `
:root{color-scheme:light;font-family:system-ui,-apple-system,"Segoe UI",sans-serif;line-height:1.5}
body{margin:0;background:#fafafa;color:#1b1b1b}
header,main{max-width:78rem;margin:0 auto;padding:1rem}
h1{font-size:1.3rem;margin:.2rem 0}
.summary{display:flex;flex-wrap:wrap;gap:.4rem;margin:.5rem 0}
.badge{display:inline-block;border-radius:1rem;padding:0 .6rem;color:#fff;font-size:.85rem}
.controls{display:flex;flex-wrap:wrap;gap:.6rem 1.2rem;align-items:center;border:1px solid #ddd;background:#fff;padding:.6rem;border-radius:.4rem}
.controls fieldset{border:0;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:.2rem .8rem}
button{font:inherit;padding:.2rem .6rem;border:1px solid #888;border-radius:.3rem;background:#fff;cursor:pointer}
button[aria-pressed=true]{background:#1b1b1b;color:#fff}
button:focus-visible,a:focus-visible,.change:focus-visible,.flag:focus-visible,input:focus-visible{outline:3px solid #f39c12;outline-offset:2px}
.layout{display:grid;grid-template-columns:minmax(0,3fr) minmax(16rem,2fr);gap:1rem;margin-top:1rem}
@media (max-width:52rem){.layout{grid-template-columns:1fr}}
.article{white-space:pre-wrap;background:#fff;border:1px solid #ddd;border-radius:.4rem;padding:1rem;font-size:1.05rem}
.change{position:relative;border-bottom:3px solid var(--c);border-radius:.2rem;background:color-mix(in srgb,var(--c) 10%,transparent)}
.change del{color:#8b0000;text-decoration:line-through}
.change ins{color:#064;text-decoration:none;background:color-mix(in srgb,var(--c) 18%,transparent)}
.change.rejected ins{display:none}.change.rejected del{text-decoration:none;color:inherit}

.change.dim{opacity:.35}
.tip{display:none;position:absolute;z-index:2;left:0;top:100%;min-width:16rem;max-width:24rem;background:#1b1b1b;color:#fff;padding:.4rem .6rem;border-radius:.3rem;font-size:.85rem;white-space:normal}
.change:hover .tip,.change:focus .tip,.flag:hover .tip,.flag:focus .tip{display:block}
.flag{position:relative;background:#fff3b0;border-bottom:2px dotted #b7950b}
.list{list-style:none;margin:0;padding:0}
.list li{background:#fff;border:1px solid #ddd;border-left:6px solid var(--c);border-radius:.3rem;padding:.4rem .6rem;margin-bottom:.5rem}
.list li.dim{opacity:.45}
.list .meta{font-size:.85rem;color:#444}
.list code{background:#f1f1f1;padding:0 .2rem;border-radius:.2rem}
textarea{width:100%;min-height:8rem;font:inherit}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
`

const script = `
(() => {
  const data = JSON.parse(document.getElementById('review-data').textContent);
  const decisions = {};
  for (const region of data.regions) decisions[region.id] = 'accept';
  const history = [];
  const $ = (selector) => document.querySelector(selector);
  const $$ = (selector) => [...document.querySelectorAll(selector)];
  const exportText = () => {
    let text = '', last = 0;
    for (const region of data.regions) {
      text += data.input.slice(last, region.start) + (decisions[region.id] === 'accept' ? region.output : region.text);
      last = region.end;
    }
    return text + data.input.slice(last);
  };
  const exportDecisions = () => {
    const out = {format: 'mt-cleanup-decisions', version: 1, decisions: {}, changes: {}};
    for (const region of data.regions) for (const change of region.changes) {
      out.decisions[change.id] = decisions[region.id];
      out.changes[change.id] = {before: change.before, after: change.after};
    }
    return out;
  };
  const remember = () => history.push({...decisions});
  const set = (id, value) => { remember(); decisions[id] = value; render(); };
  const render = () => {
    for (const region of data.regions) {
      const accepted = decisions[region.id] === 'accept';
      const span = document.getElementById(region.id);
      span.classList.toggle('accepted', accepted);
      span.classList.toggle('rejected', !accepted);
      for (const button of $$('[data-decide="' + region.id + '"]')) button.setAttribute('aria-pressed', String(button.dataset.value === decisions[region.id]));
    }
    $('#export-text').value = exportText();
    $('#export-decisions').value = JSON.stringify(exportDecisions(), null, 2);
    const rejected = Object.values(decisions).filter((value) => value === 'reject').length;
    $('#status').textContent = (data.regions.length - rejected) + ' of ' + data.regions.length + ' places accepted';
    $('#undo').disabled = history.length === 0;
  };
  const filter = () => {
    const shown = new Set($$('[data-filter-category]').filter((box) => box.checked).map((box) => box.value));
    const minimum = Number($('#min-confidence').value);
    $('#min-confidence-value').textContent = minimum.toFixed(2);
    for (const region of data.regions) {
      const visible = region.categories.some((category) => shown.has(category)) && region.confidence >= minimum;
      document.getElementById(region.id).classList.toggle('dim', !visible);
      $('#item-' + region.id).classList.toggle('dim', !visible);
      $('#item-' + region.id).hidden = !visible;
    }
  };
  const download = (name, type, content) => {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([content], {type}));
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
  };
  document.addEventListener('click', (event) => {
    const button = event.target.closest('button');
    if (!button) return;
    if (button.dataset.decide) set(button.dataset.decide, button.dataset.value);
    else if (button.id === 'undo' && history.length) { Object.assign(decisions, history.pop()); render(); }
    else if (button.id === 'accept-above') {
      remember();
      const minimum = Number($('#accept-threshold').value);
      for (const region of data.regions) decisions[region.id] = region.confidence >= minimum ? 'accept' : 'reject';
      render();
    } else if (button.id === 'copy-text') {
      const text = exportText();
      (navigator.clipboard ? navigator.clipboard.writeText(text) : Promise.reject()).catch(() => { $('#export-text').select(); document.execCommand('copy'); });
    } else if (button.id === 'download-text') download(data.name + '.reviewed.txt', 'text/plain;charset=utf-8', exportText());
    else if (button.id === 'download-decisions') download(data.name + '.decisions.json', 'application/json', JSON.stringify(exportDecisions(), null, 2) + '\\n');
  });
  document.addEventListener('keydown', (event) => {
    const span = event.target.closest && event.target.closest('.change');
    if (!span || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'a') set(span.id, 'accept');
    if (event.key === 'r') set(span.id, 'reject');
  });
  for (const input of $$('[data-filter-category], #min-confidence')) input.addEventListener('input', filter);
  window.mtCleanupReview = {exportText, exportDecisions, decisions};
  render();
  filter();
})();
`

/** The review page of one file, as a self-contained HTML document (no network, no external assets). */
export function reviewPage(page: ReviewPage): string {
  const {report, regions, input} = page
  const changesById = new Map(report.changes.map((change) => [change.id, change]))
  const regionData = regions.map((region) => {
    const changes = region.changes.map((id) => changesById.get(id)!).filter(Boolean)
    const categories = [...new Set(changes.map((change) => change.category ?? 'semantic'))]
    return {
      id: region.id,
      start: region.input.start,
      end: region.input.end,
      text: region.input.text,
      output: region.output,
      categories,
      category: categories[0] ?? 'semantic',
      confidence: Math.min(...changes.map((change) => change.confidence)),
      changes: changes.map((change) => ({id: change.id, rule: change.rule, category: change.category, confidence: change.confidence, reason: change.reason, before: change.before, after: change.after}))
    }
  })
  const name = page.path.split(/[\\/]/).pop()?.replace(/\.[^.]+$/, '') || 'article'

  // The article: gaps as text, regions as <del>/<ins> pairs, flags outside regions as notes.
  const flags = report.flags.filter((flag) => !regions.some((region) => flag.input.start < region.input.end && region.input.start < flag.input.end))
  const marks = [
    ...regionData.map((region) => ({start: region.start, end: region.end, node: regionNode(region)})),
    ...flags.map((flag, index) => ({
      start: flag.input.start,
      end: flag.input.end,
      node: h('mark.flag', {id: `f${index + 1}`, tabIndex: 0, 'aria-describedby': `f${index + 1}-tip`}, [
        input.slice(flag.input.start, flag.input.end),
        h('span.tip', {role: 'tooltip', id: `f${index + 1}-tip`}, [`For review (${flag.category ?? 'note'}, ${flag.rule}): ${flag.reason}`])
      ])
    }))
  ].sort((a, b) => a.start - b.start)
  const article: ElementContent[] = []
  let last = 0
  for (const mark of marks) {
    if (mark.start < last) continue
    if (mark.start > last) article.push({type: 'text', value: input.slice(last, mark.start)})
    article.push(mark.node)
    last = mark.end
  }
  if (last < input.length) article.push({type: 'text', value: input.slice(last)})

  const categories = Object.entries(report.summary.byCategory).sort((a, b) => b[1] - a[1])
  const evidence = Object.entries(report.pivot.evidence).map(([pivot, texts]) => `${pivot}: ${(texts ?? []).slice(0, 6).join(', ')}`)

  const tree: Root = {
    type: 'root',
    children: [
      {type: 'doctype'},
      h('html', {lang: 'en'}, [
        h('head', [
          h('meta', {charSet: 'utf-8'}),
          h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
          h('title', [`Review: ${page.path}`]),
          h('style', [style])
        ]),
        h('body', [
          h('header', [
            h('h1', [`Review: ${page.path}`]),
            h('p', [
              `${report.summary.changes} changes in ${regions.length} places, ${report.summary.flags} notes for review, ${report.summary.skipped} fixes not applied. `,
              `Likely pivot language: ${report.pivot.likely ?? 'undecided'}${evidence.length ? ` (${evidence.join('; ')})` : ''}.`
            ]),
            h('div.summary', {'aria-label': 'Changes per category'}, categories.map(([category, count]) => h('span.badge', {style: `background:${palette[category] ?? '#555'}`}, [`${category} ${count}`]))),
            h('div.controls', [
              h('fieldset', [h('legend.sr-only', ['Show categories']), ...categories.map(([category]) => h('label', [h('input', {type: 'checkbox', checked: true, value: category, dataFilterCategory: ''}), ` ${category}`]))]),
              h('label', ['Minimum confidence ', h('input#min-confidence', {type: 'range', min: 0, max: 1, step: 0.05, value: 0}), ' ', h('output#min-confidence-value', ['0.00'])]),
              h('span', [
                h('label', {for: 'accept-threshold'}, ['Accept all at or above ']),
                h('input#accept-threshold', {type: 'number', min: 0, max: 1, step: 0.05, value: page.minConfidence, style: 'width:5rem'}),
                ' ',
                h('button#accept-above', {type: 'button'}, ['Apply'])
              ]),
              h('button#undo', {type: 'button'}, ['Undo']),
              h('button#copy-text', {type: 'button'}, ['Copy text']),
              h('button#download-text', {type: 'button'}, ['Download text']),
              h('button#download-decisions', {type: 'button'}, ['Download decisions']),
              h('span#status', {role: 'status'})
            ])
          ]),
          h('main', [
            h('div.layout', [
              h('section', {'aria-label': 'Article'}, [h('div.article', article)]),
              h('section', {'aria-label': 'Changes'}, [
                h('h2', {style: 'font-size:1.1rem;margin-top:0'}, ['Changes']),
                h('ol.list', regionData.map((region) => listItem(region))),
                h('details', [h('summary', ['Text with the accepted changes']), h('textarea#export-text', {readOnly: true, 'aria-label': 'Text with the accepted changes'})]),
                h('details', [h('summary', ['Decisions (JSON, for mt-cleanup --apply-decisions)']), h('textarea#export-decisions', {readOnly: true, 'aria-label': 'Decisions'})])
              ])
            ])
          ]),
          // The data is JSON inside a script element: "<" is escaped so no text can close it.
          h('script#review-data', {type: 'application/json'}, [JSON.stringify({name, input, regions: regionData}).replace(/</g, '\\u003c')]),
          h('script', [script])
        ])
      ])
    ]
  }
  return toHtml(tree, {allowDangerousCharacters: false}) + '\n'

  function regionNode(region: (typeof regionData)[number]): Element {
    const tip = region.changes.map((change) => `${change.rule} · ${change.category} · ${change.confidence.toFixed(2)} · ${change.reason}`).join('\n')
    return h(
      'span.change.accepted',
      {id: region.id, tabIndex: 0, style: `--c:${palette[region.category] ?? '#555'}`, dataCategory: region.category, 'aria-describedby': `${region.id}-tip`, 'aria-label': `Change ${region.id}: ${region.text || '(nothing)'} to ${region.output || '(nothing)'}`},
      [h('del', [region.text]), h('ins', [region.output]), h('span.tip', {role: 'tooltip', id: `${region.id}-tip`}, [tip, ' (a: accept, r: reject)'])]
    )
  }

  function listItem(region: (typeof regionData)[number]): Element {
    return h('li', {id: `item-${region.id}`, style: `--c:${palette[region.category] ?? '#555'}`}, [
      h('a', {href: `#${region.id}`}, [`${region.id}`]),
      ' ',
      h('span.badge', {style: `background:${palette[region.category] ?? '#555'}`}, [region.categories.join(', ')]),
      ' ',
      h('code', [region.text || '∅']),
      ' → ',
      h('code', [region.output || '∅']),
      h('div.meta', region.changes.map((change) => h('div', [`${change.rule} (${change.confidence.toFixed(2)}): ${change.reason}`]))),
      h('div', [
        h('button', {type: 'button', dataDecide: region.id, dataValue: 'accept', 'aria-pressed': 'true'}, ['Accept']),
        ' ',
        h('button', {type: 'button', dataDecide: region.id, dataValue: 'reject', 'aria-pressed': 'false'}, ['Reject'])
      ])
    ])
  }
}

/** The index page of a batch: one row per file with its counts and a link to its review page. */
export function indexPage(rows: Array<{path: string; href: string; report: FileReport}>): string {
  const tree: Root = {
    type: 'root',
    children: [
      {type: 'doctype'},
      h('html', {lang: 'en'}, [
        h('head', [h('meta', {charSet: 'utf-8'}), h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}), h('title', ['mt-cleanup review']), h('style', [style])]),
        h('body', [
          h('main', [
            h('h1', ['mt-cleanup review']),
            h('table', [
              h('thead', [h('tr', [h('th', ['File']), h('th', ['Changes']), h('th', ['By category']), h('th', ['Notes']), h('th', ['Pivot'])])]),
              h(
                'tbody',
                rows.map(({path, href, report}) =>
                  h('tr', [
                    h('td', [h('a', {href}, [path])]),
                    h('td', [String(report.summary.changes)]),
                    h('td', [Object.entries(report.summary.byCategory).map(([category, count]) => `${category} ${count}`).join(', ')]),
                    h('td', [String(report.summary.flags)]),
                    h('td', [report.pivot.likely ?? ''])
                  ])
                )
              )
            ])
          ])
        ])
      ])
    ]
  }
  return toHtml(tree) + '\n'
}
