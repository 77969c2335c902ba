import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text of a PDF, page by page, as a reader would copy it (lines joined by newlines). */
export async function pdfPagesText(data: Uint8Array): Promise<string[]> {
	// pdf.js takes ownership of the buffer it is given: hand it a copy.
	const task = getDocument({ data: new Uint8Array(data), verbosity: 0 });
	const pdf = await task.promise;
	try {
		const pages: string[] = [];
		for (let number = 1; number <= pdf.numPages; number += 1) {
			const page = await pdf.getPage(number);
			const content = await page.getTextContent();
			pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
		}
		return pages;
	} finally {
		await task.destroy();
	}
}
