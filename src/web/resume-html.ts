/**
 * Every section of a (public) résumé as HTML: the page's body below the header and the
 * timeline. Sections the résumé does not have are left out; each has a heading, so the page
 * reads as an outline to a screen reader.
 */
import { english, type Messages } from '../i18n/catalogue.js';
import { formatMonthYear, formatRange, type PartialDate } from '../resume/dates.js';
import type { Resume } from '../resume/schema.js';
import { html, safeHref, type Html, type HtmlValue } from './html.js';

const link = (label: string | undefined, url: string | undefined): HtmlValue => {
  const href = url ? safeHref(url) : null;
  if (!label) return href ? html`<a href="${href}" rel="nofollow noopener">${url}</a>` : '';
  return href ? html`<a href="${href}" rel="nofollow noopener">${label}</a>` : label;
};

const list = (items: readonly string[], className = ''): HtmlValue =>
  items.length ? html`<ul${className ? html` class="${className}"` : ''}>${items.map((i) => html`<li>${i}</li>`)}</ul>` : '';

const tags = (items: readonly string[]): HtmlValue =>
  items.length ? html`<ul class="tags">${items.map((i) => html`<li>${i}</li>`)}</ul>` : '';

function section(id: string, heading: string, entries: Html[]): HtmlValue {
  if (!entries.length) return '';
  return html`<section id="${id}" aria-labelledby="${id}-heading"><h2 id="${id}-heading">${heading}</h2>${entries}</section>`;
}

