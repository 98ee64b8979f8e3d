/**
 * The résumé as a PDF: one column, text in reading order (applicant tracking systems parse
 * it), real links, the shared typeface (Inter) embedded as a subset. Every section the
 * file has is laid out; long résumés flow onto further pages, and a heading or an entry's
 * title line never ends a page alone. Give it the public résumé (publicResume): it shows
 * everything it is given.
 */
import { english, type Messages } from '../i18n/catalogue.js';
import { formatMonthYear, type PartialDate } from '../resume/dates.js';
import type { Resume } from '../resume/schema.js';
import { FONT_FILES } from '../render/fonts.js';

export interface PdfOptions {
  /** Written into the file's metadata, so the same résumé always gives the same bytes. */
  readonly date?: Date;
  readonly size?: 'LETTER' | 'A4';
  /** The language of its headings and dates; résumé text stays as written. Default English. */
  readonly messages?: Messages;
}

const INK = '#1a1a1a';
const MUTED = '#5c5c5c';
const ACCENT = '#1f4e8c';
const RULE = '#c8c8c8';
const MARGIN = 40;
/** Top and bottom: a little less than the sides, so Martin's résumé fits two pages. */
const MARGIN_Y = 32;
const BODY = 8.5;
/** Height of a section heading with its rule. */
const HEADING_ROOM = 22;
/** Height of one entry title line. */
const TITLE_ROOM = 14;
const FIXED_DATE = new Date('2000-01-01T00:00:00Z');

type Doc = PDFKit.PDFDocument;

function range(start: PartialDate | undefined, end: PartialDate | null | undefined, words: Messages): string {
  if (!start) return end ? formatMonthYear(end, words) : '';
  return `${formatMonthYear(start, words)} – ${end ? formatMonthYear(end, words) : words.t('date.present')}`;
}

