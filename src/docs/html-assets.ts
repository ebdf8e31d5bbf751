/**
 * The stylesheet and script every HTML page inlines: the reference works from `file://` and
 * offline, so nothing is loaded from anywhere. The script filters table rows and copies code
 * blocks; without it every row is shown and the code can still be selected by hand.
 */

/** Inline CSS of every page (light and dark colour schemes). */
export const PAGE_CSS = `
:root { color-scheme: light dark; --fg: #1d2330; --muted: #5b6474; --bg: #fff; --panel: #f5f7fa; --line: #d9dee7;
  --accent: #2457c5; --note-bg: #fff6e0; --note-line: #e0b44c; --ok: #1f7a4d; --stop: #9c3b12; --code-bg: #f1f3f7; }
@media (prefers-color-scheme: dark) { :root { --fg: #e4e7ee; --muted: #a3abb9; --bg: #14171d; --panel: #1c2029; --line: #333a47;
  --accent: #8cb1ff; --note-bg: #33291a; --note-line: #8f6d21; --ok: #6fd39f; --stop: #f0a071; --code-bg: #1f242e; } }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
a { color: var(--accent); }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9em; }
:not(pre) > code { background: var(--code-bg); padding: 0.05em 0.3em; border-radius: 4px; overflow-wrap: anywhere; }
.top { display: flex; gap: 1rem; align-items: baseline; padding: 0.7rem 1.5rem; border-bottom: 1px solid var(--line); background: var(--panel); }
.top a { font-weight: 600; text-decoration: none; }
.top span { color: var(--muted); font-size: 0.9em; }
.layout { display: grid; grid-template-columns: 15rem minmax(0, 1fr); gap: 2rem; max-width: 88rem; margin: 0 auto; padding: 1.5rem; }
.layout.single { grid-template-columns: minmax(0, 1fr); max-width: 72rem; }
.sidebar { position: sticky; top: 1rem; align-self: start; font-size: 0.92em; }
.sidebar h2 { font-size: 0.8em; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); margin: 1rem 0 0.3rem; }
.sidebar ul { list-style: none; margin: 0; padding: 0; }
.sidebar li a { display: block; padding: 0.15rem 0.5rem; border-radius: 4px; text-decoration: none; overflow-wrap: anywhere; }
.sidebar li a[aria-current="page"] { background: var(--panel); font-weight: 600; }
@media (max-width: 56rem) { .layout { grid-template-columns: minmax(0, 1fr); } .sidebar { position: static; } }
h1 { font-size: 1.7rem; margin: 0 0 0.4rem; overflow-wrap: anywhere; }
h2 { font-size: 1.3rem; margin: 2.2rem 0 0.6rem; padding-bottom: 0.2rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.4rem 0 0.4rem; }
.lead { font-size: 1.08em; }
.muted { color: var(--muted); }
.badges { display: flex; flex-wrap: wrap; gap: 0.4rem; margin: 0.3rem 0 1rem; }
.badge { border: 1px solid var(--line); border-radius: 999px; padding: 0.05rem 0.6rem; font-size: 0.85em; background: var(--panel); }
.badge.terminal { border-color: var(--stop); color: var(--stop); }
.badge.ongoing { border-color: var(--ok); color: var(--ok); }
.callout { border-left: 4px solid var(--note-line); background: var(--note-bg); padding: 0.6rem 1rem; border-radius: 0 6px 6px 0; margin: 1rem 0; }
.callout > :first-child { margin-top: 0; } .callout > :last-child { margin-bottom: 0; }
.toc { display: flex; flex-wrap: wrap; gap: 0.3rem 1rem; padding: 0; list-style: none; font-size: 0.95em; }
.table-wrap { overflow-x: auto; border: 1px solid var(--line); border-radius: 6px; }
table { border-collapse: collapse; width: 100%; font-size: 0.93em; }
#field-table, #all-fields { min-width: 56rem; }
th, td { text-align: left; vertical-align: top; padding: 0.45rem 0.6rem; border-bottom: 1px solid var(--line); }
th { background: var(--panel); position: sticky; top: 0; font-weight: 600; }
tbody tr:last-child td { border-bottom: 0; }
tr.diverges td:first-child { box-shadow: inset 3px 0 0 var(--note-line); }
td.note { background: var(--note-bg); }
td.path code { white-space: nowrap; overflow-wrap: normal; }
.table-wrap[data-empty]::after { content: "Nothing here matches the filter."; display: block; padding: 0.5rem 0.6rem; color: var(--muted); }
td.type { min-width: 11rem; }
td.type > code { overflow-wrap: normal; word-break: normal; }
.constraints { display: block; color: var(--muted); font-size: 0.88em; overflow-wrap: anywhere; }
.req { white-space: nowrap; }
.req.absent { color: var(--stop); font-weight: 600; white-space: normal; }
.filter { display: flex; flex-wrap: wrap; gap: 0.6rem; align-items: center; margin: 0.8rem 0; }
.filter input { flex: 1 1 18rem; max-width: 30rem; font: inherit; padding: 0.4rem 0.6rem; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); color: var(--fg); }
.filter output { color: var(--muted); font-size: 0.9em; }
figure.code { margin: 1rem 0; border: 1px solid var(--line); border-radius: 6px; overflow: hidden; }
figure.code figcaption { display: flex; justify-content: space-between; align-items: center; gap: 1rem; padding: 0.35rem 0.7rem; background: var(--panel); border-bottom: 1px solid var(--line); font-size: 0.9em; }
figure.code pre { margin: 0; padding: 0.8rem 1rem; overflow: auto; max-height: 36rem; background: var(--code-bg); }
button.copy { font: inherit; font-size: 0.9em; padding: 0.15rem 0.7rem; border: 1px solid var(--line); border-radius: 4px; background: var(--bg); color: var(--fg); cursor: pointer; }
button.copy:hover { border-color: var(--accent); }
footer { max-width: 88rem; margin: 2rem auto; padding: 1rem 1.5rem; color: var(--muted); font-size: 0.88em; border-top: 1px solid var(--line); }
`;

