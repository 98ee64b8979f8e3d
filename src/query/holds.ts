import { words } from './normalize.js';

/**
 * Whether a text holds one of the pieces an expression cannot match without: most questions hold none of them, and
 * a few substring checks cost less than the expression's scan of the whole question.
 */
export function holdsAny(text: string, pieces: readonly string[]): boolean {
  for (const piece of pieces) if (text.includes(piece)) return true;
  return false;
}

/** Whether one of the phrases (a command's cues) stands whole among the question's words. */
export function holdsPhrase(said: readonly string[], phrases: readonly string[]): boolean {
  const text = ` ${said.join(' ')} `;
  return phrases.some((phrase) => text.includes(` ${words(phrase).join(' ')} `));
}
