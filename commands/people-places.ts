/**
 * Everyone of a directory by place (their position in the list a command across people is given): who may fit a
 * question is a list of places, and where each is indexed (their shared index and number there) is read from
 * them once per list, not per question. A question across a thousand people read each one's objects several times,
 * scattered in memory: those reads cost more than what the shared index was asked of them.
 */
import type { ResumeSection } from '../src/model/answer.js';
import type { SharedIndex } from '../src/query/index.js';
import { perSharedIndex } from '../src/query/per-shared.js';
import type { PersonContext } from './definition.js';

/** Places in a list of everyone, ascending. */
export type Places = Uint32Array;

/** Where everyone of one list is indexed, read from each person when first needed (their index is theirs from then on). */
class Placement {
  private readonly indexes: SharedIndex[] = [];
  /** One more than the position in `indexes` of the place's shared index; 0: not read yet. */
  private readonly indexAt: Uint32Array;
  private readonly numberAt: Uint32Array;

  constructor(private readonly all: readonly PersonContext[]) {
    this.indexAt = new Uint32Array(all.length);
    this.numberAt = new Uint32Array(all.length);
  }

  /** The shared index of the person at this place. */
  sharedAt(place: number): SharedIndex {
    if (this.indexAt[place] === 0) this.read(place);
    return this.indexes[this.indexAt[place]! - 1]!;
  }

  /** The number in their shared index of the person at this place (after `sharedAt`). */
  numberOf(place: number): number {
    return this.numberAt[place]!;
  }

  private read(place: number): void {
    const { shared, sharedAs } = this.all[place]!.index;
    let at = this.indexes.indexOf(shared);
    if (at < 0) at = this.indexes.push(shared) - 1;
    this.indexAt[place] = at + 1;
    this.numberAt[place] = sharedAs;
  }
}

const placements = new WeakMap<readonly PersonContext[], Placement>();

/** Where everyone of this list is indexed: one placement per list (a directory makes a new list when someone changes). */
export function placementOf(all: readonly PersonContext[]): Placement {
  let found = placements.get(all);
  if (!found) placements.set(all, (found = new Placement(all)));
  return found;
}

/** Reads now where everyone of the list is indexed (a directory starting), not person by person at a first question. */
export function placeEveryone(all: readonly PersonContext[]): void {
  const placement = placementOf(all);
  for (let place = 0; place < all.length; place++) placement.sharedAt(place);
}

/** Every place of the list. */
export function everyPlace(all: readonly PersonContext[]): Places {
  const places = new Uint32Array(all.length);
  for (let place = 0; place < places.length; place++) places[place] = place;
  return places;
}

/** The places where `keep` holds, ascending. */
export function placesWhere(count: number, keep: (place: number) => boolean): Places {
  const kept = new Uint32Array(count);
  let next = 0;
  for (let place = 0; place < count; place++) if (keep(place)) kept[next++] = place;
  return kept.subarray(0, next);
}

/**
 * Of these places, those whose indexed text, in the section when given, has a meaning of one of these words: each
 * shared index asked once.
 */
export function mayMean(places: Places, all: readonly PersonContext[], asked: readonly string[], section?: ResumeSection): Places {
  const found = perSharedIndex((shared) => shared.whoMayMean(asked, section));
  const placement = placementOf(all);
  const kept = new Uint32Array(places.length);
  let next = 0;
  for (let i = 0; i < places.length; i++) {
    const place = places[i]!;
    if (found(placement.sharedAt(place)).has(placement.numberOf(place))) kept[next++] = place;
  }
  return kept.subarray(0, next);
}

/**
 * Whether a person may be found by one of these words as the search reads a text (a name's typos and beginnings are
 * not a text's): each shared index asked once.
 */
export function mayBeFound(asked: readonly string[]): (person: PersonContext) => boolean {
  const found = perSharedIndex((shared) => shared.whoMayMean(asked, undefined, true));
  return ({ index }) => found(index.shared).has(index.sharedAs);
}