/**
 * Inline script of every page: row filtering (`input[data-filter]`: every word must occur in the
 * row's text or its `data-terms`) and copy buttons (`button[data-copy]`).
 */
export const PAGE_SCRIPT = `
(() => {
  'use strict';
  for (const input of document.querySelectorAll('input[data-filter]')) {
    const tables = input.dataset.filter.split(' ').map((id) => document.getElementById(id)).filter(Boolean);
    const status = document.getElementById(input.dataset.status);
    const apply = () => {
      const words = input.value.toLowerCase().split(/\\s+/).filter(Boolean);
      let shown = 0;
      let total = 0;
      for (const table of tables) {
        let visible = 0;
        for (const row of table.querySelectorAll('tbody tr')) {
          const text = (row.textContent + ' ' + (row.dataset.terms ?? '')).toLowerCase();
          const hit = words.every((word) => text.includes(word));
          row.hidden = !hit;
          total += 1;
          if (hit) visible += 1;
        }
        shown += visible;
        table.parentElement.toggleAttribute('data-empty', visible === 0);
      }
      if (status) status.textContent = words.length > 0 ? shown + ' of ' + total + ' rows match' : '';
    };
    input.addEventListener('input', apply);
    apply();
  }
  const legacyCopy = (text) => {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    let copied = false;
    try { copied = document.execCommand('copy'); } catch { copied = false; }
    area.remove();
    return copied;
  };
  document.addEventListener('click', async (event) => {
    const button = event.target instanceof Element ? event.target.closest('button[data-copy]') : null;
    const source = button ? document.getElementById(button.dataset.copy) : null;
    if (!button || !source) return;
    let copied = false;
    try { await navigator.clipboard.writeText(source.textContent); copied = true; } catch { copied = legacyCopy(source.textContent); }
    button.textContent = copied ? 'Copied' : 'Press Ctrl+C to copy';
    if (!copied) getSelection()?.selectAllChildren(source);
    setTimeout(() => { button.textContent = 'Copy'; }, 2000);
  });
})();
`;
