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
	const { pieces } = collectInstructorText(docsDir);
	const found: string[] = [];
	for (const pdf of pdfs) {
		const text = normalizeText((await pdfPagesText(pdf.data)).join('\n'));
		for (const marker of ['Instructor note']) {
			if (text.includes(marker)) found.push(`${relative(process.cwd(), pdf.path)} contains "${marker}"`);
		}
		for (const piece of pieces) {
			if (text.includes(piece.text))
				found.push(`${relative(process.cwd(), pdf.path)} contains "${piece.text}" (from ${piece.source})`);
		}
	}
	if (found.length > 0) {
		throw new Error(
			`Instructor text leaked into the student handouts (${found.length}):\n  ${found.slice(0, 40).join('\n  ')}`,
		);
	}
	return { pieces: pieces.length, files: pdfs.length };
}
