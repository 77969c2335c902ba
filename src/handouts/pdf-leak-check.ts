import { pdfPagesText } from '../handouts/pdf-text.ts';
import { collectInstructorText } from '../edition/instructor-text.ts';
import { leakFinder, type ScannedText } from '../edition/find-leaks.ts';
import { normalizeText } from '../edition/normalize-text.ts';

/**
 * Proves the student handouts hold no instructor text: the same pieces the site's leak check looks for,
 * searched in each PDF's extracted text (PDF streams are compressed, so the HTML check cannot see them).
 */
export async function checkPdfLeaks({
	docsDir,
	pdfs,
}: {
	docsDir: string;
	pdfs: { path: string; data: Uint8Array }[];
}): Promise<{ pieces: number; files: number }> {
	const texts: ScannedText[] = [];
	for (const pdf of pdfs) texts.push({ path: pdf.path, text: (await pdfPagesText(pdf.data)).join('\n') });
	return checkPrintedTextLeaks({ docsDir, texts });
}

/**
 * The same check on text already extracted: the handout generator extracts each printed page once, when it
 * prints it, and keeps the text with the page in its cache.
 */
export function checkPrintedTextLeaks({ docsDir, texts }: { docsDir: string; texts: ScannedText[] }): {
	pieces: number;
	files: number;
} {
	const { pieces } = collectInstructorText(docsDir);
	const leaksIn = leakFinder(pieces, ['Instructor note']);
	const found = texts.flatMap(({ path, text }) => leaksIn({ path, text: normalizeText(text) }));
	if (found.length > 0) {
		throw new Error(
			`Instructor text leaked into the student handouts (${found.length}):\n  ${found.slice(0, 40).join('\n  ')}`,
		);
	}
	return { pieces: pieces.length, files: new Set(texts.map((text) => text.path)).size };
}
