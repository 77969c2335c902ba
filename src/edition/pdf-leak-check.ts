import { relative } from 'node:path';
import { pdfPagesText } from '../handouts/pdf-text.ts';
import { collectInstructorText } from './instructor-text.ts';
import { normalizeText } from './normalize-text.ts';

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
	const texts: PrintedText[] = [];
	for (const pdf of pdfs) texts.push({ path: pdf.path, text: (await pdfPagesText(pdf.data)).join('\n') });
	return checkPrintedTextLeaks({ docsDir, texts });
}

/** The text extracted from a PDF or a part of one, and the file it belongs to (for the message). */
export interface PrintedText {
	path: string;
	text: string;
}

/**
 * The same check on text already extracted: the handout generator extracts each printed page once, when it
 * prints it, and keeps the text with the page in its cache.
 */
export function checkPrintedTextLeaks({ docsDir, texts }: { docsDir: string; texts: PrintedText[] }): {
	pieces: number;
	files: number;
} {
	const { pieces } = collectInstructorText(docsDir);
	const found: string[] = [];
	for (const { path, text: raw } of texts) {
		const text = normalizeText(raw);
		for (const marker of ['Instructor note']) {
			if (text.includes(marker)) found.push(`${relative(process.cwd(), path)} contains "${marker}"`);
		}
		for (const piece of pieces) {
			if (text.includes(piece.text))
				found.push(`${relative(process.cwd(), path)} contains "${piece.text}" (from ${piece.source})`);
		}
	}
	if (found.length > 0) {
		throw new Error(
			`Instructor text leaked into the student handouts (${found.length}):\n  ${found.slice(0, 40).join('\n  ')}`,
		);
	}
	return { pieces: pieces.length, files: new Set(texts.map((text) => text.path)).size };
}