export function resumeSectionsHtml(resume: Resume, now: Date, words: Messages = english()): Html {
  const t = words.t.bind(words);
  const dates = (start: PartialDate | undefined, end: PartialDate | null | undefined): HtmlValue => {
    const text = formatRange(start, end, now, words);
    return text ? html`<p class="dates">${text}</p>` : '';
  };
  const single = (date: PartialDate | undefined): string => (date ? formatMonthYear(date, words) : '');
  // "<position> at <company>", the company a link.
  const at = (position: string, company: HtmlValue) => html`${position} <span class="at">${t('page.at')} ${company}</span>`;
  const projectsAt = (company: string | undefined) =>
    company ? resume.projects.filter((p) => p.name && p.entity?.toLowerCase() === company.toLowerCase()).map((p) => p.name!) : [];
  return html`
${resume.basics.summary ? html`<section id="about" aria-labelledby="about-heading"><h2 id="about-heading">${t('page.about')}</h2><p>${resume.basics.summary}</p></section>` : ''}
${section(
  'experience',
  t('work.heading'),
  resume.work.map(
    (
      w,
    ) => html`<article class="entry"><h3>${w.position && w.name ? at(w.position, link(w.name, w.url)) : (w.position ?? w.name ?? t('timeline.role'))}</h3>
${dates(w.startDate, w.endDate)}${w.location ? html`<p class="meta">${w.location}</p>` : ''}
${w.description ? html`<p class="meta">${w.description}</p>` : ''}${w.summary ? html`<p>${w.summary}</p>` : ''}${list(w.highlights)}
${projectsAt(w.name).length ? html`<p class="meta">${t('page.projects', { names: projectsAt(w.name).join(' · ') })}</p>` : ''}</article>`,
  ),
)}
${section(
  'projects',
  t('projects.heading'),
  resume.projects.map(
    (p) => html`<article class="entry"><h3>${link(p.name ?? t('timeline.legendProject'), p.url)}</h3>
${p.entity || p.type ? html`<p class="meta">${[p.entity, p.type].filter(Boolean).join(' · ')}</p>` : ''}
${p.description ? html`<p>${p.description}</p>` : ''}${list(p.highlights)}${tags(p.keywords)}</article>`,
  ),
)}
${section(
  'skills',
  t('skills.heading'),
  resume.skills.map(
    (s) =>
      html`<article class="entry"><h3>${s.name ?? t('skills.heading')}${s.level ? html` <span class="meta">· ${s.level}</span>` : ''}</h3>${tags(s.keywords)}</article>`,
  ),
)}
${section(
  'education',
  t('education.heading'),
  resume.education.map(
    (
      e,
    ) => html`<article class="entry"><h3>${[e.studyType, e.area].filter(Boolean).join(', ') || e.institution || t('education.heading')}</h3>
${e.institution && (e.studyType || e.area) ? html`<p class="meta">${link(e.institution, e.url)}</p>` : ''}
${dates(e.startDate, e.endDate)}${e.score ? html`<p class="meta">${t('education.score', { score: e.score })}</p>` : ''}${e.courses.length ? html`<p class="meta">${t('education.courses', { courses: e.courses.join(', ') })}</p>` : ''}</article>`,
  ),
)}
${section(
  'volunteer',
  t('cv.volunteer'),
  resume.volunteer.map(
    (
      v,
    ) => html`<article class="entry"><h3>${v.position && v.organization ? at(v.position, link(v.organization, v.url)) : (v.position ?? v.organization ?? t('cv.volunteer'))}</h3>
${dates(v.startDate, v.endDate)}${v.summary ? html`<p>${v.summary}</p>` : ''}${list(v.highlights)}</article>`,
  ),
)}
${section(
  'awards',
  t('heading.awards'),
  resume.awards.map(
    (a) =>
      html`<article class="entry"><h3>${a.title ?? t('cv.award')}</h3><p class="meta">${[a.awarder, single(a.date)].filter(Boolean).join(' · ')}</p>${a.summary ? html`<p>${a.summary}</p>` : ''}</article>`,
  ),
)}
${section(
  'certificates',
  t('heading.certificates'),
  resume.certificates.map(
    (c) =>
      html`<article class="entry"><h3>${link(c.name ?? t('certificates.link'), c.url)}</h3><p class="meta">${[c.issuer, single(c.date)].filter(Boolean).join(' · ')}</p></article>`,
  ),
)}
${section(
  'publications',
  t('heading.publications'),
  resume.publications.map(
    (p) =>
      html`<article class="entry"><h3>${link(p.name ?? t('publications.link'), p.url)}</h3><p class="meta">${[p.publisher, single(p.releaseDate)].filter(Boolean).join(' · ')}</p>${p.summary ? html`<p>${p.summary}</p>` : ''}</article>`,
  ),
)}
${section(
  'languages',
  t('heading.languages'),
  resume.languages.length
    ? [html`<ul>${resume.languages.map((l) => html`<li>${[l.language, l.fluency].filter(Boolean).join(' — ')}</li>`)}</ul>`]
    : [],
)}
${section(
  'interests',
  t('heading.interests'),
  resume.interests.map((i) => html`<article class="entry"><h3>${i.name ?? t('interests.unnamed')}</h3>${tags(i.keywords)}</article>`),
)}
${section(
  'references',
  t('heading.references'),
  resume.references.map(
    (r) => html`<figure class="entry"><blockquote>${r.reference ?? ''}</blockquote><figcaption>${r.name ?? ''}</figcaption></figure>`,
  ),
)}`;
}

/** The header's contact line: location, email, website and profiles (all public by the time they get here). */
export function contactHtml(resume: Resume): Html {
  const b = resume.basics;
  const place = b.location ? [b.location.city, b.location.region, b.location.countryCode].filter(Boolean).join(', ') : '';
  const items: HtmlValue[] = [
    place || null,
    b.email ? link(b.email, `mailto:${b.email}`) : null,
    b.phone ?? null,
    b.url ? link(b.url.replace(/^https?:\/\//, ''), b.url) : null,
    ...b.profiles.map((p) =>
      p.url ? link(p.network ?? p.username ?? p.url, p.url) : p.network && p.username ? `${p.network}: ${p.username}` : null,
    ),
  ].filter((i) => i !== null && i !== '');
  return items.length ? html`<ul class="contact">${items.map((i) => html`<li>${i}</li>`)}</ul>` : html``;
}
