/**
 * The one typeface every picture and document the bot draws uses: Inter (SIL Open Font
 * License 1.1), from the npm package @expo-google-fonts/inter (package code MIT). It ships
 * plain TrueType files, which both resvg (the timeline picture) and pdfkit (the CV) read; no
 * system font is ever looked up, so a picture comes out the same on every machine.
 *
 * Only the font files are used; the package's JavaScript (an Expo hook) is never imported.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const FONT_FAMILY = 'Inter';
export const FONT_PACKAGE = '@expo-google-fonts/inter';

/** Absolute paths of the TrueType files (weights 400 and 700). */
export const FONT_FILES = {
  regular: require.resolve(`${FONT_PACKAGE}/400Regular/Inter_400Regular.ttf`),
  bold: require.resolve(`${FONT_PACKAGE}/700Bold/Inter_700Bold.ttf`),
} as const;

export type FontWeight = keyof typeof FONT_FILES;
