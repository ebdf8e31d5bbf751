/**
 * The page `hookproof listen` serves on its UI port: one self-contained document (no CDN, no external
 * file), the deliveries live over server-sent events, each expandable to its verdicts, drift, headers,
 * pretty body, forward result, with a copy button and replay buttons. Every value is inserted as text.
 */

const STYLE = `
body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#1b1f24;background:#f6f7f9}
header{display:flex;gap:1em;align-items:baseline;padding:.8em 1.2em;background:#1b1f24;color:#fff}
header h1{font-size:1.1em;margin:0}#state{opacity:.8}
main{padding:1em 1.2em}#empty{color:#666}
details.delivery{background:#fff;border:1px solid #d7dbe0;border-radius:6px;margin:.4em 0}
summary{cursor:pointer;padding:.5em .8em;display:flex;gap:.8em;align-items:center;flex-wrap:wrap}
.time{font-variant-numeric:tabular-nums;color:#555}.variant{font-family:ui-monospace,monospace}
.badge{border-radius:4px;padding:0 .45em;font-size:.85em;border:1px solid}
.ok{color:#11633a;border-color:#11633a;background:#e7f6ec}.bad{color:#9b1c1c;border-color:#9b1c1c;background:#fdecec}
.warn{color:#7a5200;border-color:#7a5200;background:#fff6df}.none{color:#555;border-color:#999;background:#f0f0f0}
.body{padding:.2em 1em 1em}h3{font-size:.95em;margin:1em 0 .3em}
pre{background:#f3f4f6;padding:.7em;border-radius:4px;overflow:auto;max-height:32em;margin:0}
mark.drift{background:#ffe08a;outline:1px solid #c99700}
table{border-collapse:collapse;font-family:ui-monospace,monospace;font-size:.9em}td{padding:.1em .8em .1em 0;vertical-align:top;word-break:break-all}
ul{margin:.2em 0;padding-left:1.3em}code{font-family:ui-monospace,monospace}
button{margin:.6em .5em 0 0;padding:.3em .8em}.replay-result{font-family:ui-monospace,monospace;margin-left:.3em}
`;

