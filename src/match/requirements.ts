/**
 * What a job description asks for: the taxonomy's skills it names, in the order it names
 * them, each with the years it asks for when it says so ("10+ years of performance
 * engineering"). Words that name no skill ("team", "fast-paced") are not requirements.
 */
import { findMentions } from './mentions.js';
import type { Taxonomy } from './taxonomy.js';

export interface Requirement {
  /** The taxonomy term, or OVERALL for "15 years of experience". */
  readonly termId: string;
  /** As the description first writes it, or the term's name. */
  readonly label: string;
  /** Years asked for, when the description says. */
  readonly years?: number;
}

/** Years of experience in general rather than with one skill. */
export const OVERALL = '@experience';

const YEARS = /(\d{1,2})\s*\+?\s*(?:(?:-|–|to)\s*\d{1,2}\s*)?(?:\+\s*)?(?:years?|yrs?)\b(?:\s+of)?/gi;
const GENERAL =
  /^[\s,]*(?:of\s+)?(?:(?:professional|relevant|industry|work|total|overall|hands-on|proven)\s+)*(?:experience|software engineering|software development|engineering|the industry|industry|tech|technology)\b/i;
/** Where a years phrase stops applying: the end of a sentence, or a comma opening a new demand. */
const CLAUSE_END =
  /[.;!?]\s|\n|,\s*(?:and\s+)?(?:experience|knowledge|background|track record|familiarity|skills?|strong|proven|excellent|a|an|must|nice)\b/i;

interface YearsSpan {
  years: number;
  /** Text the years apply to: from the phrase's end to the end of its clause. */
  start: number;
  end: number;
  general: boolean;
}

function yearSpans(text: string): YearsSpan[] {
  const spans: YearsSpan[] = [];
  for (const m of text.matchAll(YEARS)) {
    const start = m.index + m[0].length;
    const rest = text.slice(start);
    const stop = CLAUSE_END.exec(rest);
    const next = /\d{1,2}\s*\+?\s*(?:years?|yrs?)\b/i.exec(rest);
    const length = Math.min(stop ? stop.index : rest.length, next ? next.index : rest.length);
    spans.push({ years: Number(m[1]), start, end: start + length, general: GENERAL.test(rest) });
  }
  return spans;
}

/** The employer speaking of itself ("we're hiring"): not something asked of the candidate. */
const ABOUT_THE_EMPLOYER = /\b(?:we(?:'|’)re|we are|is|are|now)\s+hiring\b/gi;

export function recogniseRequirements(description: string, taxonomy: Taxonomy): Requirement[] {
  // Blanked to spaces of the same length, so positions still line up.
  const text = description.replace(ABOUT_THE_EMPLOYER, (m) => ' '.repeat(m.length));
  const spans = yearSpans(text);
  const byTerm = new Map<string, { label: string; years?: number }>();
  const order: string[] = [];
  const mentions = findMentions(text, taxonomy);
  // Years apply to a clause's first skill, or to all of them when they are alternatives
  // ("8+ years in SRE, operations or performance engineering"), not to a list that goes on
  // to other demands ("10+ years of performance engineering, Kubernetes and Kafka").
  const firstIn = new Map<YearsSpan, number>();
  const yearsFor = (mention: (typeof mentions)[number]): YearsSpan | undefined => {
    const span = spans.find((s) => mention.start >= s.start && mention.start < s.end);
    if (!span) return undefined;
    if (!firstIn.has(span)) firstIn.set(span, mention.start);
    return firstIn.get(span) === mention.start || /\bor\b|\//i.test(text.slice(span.start, span.end)) ? span : undefined;
  };
  for (const mention of mentions) {
    const span = yearsFor(mention);
    const seen = byTerm.get(mention.termId);
    if (!seen) {
      order.push(mention.termId);
      byTerm.set(mention.termId, {
        label: labelOf(mention.surface, taxonomy.terms.get(mention.termId)!.name),
        ...(span ? { years: span.years } : {}),
      });
    } else if (span && (seen.years ?? 0) < span.years) seen.years = span.years;
  }
  const general = spans.filter((s) => s.general && !mentions.some((m) => m.start >= s.start && m.start < s.end));
  const overall = general.length ? Math.max(...general.map((s) => s.years)) : 0;
  const requirements: Requirement[] = overall ? [{ termId: OVERALL, label: `${overall}+ years of experience`, years: overall }] : [];
  for (const termId of order) requirements.push({ termId, ...byTerm.get(termId)! });
  return requirements;
}

/** The term's own name when it is a proper one; the description's words for generated slugs ("amazonwebservices"). */
function labelOf(surface: string, name: string): string {
  return /[A-Z\s.+#]/.test(name) || name.length <= 3 ? name : surface;
}
