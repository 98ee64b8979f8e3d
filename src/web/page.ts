/**
 * The page layout: one HTML document with its head (title, description, Open Graph and
 * Twitter card tags for link previews), a skip link, the search form and the content.
 * Styles and the one script are files served beside the page (see assets.ts), so the
 * Content-Security-Policy can forbid every inline script and style.
 */
import { english, type Messages } from '../i18n/catalogue.js';
import { html, type Html, type HtmlValue } from './html.js';

export interface PageMeta {
  title: string;
  description: string;
  /** Absolute URL of this page (og:url, canonical); null when the bot does not know its public address. */
  url: string | null;
  image: { url: string; width: number; height: number; alt: string } | null;
}

/** Link previews cut long text anyway; keep descriptions to what they show. */
export function clip(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function metaTags(meta: PageMeta): Html {
  const description = clip(meta.description);
  return html`<meta name="description" content="${description}">
<meta property="og:type" content="profile">
<meta property="og:title" content="${meta.title}">
<meta property="og:description" content="${description}">
${meta.url ? html`<meta property="og:url" content="${meta.url}"><link rel="canonical" href="${meta.url}">` : ''}
${
  meta.image
    ? html`<meta property="og:image" content="${meta.image.url}">
<meta property="og:image:type" content="image/png">
<meta property="og:image:width" content="${meta.image.width}">
<meta property="og:image:height" content="${meta.image.height}">
<meta property="og:image:alt" content="${clip(meta.image.alt, 400)}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:image" content="${meta.image.url}">
<meta name="twitter:image:alt" content="${clip(meta.image.alt, 400)}">`
    : html`<meta name="twitter:card" content="summary">`
}
<meta name="twitter:title" content="${meta.title}">
<meta name="twitter:description" content="${description}">`;
}

export interface SearchBox {
  /** Whose résumé, for the label. */
  name: string;
  query: string;
  /** Where the form asks (`/`, or a person's page); default `/`. */
  action?: string;
}

export function searchForm(box: SearchBox, words: Messages = english()): Html {
  return html`<form class="search" action="${box.action ?? '/'}" method="get" role="search">
<label for="q">${words.t('page.askAbout', { name: box.name })}</label>
<div class="search-row"><input id="q" name="q" type="search" value="${box.query}" maxlength="300" autocomplete="off" placeholder="${words.t('page.placeholder')}" aria-describedby="q-hint" aria-controls="answer"><button type="submit">${words.t('page.ask')}</button></div>
<p id="q-hint" class="hint">${words.t('page.hint')}</p>
</form>`;
}

/** The whole document, in `words`' language (its `lang`, the skip link). */
export function page(meta: PageMeta, body: HtmlValue, words: Messages = english()): Html {
  return html`<!doctype html>
<html lang="${words.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${meta.title}</title>
${metaTags(meta)}
<link rel="stylesheet" href="/assets/page.css">
<script src="/assets/search.js" defer></script>
</head>
<body>
<a class="skip" href="#main">${words.t('page.skip')}</a>
<main id="main">
${body}
</main>
</body>
</html>
`;
}