const SCRIPT = `
'use strict';
const token = new URLSearchParams(location.search).get('token') || '';
const q = 'token=' + encodeURIComponent(token);
const canReplay = document.body.dataset.replay === 'yes';
const list = document.getElementById('deliveries');
const seen = new Set();
function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) { if (k === 'class') node.className = v; else if (k.startsWith('data-')) node.setAttribute(k, v); else node[k] = v; }
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}
function badge(text, kind) { return el('span', { class: 'badge ' + kind }, text); }
const segment = (k) => String(k).replace(/~/g, '~0').replace(/\\//g, '~1');
function writeJson(out, value, path, depth, drift) {
  const pad = '  '.repeat(depth);
  if (Array.isArray(value)) {
    if (value.length === 0) return out.append('[]');
    out.append('[\\n');
    value.forEach((v, i) => { out.append(pad + '  '); writeMember(out, null, v, path + '/' + i, depth + 1, drift); out.append(i < value.length - 1 ? ',\\n' : '\\n'); });
    return out.append(pad + ']');
  }
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 0) return out.append('{}');
    out.append('{\\n');
    keys.forEach((k, i) => { out.append(pad + '  '); writeMember(out, k, value[k], path + '/' + segment(k), depth + 1, drift); out.append(i < keys.length - 1 ? ',\\n' : '\\n'); });
    return out.append(pad + '}');
  }
  out.append(JSON.stringify(value));
}
function writeMember(out, key, value, path, depth, drift) {
  let target = out;
  if (drift.has(path)) { target = el('mark', { class: 'drift', title: 'not in the schemas: ' + path, 'data-path': path }); out.append(target); }
  if (key !== null) target.append(JSON.stringify(key) + ': ');
  writeJson(target, value, path, depth, drift);
}
function prettyBody(r, drift) {
  if (r.bodyText === null) return el('pre', {}, r.bodyBase64 === null ? '(refused: ' + r.bodySize + ' bytes)' : '(not UTF-8: ' + r.bodySize + ' bytes)');
  let value;
  try { value = JSON.parse(r.bodyText); } catch { return el('pre', {}, r.bodyText); }
  const pre = el('pre', { class: 'json' });
  writeJson(pre, value, '', 0, drift);
  return pre;
}
function issues(title, list) {
  if (!list || list.length === 0) return null;
  return el('div', {}, el('h3', {}, title), el('ul', {}, ...list.map((i) => el('li', {}, el('code', {}, i.path || '(body)'), ' ' + i.message + (i.hint ? ' (' + i.hint + ')' : '')))));
}
function signatureBadge(v) {
  if (!v) return badge('no verdict', 'none');
  const s = v.signature;
  if (s.status === 'valid') return badge('signature valid', 'ok');
  if (s.status === 'unchecked') return badge('signature unchecked', 'none');
  return badge(s.reason === 'wrong-secret' ? 'forged or wrong secret' : 'signature ' + s.reason, 'bad');
}
function validationBadge(v) {
  if (!v) return badge('not inspected', 'none');
  return v.validation.status === 'valid' ? badge('payload valid', 'ok') : badge('payload invalid (' + v.validation.errors.length + ')', 'bad');
}
function forwardText(r) {
  if (!r.forward) return 'answered ' + r.answeredStatus;
  return r.forward.status === null ? 'app down: ' + r.forward.error + ' (answered ' + r.answeredStatus + ')' : 'app ' + r.forward.status;
}
async function replay(entry, original, out) {
  out.textContent = 'replaying...';
  delete out.dataset.status;
  const res = await fetch('/api/deliveries/' + entry.recording.sequence + '/replay?' + (original ? 'headers=original&' : '') + q, { method: 'POST' });
  const result = await res.json();
  out.textContent = res.ok ? (result.status === null ? 'failed: ' + result.error : 'app answered ' + result.status + ' in ' + result.latencyMs + ' ms') : 'cannot replay: ' + result.message;
  out.dataset.status = res.ok && result.status !== null ? String(result.status) : 'failed';
}
function render(entry) {
  const r = entry.recording;
  const v = r.verdicts;
  const drift = v ? v.validation.drift : [];
  const driftPaths = new Set(drift.map((d) => d.path));
  const copyOut = el('span', { class: 'replay-result' });
  const replayOut = el('span', { class: 'replay-result replay-out' });
  const copy = el('button', { class: 'copy', type: 'button', onclick: () => navigator.clipboard.writeText(r.bodyText || '').then(() => (copyOut.textContent = 'copied'), () => (copyOut.textContent = 'copy refused by the browser')) }, 'Copy body');
  const buttons = [copy, copyOut];
  if (canReplay) {
    buttons.push(el('button', { class: 'replay', type: 'button', onclick: () => replay(entry, false, replayOut) }, 'Replay to the app (re-signed)'));
    buttons.push(el('button', { class: 'replay-original', type: 'button', onclick: () => replay(entry, true, replayOut) }, 'Replay with original headers'), replayOut);
  }
  const headers = el('table', {}, ...Object.entries(r.headers).map(([k, val]) => el('tr', {}, el('td', {}, k), el('td', {}, val))));
  const summary = el('summary', {},
    el('span', { class: 'time' }, r.receivedAt.slice(11, 23)),
    el('span', { class: 'provider' }, (v && v.provider) || 'unknown'),
    el('span', { class: 'variant' }, (v && v.validation.variant) || 'unrecognised'),
    signatureBadge(v), validationBadge(v),
    drift.length ? badge('drift: ' + drift.map((d) => d.path).join(', '), 'warn') : null,
    el('span', { class: 'forward' }, forwardText(r)),
    el('span', { class: 'latency' }, entry.latencyMs + ' ms'),
    entry.recordError ? badge(entry.recordError, 'bad') : null);
  return el('details', { class: 'delivery', 'data-sequence': String(r.sequence) }, summary, el('div', { class: 'body' },
    el('h3', {}, 'Signature'), el('p', { class: 'signature-message' }, v ? v.signature.message : 'not inspected'),
    issues('Errors', v && v.validation.errors), issues('Warnings', v && v.validation.warnings),
    drift.length ? el('div', { class: 'drift-list' }, el('h3', {}, 'Drift: fields the schemas do not know'), el('ul', {}, ...drift.map((d) => el('li', {}, el('code', {}, d.path), ' = ' + JSON.stringify(d.value))))) : null,
    el('h3', {}, 'Body'), prettyBody(r, driftPaths),
    el('h3', {}, 'Headers'), headers,
    el('h3', {}, 'Forward'), el('p', {}, r.forward ? r.forward.url + ': ' + forwardText(r) + ', ' + r.forward.latencyMs + ' ms' + (r.forward.responseBody ? ', ' + r.forward.responseBody : '') : 'not forwarded'),
    el('p', {}, entry.file ? 'recorded as ' + entry.file : entry.recordError || 'not recorded'),
    el('div', {}, ...buttons)));
}
function add(entry) {
  const n = entry.recording.sequence;
  if (seen.has(n)) return;
  seen.add(n);
  document.getElementById('empty').hidden = true;
  const node = render(entry);
  const after = [...list.children].find((c) => Number(c.dataset.sequence) < n);
  list.insertBefore(node, after || null);
  document.getElementById('count').textContent = seen.size + ' deliveries';
}
const feed = new EventSource('/api/events?' + q);
feed.addEventListener('delivery', (e) => add(JSON.parse(e.data)));
feed.onopen = () => { document.getElementById('state').textContent = 'live'; };
feed.onerror = () => { document.getElementById('state').textContent = 'disconnected, retrying'; };
fetch('/api/deliveries?' + q).then((r) => r.json()).then((d) => d.deliveries.forEach(add));
`;

/** The page, with the nonce its inline style and script are allowed by (see the Content-Security-Policy). */
export function listenPage(nonce: string, canReplay: boolean): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>hookproof listen</title><style nonce="${nonce}">${STYLE}</style></head>
<body data-replay="${canReplay ? 'yes' : 'no'}">
<header><h1>hookproof listen</h1><span id="count">0 deliveries</span><span id="state">connecting</span></header>
<main><p id="empty">No delivery yet: point the provider (or a tunnel) at the delivery port.</p><div id="deliveries"></div></main>
<script nonce="${nonce}">${SCRIPT}</script></body></html>`;
}