const httpLink = (url: string | undefined): string | undefined => (url && /^https?:\/\//i.test(url) ? url : undefined);
const joined = (values: Array<string | undefined | null>, separator = ' · '): string =>
  values.filter((v): v is string => Boolean(v?.trim())).join(separator);

class Layout {
  constructor(
    readonly doc: Doc,
    readonly words: Messages,
  ) {}

  get width(): number {
    return this.doc.page.width - MARGIN * 2;
  }

  /** Starts a new page when less than `room` is left, so what follows is not cut from its heading. */
  keep(room: number): void {
    if (this.doc.y + room > this.doc.page.height - MARGIN_Y) this.doc.addPage();
  }

  /** Height of `lines` lines of body text. */
  lines(lines: number): number {
    return lines * this.doc.font('regular').fontSize(BODY).currentLineHeight(true);
  }

  /** A section heading, kept on one page with its first entry's title and `linesAfter` lines of it. */
  heading(title: string, linesAfter = 2): void {
    const { doc } = this;
    doc.moveDown(0.4);
    this.keep(HEADING_ROOM + TITLE_ROOM + this.lines(linesAfter));
    doc.font('bold').fontSize(11).fillColor(ACCENT).text(title.toUpperCase(), MARGIN, doc.y, { characterSpacing: 0.8 });
    const y = doc.y + 2;
    doc
      .moveTo(MARGIN, y)
      .lineTo(MARGIN + this.width, y)
      .lineWidth(0.6)
      .strokeColor(RULE)
      .stroke();
    doc.y = y + 6;
  }

  /**
   * "Title" on the left, "dates" on the right of the same line; the title wraps if it must.
   * It starts a new page rather than end one without the `linesAfter` lines that follow it.
   */
  entryTitle(title: string, right: string, link?: string, linesAfter = 2): void {
    const { doc } = this;
    const rightWidth = right ? doc.font('regular').fontSize(BODY).widthOfString(right) + 4 : 0;
    const titleWidth = this.width - rightWidth - 12;
    const room = doc.font('bold').fontSize(10.5).heightOfString(title, { width: titleWidth }) + this.lines(linesAfter) + 6;
    this.keep(room);
    const top = doc.y;
    doc
      .font('bold')
      .fontSize(10.5)
      .fillColor(INK)
      .text(title, MARGIN, top, { width: titleWidth, ...(link ? { link } : {}) });
    const bottom = doc.y;
    if (right)
      doc
        .font('regular')
        .fontSize(BODY)
        .fillColor(MUTED)
        .text(right, MARGIN + this.width - rightWidth, top + 1, { width: rightWidth, align: 'right', lineBreak: false });
    doc.y = bottom;
    doc.x = MARGIN;
  }

  line(text: string, options: { color?: string; size?: number; link?: string; bold?: boolean } = {}): void {
    if (!text.trim()) return;
    const { doc } = this;
    doc
      .font(options.bold ? 'bold' : 'regular')
      .fontSize(options.size ?? BODY)
      .fillColor(options.link ? ACCENT : (options.color ?? INK));
    doc.text(text, MARGIN, doc.y, { width: this.width, ...(options.link ? { link: options.link } : {}) });
  }

  paragraph(text: string | undefined): void {
    if (!text) return;
    for (const para of text.split(/\n+/).filter((p) => p.trim())) {
      this.line(para.trim());
      this.doc.moveDown(0.2);
    }
  }

  /** A bullet; a lead-in label ("FinOps Practice: …") is set in bold. */
  bullet(text: string): void {
    const { doc } = this;
    const indent = 12;
    doc.font('regular').fontSize(BODY).fillColor(INK);
    const label = /^([^:]{3,60}):\s+(.*)$/s.exec(text);
    // The bullet and its first two lines stay together.
    this.keep(doc.currentLineHeight(true) * 2 + 2);
    const startY = doc.y;
    doc.text('•', MARGIN + 2, startY, { lineBreak: false });
    const options = { width: this.width - indent };
    if (label) {
      doc.font('bold').text(`${label[1]}: `, MARGIN + indent, startY, { ...options, continued: true });
      doc.font('regular').text(label[2]!, options);
    } else doc.text(text, MARGIN + indent, startY, options);
    doc.moveDown(0.08);
  }

  /**
   * One paragraph: the name (a link when it has one) and where it was built in bold, then its
   * description, dates and highlights. Keywords are left out: the description says it.
   */
  project(p: Resume['projects'][number]): void {
    const { doc } = this;
    this.keep(doc.currentLineHeight(true) * 2 + 2);
    const name = p.name ?? this.words.t('timeline.legendProject');
    const link = httpLink(p.url);
    const rest = joined([p.entity ? ` — ${p.entity}` : undefined]);
    const after = joined([p.description, range(p.startDate, p.endDate, this.words) || undefined, ...p.highlights], ' ');
    doc
      .font('bold')
      .fontSize(BODY)
      .fillColor(link ? ACCENT : INK)
      .text(name, MARGIN, doc.y, { width: this.width, continued: true, link: link ?? null });
    doc.fillColor(INK).text(`${rest}${after ? ': ' : ''}`, { continued: Boolean(after), link: null });
    if (after) doc.font('regular').text(after, { link: null });
    doc.moveDown(0.12);
  }

  gap(lines = 0.3): void {
    this.doc.moveDown(lines);
  }
}

function header(layout: Layout, resume: Resume): void {
  const { doc } = layout;
  const { basics } = resume;
  doc.font('bold').fontSize(22).fillColor(INK).text(basics.name, MARGIN, MARGIN_Y);
  if (basics.label) {
    doc.moveDown(0.1);
    layout.line(basics.label, { size: 10.5, color: MUTED });
  }
  const location = basics.location ? joined([basics.location.city, basics.location.region, basics.location.countryCode], ', ') : '';
  const contacts: Array<{ text: string; link?: string }> = [
    ...(basics.email ? [{ text: basics.email, link: `mailto:${basics.email}` }] : []),
    ...(basics.phone ? [{ text: basics.phone }] : []),
    ...(basics.url ? [{ text: basics.url.replace(/^https?:\/\//, ''), ...(httpLink(basics.url) ? { link: basics.url } : {}) }] : []),
    ...basics.profiles.flatMap((p) => {
      const text = p.url
        ? p.url.replace(/^https?:\/\/(www\.)?/, '')
        : p.username
          ? `${p.network ?? layout.words.t('contact.profile')}: ${p.username}`
          : '';
      return text ? [{ text, ...(httpLink(p.url) ? { link: p.url } : {}) }] : [];
    }),
    ...(location ? [{ text: location }] : []),
  ];
  if (contacts.length) {
    doc.moveDown(0.3);
    doc.font('regular').fontSize(BODY);
    const separator = '   ·   ';
    const lineHeight = doc.currentLineHeight(true);
    let x = MARGIN;
    let y = doc.y;
    contacts.forEach((c, i) => {
      const width = doc.widthOfString(c.text);
      const lead = i === 0 ? '' : separator;
      if (x + doc.widthOfString(lead) + width > MARGIN + layout.width) {
        x = MARGIN;
        y += lineHeight + 1;
      } else if (lead) {
        doc.fillColor(MUTED).text(lead, x, y, { lineBreak: false });
        x += doc.widthOfString(lead);
      }
      doc.fillColor(c.link ? ACCENT : MUTED).text(c.text, x, y, { lineBreak: false, ...(c.link ? { link: c.link } : {}) });
      x += width;
    });
    doc.x = MARGIN;
    doc.y = y + lineHeight;
  }
}

function sections(layout: Layout, resume: Resume): void {
  const { doc, words } = layout;
  const t = words.t.bind(words);
  if (resume.basics.summary) {
    layout.heading(t('work.summary'));
    layout.paragraph(resume.basics.summary);
  }

  if (resume.work.length) {
    const detailed = (w: Resume['work'][number]) => (w.highlights.length || w.description || w.summary ? 2 : 0);
    layout.heading(t('work.heading'), detailed(resume.work[0]!));
    for (const w of resume.work) {
      layout.entryTitle(
        joined([w.position, w.name], ' — ') || t('timeline.role'),
        joined([w.location, range(w.startDate, w.endDate, words)]),
        httpLink(w.url),
        detailed(w),
      );
      layout.gap(0.15);
      layout.paragraph(w.description);
      layout.paragraph(w.summary);
      for (const h of w.highlights) layout.bullet(h);
      layout.gap();
    }
  }

  if (resume.volunteer.length) {
    layout.heading(t('cv.volunteer'));
    for (const v of resume.volunteer) {
      layout.entryTitle(
        joined([v.position, v.organization], ' — ') || t('cv.volunteer'),
        range(v.startDate, v.endDate, words),
        httpLink(v.url),
      );
      layout.paragraph(v.summary);
      for (const h of v.highlights) layout.bullet(h);
      layout.gap();
    }
  }

  if (resume.projects.length) {
    layout.heading(t('projects.heading'));
    for (const p of resume.projects) layout.project(p);
    layout.gap(0.2);
  }

  if (resume.skills.length) {
    layout.heading(t('skills.heading'));
    for (const s of resume.skills) {
      layout.keep(30);
      doc.font('bold').fontSize(BODY).fillColor(INK);
      const head = joined([s.name, s.level], ' — ');
      if (head) doc.text(`${head}: `, MARGIN, doc.y, { continued: s.keywords.length > 0, width: layout.width });
      if (s.keywords.length)
        doc.font('regular').text(s.keywords.join(' · '), head ? undefined : MARGIN, head ? undefined : doc.y, { width: layout.width });
      layout.gap(0.2);
    }
  }

  if (resume.education.length) {
    const detailed = (e: Resume['education'][number]) => (e.score !== undefined || e.courses.length ? 1 : 0);
    layout.heading(t('education.heading'), detailed(resume.education[0]!));
    for (const e of resume.education) {
      layout.entryTitle(
        joined([joined([e.studyType, e.area], ' '), e.institution], ' — ') || t('education.heading'),
        range(e.startDate, e.endDate, words),
        httpLink(e.url),
        detailed(e),
      );
      layout.line(
        joined([
          e.score !== undefined ? t('education.score', { score: e.score }) : undefined,
          e.courses.length ? t('education.courses', { courses: e.courses.join(', ') }) : undefined,
        ]),
        { color: MUTED, size: 9 },
      );
      layout.gap(0.35);
    }
  }

  if (resume.certificates.length) {
    layout.heading(t('heading.certificates'), 0);
    for (const c of resume.certificates)
      layout.entryTitle(
        joined([c.name, c.issuer], ' — ') || t('certificates.link'),
        c.date ? formatMonthYear(c.date, words) : '',
        httpLink(c.url),
        0,
      );
  }

  if (resume.awards.length) {
    layout.heading(t('heading.awards'));
    for (const a of resume.awards) {
      layout.entryTitle(joined([a.title, a.awarder], ' — ') || t('cv.award'), a.date ? formatMonthYear(a.date, words) : '');
      layout.paragraph(a.summary);
    }
  }

  if (resume.publications.length) {
    layout.heading(t('heading.publications'));
    for (const p of resume.publications) {
      layout.entryTitle(
        joined([p.name, p.publisher], ' — ') || t('publications.link'),
        p.releaseDate ? formatMonthYear(p.releaseDate, words) : '',
        httpLink(p.url),
      );
      layout.paragraph(p.summary);
    }
  }

  if (resume.languages.length) {
    layout.heading(t('heading.languages'));
    layout.line(resume.languages.map((l) => joined([l.language, l.fluency ? `(${l.fluency})` : undefined], ' ')).join(' · '));
  }

  if (resume.interests.length) {
    layout.heading(t('heading.interests'));
    for (const i of resume.interests) layout.line(joined([i.name, i.keywords.length ? i.keywords.join(', ') : undefined], ': '));
  }

  if (resume.references.length) {
    layout.heading(t('heading.references'));
    for (const r of resume.references) {
      layout.paragraph(r.reference ? `“${r.reference}”` : undefined);
      layout.line(r.name ? `— ${r.name}` : '', { color: MUTED });
      layout.gap(0.3);
    }
  }
}

/** Renders the PDF; resolves with the whole file. pdfkit loads on the first render, not with the bot. */
export async function renderResumePdf(resume: Resume, options: PdfOptions = {}): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit');
  const date = options.date ?? FIXED_DATE;
  const words = options.messages ?? english();
  const doc = new PDFDocument({
    size: options.size ?? 'LETTER',
    margins: { top: MARGIN_Y, bottom: MARGIN_Y, left: MARGIN, right: MARGIN },
    bufferPages: false,
    info: {
      Title: words.t('cv.title', { name: resume.basics.name }),
      Author: resume.basics.name,
      Subject: resume.basics.label ?? words.t('cv.subject'),
      CreationDate: date,
      ModDate: date,
    },
    lang: words.locale,
    displayTitle: true,
    tagged: false,
  });
  doc.registerFont('regular', FONT_FILES.regular);
  doc.registerFont('bold', FONT_FILES.bold);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const layout = new Layout(doc, words);
  header(layout, resume);
  sections(layout, resume);
  doc.end();
  return done;
}
