/** A neutral Answer as an HTML fragment (the page's answer region, and each permalink's page). */
import { messagesFor } from '../i18n/catalogue.js';
import type { Answer, AnswerAttachment } from '../model/answer.js';
import { html, safeHref, type Html } from './html.js';
import { permalink, suggestionHref } from './links.js';

export interface AnswerHtmlOptions {
  headingLevel?: 2 | 1;
  /** Where the files the answer carries are served (the CV's /cv/<key>.pdf); a file without one is not offered. */
  fileHref?: (file: AnswerAttachment) => string | null;
}

export function answerHtml(answer: Answer, options: AnswerHtmlOptions = {}): Html {
  const h = options.headingLevel ?? 2;
  // The answer's own language words the page's labels around it.
  const words = messagesFor(answer.locale);
  const title = h === 1 ? html`<h1 id="answer-title">${answer.title}</h1>` : html`<h2 id="answer-title">${answer.title}</h2>`;
  const links = answer.links.flatMap((l) => {
    const href = safeHref(l.url);
    return href ? [html`<li><a href="${href}" rel="nofollow noopener">${l.label || l.url}</a></li>`] : [];
  });
  const downloads = (answer.attachments ?? []).flatMap((file) => {
    if (file.display !== 'download') return [];
    const href = options.fileHref?.(file);
    return href ? [html`<li><a href="${href}" download="${file.filename}" type="${file.contentType}">${file.label}</a></li>`] : [];
  });
  const share = answer.route && (answer.kind === 'result' || answer.kind === 'list') ? permalink(answer.route) : null;
  return html`<article class="answer answer-${answer.kind}" aria-labelledby="answer-title">
${title}
${answer.subtitle ? html`<p class="subtitle">${answer.subtitle}</p>` : ''}
${answer.body ? answer.body.split(/\n{2,}/).map((p) => html`<p>${p}</p>`) : ''}
${answer.fields.length ? html`<dl class="fields">${answer.fields.map((f) => html`<div><dt>${f.label}</dt><dd>${f.value}</dd></div>`)}</dl>` : ''}
${answer.sections.map(
  (s) =>
    html`<section class="answer-section">${s.heading ? html`<h3>${s.heading}</h3>` : ''}<ul>${s.bullets.filter((b) => b.trim()).map((b) => html`<li>${b}</li>`)}</ul></section>`,
)}
${downloads.length ? html`<ul class="downloads">${downloads}</ul>` : ''}
${links.length ? html`<ul class="links">${links}</ul>` : ''}
${answer.footer ? html`<p class="footer">${answer.footer}</p>` : ''}
${
  answer.suggestions.length
    ? html`<p class="suggestions">${words.t(answer.kind === 'empty' ? 'render.didYouMean' : 'render.try')}: ${answer.suggestions.map(
        (s, i) => html`${i ? ', ' : ''}<a href="${suggestionHref(s)}">${s}</a>`,
      )}</p>`
    : ''
}
${share ? html`<p class="permalink"><a href="${share}" rel="bookmark">${words.t('page.permalink')}</a></p>` : ''}
</article>`;
}
