/**
 * The evidence rule: what in a résumé shows a skill, a tool or a topic. Everything that says
 * something about the person (a skill's "where it shows up", a job match's evidence) uses it,
 * so a recruiter can believe any of them.
 */
import type { ResumeSection } from '../model/answer.js';
import type { ResumeIndex } from './index.js';
import type { Hit } from './search.js';

export interface FoundIn {
  readonly section: ResumeSection;
  readonly hit: Hit;
}

export interface Evidence {
  /** Entries whose own text says the term: evidence. */
  readonly literal: readonly FoundIn[];
  /**
   * Entries that say only a related term (`hit.via`, from the alias table's `related`):
   * "event streaming" for Kafka. Show them as related, in words, never as evidence.
   */
  readonly related: readonly FoundIn[];
}

/**
 * Where the résumé literally says `term`, in `sections`: an entry counts when its own text
 * (a name, a facet, a highlight, a description) says the term or one of its documented other
 * names (data/aliases.json "aliases": k8s for Kubernetes), allowing another form of a word and
 * a typo in a long one. Never evidence: a word inside a third party's name ("Java" in
 * "Oracle's Java Flight Recorder", "Apache" in "Apache Flink", "Lighthouse" in
 * "Lighthouse-inspired", the projects that use the person's work), a link's address, or a
 * related term ("event streaming" for Kafka), which comes back apart, in `related`.
 */
export function findEvidence(index: ResumeIndex, term: string, sections: readonly ResumeSection[]): Evidence {
  return {
    literal: literalEvidence(index, term, sections),
    related: sections.flatMap((section) => index.related(section, term).map((hit) => ({ section, hit }))),
  };
}

/** `findEvidence`'s literal entries alone: where the résumé says the term, without looking for related terms. */
export function literalEvidence(index: ResumeIndex, term: string, sections: readonly ResumeSection[]): readonly FoundIn[] {
  return sections.flatMap((section) => index.search(section, term).map((hit) => ({ section, hit })));
}

/** "event streaming", "event streaming or streaming": the related terms that found entries, as a phrase. */
export function relatedTerms(found: readonly FoundIn[]): string {
  const terms = [...new Set(found.map((f) => f.hit.via).filter((v): v is string => Boolean(v)))];
  return terms.length <= 1 ? (terms[0] ?? '') : `${terms.slice(0, -1).join(', ')} or ${terms[terms.length - 1]}`;
}
