import { PDFDocument, StandardFonts, rgb, type PDFFont } from 'pdf-lib';
import { writeOutline, type Bookmark } from './outline.ts';

/** What the footer of one printed page says, apart from the page numbers. */
export interface FooterText {
	/** Left: course title and module. */
	left: string;
	/** Right, before "page N of M": the edition. */
	right: string;
}

/** One part of a handout: a printed PDF and the footer every one of its pages gets. */
export interface Part {
	pdf: Uint8Array;
	footer: FooterText;
}

const millimetre = 72 / 25.4;
const fontSize = 7.5;

/**
 * Joins the parts into one PDF, stamps every page's footer with "page N of M" counted over the whole
 * handout and writes its outline (bookmarks, pages counted over the whole handout). Chromium's own footer
 * template cannot do this: it counts pages per print, and a course book is many prints. The footer is real
 * text, so it can be searched and tested.
 */
export async function assemble(
	parts: Part[],
	{ title, date, outline }: { title: string; date: Date; outline: Bookmark[] },
): Promise<Uint8Array> {
	const output = await PDFDocument.create({ updateMetadata: false });
	const font = await output.embedFont(StandardFonts.Helvetica);
	const footers: FooterText[] = [];
	for (const part of parts) {
		const source = await PDFDocument.load(part.pdf);
		const pages = await output.copyPages(source, source.getPageIndices());
		for (const page of pages) {
			output.addPage(page);
			footers.push(part.footer);
		}
	}
	const total = footers.length;
	output.getPages().forEach((page, index) => {
		const footer = footers[index];
		if (!footer) return;
		const { width } = page.getSize();
		const margin = 15 * millimetre;
		const baseline = 9 * millimetre;
		const right = encodable(font, `${footer.right} · page ${String(index + 1)} of ${String(total)}`);
		const rightWidth = font.widthOfTextAtSize(right, fontSize);
		const left = fitted(font, encodable(font, footer.left), width - 2 * margin - rightWidth - 6 * millimetre);
		const colour = rgb(0.3, 0.3, 0.3);
		page.drawLine({
			start: { x: margin, y: baseline + 3.5 * millimetre },
			end: { x: width - margin, y: baseline + 3.5 * millimetre },
			thickness: 0.4,
			color: rgb(0.7, 0.7, 0.7),
		});
		page.drawText(left, { x: margin, y: baseline, size: fontSize, font, color: colour });
		page.drawText(right, { x: width - margin - rightWidth, y: baseline, size: fontSize, font, color: colour });
	});
	writeOutline(output, outline);
	output.setTitle(title);
	output.setCreator('AWS ML training course build');
	// Dated by the day of the build, as the cover is, not by the second: two builds of the same commit on the
	// same day write the same bytes.
	const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
	output.setCreationDate(day);
	output.setModificationDate(day);
	return output.save();
}

/** The standard PDF fonts cover Latin text only: anything else becomes "?" rather than failing the build. */
function encodable(font: PDFFont, text: string): string {
	const supported = new Set(font.getCharacterSet());
	// Code points, not grapheme clusters: a character the font lacks is replaced whatever it combines with.
	return Array.from(text, (character) => (supported.has(character.codePointAt(0) ?? 0) ? character : '?')).join('');
}

/** Shortens text with an ellipsis until it fits the width. */
function fitted(font: PDFFont, text: string, width: number): string {
	if (font.widthOfTextAtSize(text, fontSize) <= width) return text;
	let shortened = text;
	while (shortened.length > 1 && font.widthOfTextAtSize(`${shortened}…`, fontSize) > width)
		shortened = shortened.slice(0, -1);
	return `${shortened.trimEnd()}…`;
}

/** How many pages a printed PDF has. */
export async function pageCount(pdf: Uint8Array): Promise<number> {
	return (await PDFDocument.load(pdf)).getPageCount();
}
