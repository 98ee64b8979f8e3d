/**
 * The page's stylesheet and its one script, served as files (/assets/page.css,
 * /assets/search.js) so the Content-Security-Policy allows no inline code at all.
 *
 * The page works without the script: the search form is a plain GET form. The script only
 * adds answers as you type, by asking for the same page's answer fragment.
 */

/** Colours meet WCAG AA (4.5:1 or more for text) in both schemes; focus is always visible. */
export const PAGE_CSS = `
:root { color-scheme: light dark; --bg: #ffffff; --fg: #111827; --muted: #4b5563; --line: #e5e7eb; --accent: #005a8c; --card: #f9fafb; }
@media (prefers-color-scheme: dark) { :root { --bg: #111827; --fg: #f9fafb; --muted: #d1d5db; --line: #374151; --accent: #7cc4f2; --card: #1f2937; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 17px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 960px; margin: 0 auto; padding: 24px 20px 64px; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, input:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.skip { position: absolute; left: -9999px; }
.skip:focus { left: 12px; top: 12px; background: var(--bg); padding: 8px; z-index: 1; }
header h1 { font-size: 2.2rem; margin: 0 0 4px; }
header .label { color: var(--muted); margin: 0 0 8px; font-size: 1.15rem; }
ul.contact { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 4px 18px; color: var(--muted); }
header .download { margin: 10px 0 0; }
header .download a, ul.downloads a { font-weight: 700; }
ul.downloads { list-style: none; padding: 0; }
figure.timeline { margin: 24px 0; }
figure.timeline img { width: 100%; height: auto; border: 1px solid var(--line); border-radius: 8px; }
figure.timeline figcaption { color: var(--muted); font-size: .9rem; }
form.search { margin: 24px 0 8px; }
form.search label { display: block; font-weight: 700; margin-bottom: 6px; }
.search-row { display: flex; gap: 8px; }
.search-row input { flex: 1; font: inherit; padding: 10px 12px; border: 2px solid var(--muted); border-radius: 8px; background: var(--bg); color: var(--fg); }
.search-row button { font: inherit; font-weight: 700; padding: 10px 18px; border: 0; border-radius: 8px; background: var(--accent); color: var(--bg); cursor: pointer; }
.hint { color: var(--muted); font-size: .9rem; margin: 6px 0 0; }
#answer:empty { display: none; }
.answer { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 4px 20px 12px; margin: 12px 0 24px; }
.answer .subtitle, .answer .footer, .meta, .dates { color: var(--muted); }
.dates, .meta { margin: 2px 0; }
dl.fields div { display: flex; gap: 12px; } dl.fields dt { font-weight: 700; min-width: 8em; } dl.fields dd { margin: 0; }
section { margin-top: 32px; }
section h2 { font-size: 1.4rem; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
.entry { margin: 18px 0; }
.entry h3 { margin: 0; font-size: 1.1rem; }
.entry .at { font-weight: 400; }
ul.tags { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 6px; }
ul.tags li { border: 1px solid var(--line); border-radius: 999px; padding: 1px 10px; font-size: .9rem; }
blockquote { margin: 0; font-style: italic; }
.people ul { list-style: none; padding: 0; }
`;

/**
 * Answers as you type: after a short pause, fetch the answer fragment for the text and put
 * it in the live region (announced to screen readers); the address follows, so the result can
 * be bookmarked. Without this script the form submits as usual.
 */
export const SEARCH_JS = `(() => {
  const input = document.getElementById('q');
  const region = document.getElementById('answer');
  if (!input || !region || !window.fetch) return;
  // The page's own address answers (/, or a person's /p/<id>), as the form does without the script.
  const path = (input.form && new URL(input.form.action).pathname) || '/';
  let timer = 0, asked = input.value.trim(), controller = null;
  const ask = async () => {
    const q = input.value.trim();
    if (q === asked) return;
    asked = q;
    if (controller) controller.abort();
    controller = new AbortController();
    try {
      const res = await fetch(path + '?partial=1&q=' + encodeURIComponent(q), { signal: controller.signal, headers: { accept: 'text/html' } });
      if (!res.ok && res.status !== 429) return;
      region.innerHTML = await res.text();
      history.replaceState(null, '', q ? path + '?q=' + encodeURIComponent(q) : path);
    } catch (e) { /* aborted by a newer keystroke, or offline: the form still works */ }
  };
  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(ask, 250); });
})();
`;
