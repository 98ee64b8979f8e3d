/**
 * Reads a PDF the way a recruiter's applicant tracking system would: the text of each page
 * in content order, and the links, with Mozilla's PDF.js (pdfjs-dist), independent of the
 * library that wrote the file.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfPage {
  /** Text items in the order the page draws them, joined with single spaces. */
  text: string;
  items: Array<{ str: string; x: number; y: number }>;
  links: string[];
  height: number;
}

export async function readPdf(bytes: Uint8Array): Promise<{ pages: PdfPage[]; title: string | undefined }> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const items = content.items.flatMap((item) =>
      'str' in item && item.str.trim() ? [{ str: item.str, x: item.transform[4] as number, y: item.transform[5] as number }] : [],
    );
    const annotations = (await page.getAnnotations()) as Array<{ subtype: string; url?: string }>;
    pages.push({
      text: items
        .map((i) => i.str)
        .join(' ')
        .replace(/\s+/g, ' '),
      items,
      links: annotations.filter((a) => a.subtype === 'Link' && a.url).map((a) => a.url!),
      height: page.view[3]!,
    });
  }
  const { info } = (await doc.getMetadata()) as { info: { Title?: string } };
  await doc.destroy();
  return { pages, title: info.Title };
}
