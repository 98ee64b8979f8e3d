/** What reads as a calendar year in a question or a résumé's words: 1900–2099, four digits. */
export const YEAR_NUMBER = '(?:19|20)\\d{2}';

/** Whether a text may hold a year: every one begins "19" or "20", which most questions hold nowhere. */
export const mayHoldYear = (text: string): boolean => text.includes('19') || text.includes('20');

/** The first year in a text, as a whole word. */
export const YEAR_IN_TEXT = new RegExp(`\\b${YEAR_NUMBER}\\b`);

const WHOLE_YEAR = new RegExp(`^${YEAR_NUMBER}$`);

/** The word is a year. */
export const isYear = (word: string): boolean => WHOLE_YEAR.test(word);
