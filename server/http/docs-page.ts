// A self-contained API docs page (no CDN): lists the operations of /openapi.json, each with a "try it" form.
// The script is served as its own file (/docs/docs.js) so the page runs under a CSP without inline script.
export const DOCS_HTML = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>policy-graph API 文档</title>
<style>
body{font:14px/1.5 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;margin:0;color:#1f2328;background:#f6f8fa}
header{background:#24292f;color:#fff;padding:12px 24px}header a{color:#9cd}main{max-width:1000px;margin:0 auto;padding:16px}
details{background:#fff;border:1px solid #d0d7de;border-radius:6px;margin:8px 0}summary{cursor:pointer;padding:8px 12px}
.m{display:inline-block;min-width:58px;font-weight:600;text-transform:uppercase}.get{color:#1a7f37}.post{color:#0969da}.delete{color:#cf222e}
.body{padding:0 12px 12px}label{display:block;margin:6px 0 2px;font-weight:600}input[type=text],textarea{width:100%;box-sizing:border-box;font:13px ui-monospace,monospace}
textarea{min-height:70px}pre{background:#0d1117;color:#e6edf3;padding:8px;border-radius:6px;max-height:400px;overflow:auto;white-space:pre-wrap}
button{margin-top:8px;padding:4px 14px}#token{width:300px}h2{margin:20px 0 4px;font-size:16px}small{color:#57606a}
</style></head><body>
<header><b>policy-graph API</b> · <a href="/openapi.json">openapi.json</a> · <a href="/">界面 / UI</a></header>
<main>
<p>访问令牌（仅写操作需要）/ API token for writes: <input type="text" id="token" placeholder="API_TOKEN"></p>
<div id="ops">加载中… / loading…</div>
</main>
<script src="/docs/docs.js"></script></body></html>
`;

export const DOCS_SCRIPT = `const el = (tag, attrs = {}, ...kids) => { const e = document.createElement(tag); Object.assign(e, attrs); e.append(...kids); return e; };
function exampleBody(schema) {
  if (!schema) return '';
  if (schema.example) return JSON.stringify(schema.example, null, 2);
  const props = schema.properties || {};
  const out = {};
  for (const k of schema.required || []) out[k] = props[k] && props[k].type === 'array' ? [] : props[k] && props[k].type === 'integer' ? 1 : '';
  return JSON.stringify(out, null, 2);
}
function operation(path, method, op) {
  const params = op.parameters || [];
  const content = op.requestBody && op.requestBody.content || {};
  const isForm = Boolean(content['multipart/form-data']);
  const jsonSchema = content['application/json'] && content['application/json'].schema;
  const inputs = params.map((p) => [p, el('input', { type: 'text', placeholder: (p.schema && p.schema.description) || p.description || '' })]);
  const file = isForm ? el('input', { type: 'file' }) : null;
  const body = jsonSchema ? el('textarea', { value: exampleBody(jsonSchema) }) : null;
  const out = el('pre', { hidden: true });
  const run = el('button', { textContent: '试一试 / Try it' });
  run.onclick = async () => {
    let url = path;
    const query = new URLSearchParams();
    for (const [p, input] of inputs) {
      if (p.in === 'path') url = url.replace('{' + p.name + '}', encodeURIComponent(input.value));
      else if (input.value !== '') query.set(p.name, input.value);
    }
    if ([...query].length) url += '?' + query;
    const headers = {};
    const token = document.getElementById('token').value.trim();
    if (token) headers.Authorization = 'Bearer ' + token;
    let payload;
    if (file) { payload = new FormData(); if (file.files[0]) payload.append('file', file.files[0]); }
    else if (body && body.value.trim()) { payload = body.value; headers['Content-Type'] = 'application/json'; }
    out.hidden = false; out.textContent = '…';
    try {
      const res = await fetch(url, { method: method.toUpperCase(), headers, body: payload });
      const type = res.headers.get('content-type') || '';
      const text = await res.text();
      out.textContent = res.status + ' ' + res.statusText + '\\n\\n' + (type.includes('json') ? JSON.stringify(JSON.parse(text), null, 2) : text.slice(0, 20000));
    } catch (e) { out.textContent = String(e); }
  };
  const form = el('div', { className: 'body' }, el('p', { textContent: op.description || '' }));
  for (const [p, input] of inputs) form.append(el('label', { textContent: p.name + ' (' + p.in + (p.required ? ', 必填 required' : '') + ')' }), input);
  if (file) form.append(el('label', { textContent: 'file' }), file);
  if (body) form.append(el('label', { textContent: 'JSON body' }), body);
  form.append(run, out);
  const summary = el('summary', {}, el('span', { className: 'm ' + method, textContent: method }), el('code', { textContent: path }), ' ', el('small', { textContent: op.summary || '' }));
  return el('details', {}, summary, form);
}
fetch('/openapi.json').then((r) => r.json()).then((doc) => {
  const root = document.getElementById('ops');
  root.textContent = '';
  const byTag = new Map();
  for (const [path, item] of Object.entries(doc.paths || {})) for (const [method, op] of Object.entries(item)) {
    const tag = (op.tags && op.tags[0]) || 'other';
    if (!byTag.has(tag)) byTag.set(tag, []);
    byTag.get(tag).push(operation(path, method, op));
  }
  for (const [tag, ops] of byTag) root.append(el('h2', { textContent: tag }), ...ops);
}).catch((e) => { document.getElementById('ops').textContent = '无法加载 /openapi.json: ' + e; });
`;
