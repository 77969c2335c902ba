import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * The widths print.css gives a table, in points: the text column of an A4 page (210 mm less 15 mm margins on
 * each side; Letter is wider, so a table that fits A4 fits both) and of an A4 page turned to landscape, at the
 * table's type size on paper (10.5 pt text, tables at 0.85 of it, "small" tables at 0.72).
 */
const paper = {
	portraitPt: (180 / 25.4) * 72,
	landscapePt: (267 / 25.4) * 72,
	normalPt: 10.5 * 0.85,
	smallPt: 10.5 * 0.72,
};

/**
 * Room left for fonts wider still than the estimate's, and for rounding: a table is taken to need 10 % more
 * than estimated. Measured in Chromium with Liberation Sans, the estimate is 2 to 24 % above the real width.
 */
const safety = 1.1;

/** Cell padding in print, in em of the table's type: 0.6 em each side, none outside the first and last column. */
const paddingEm = 1.2;

/** How a table prints: as it is, in smaller type, on a landscape page, or both. */
export type PrintFit = '' | 'small' | 'landscape' | 'landscape small';

/**
 * Marks each table that would not fit a printed page with `data-print-fit`, which print.css turns into
 * smaller type or a landscape page. Printed cells never break inside a word or a number, so a table is at
 * least as wide as the sum of its columns' longest words; that width is estimated here from the text, in em,
 * with glyph widths of a wide sans-serif (DejaVu Sans), so that it holds for the fonts a reader's machine
 * is likely to print with. CSS cannot measure a table, and a script would run too late: the print layout
 * is decided before any script sees it.
 */
export function rehypePrintTables() {
	return function transformer(tree: Root): void {
		visit(tree, 'element', (element) => {
			if (element.tagName !== 'table') return;
			const fit = printFit(tableWidthEm(element));
			if (fit) element.properties['dataPrintFit'] = fit;
		});
	};
}

/** The print fit for a table whose narrowest layout is `widthEm` em of its own type wide. */
export function printFit(estimatedEm: number): PrintFit {
	const widthEm = estimatedEm * safety;
	if (widthEm * paper.normalPt <= paper.portraitPt) return '';
	if (widthEm * paper.smallPt <= paper.portraitPt) return 'small';
	if (widthEm * paper.normalPt <= paper.landscapePt) return 'landscape';
	return 'landscape small';
}

/**
 * The narrowest a table can be laid out without breaking a word, in em of its type: for each column its
 * widest unbreakable piece of text, plus the cell padding between columns.
 */
export function tableWidthEm(table: Element): number {
	const columns: number[] = [];
	visit(table, 'element', (row) => {
		if (row.tagName !== 'tr') return;
		let column = 0;
		for (const cell of row.children) {
			if (cell.type !== 'element' || (cell.tagName !== 'td' && cell.tagName !== 'th')) continue;
			const span = Number(cell.properties['colSpan'] ?? 1) || 1;
			const width = widestPiece(cell, cell.tagName === 'th');
			// A cell spanning columns shares its width among them.
			for (let offset = 0; offset < span; offset += 1) {
				columns[column + offset] = Math.max(columns[column + offset] ?? 0, width / span);
			}
			column += span;
		}
	});
	return columns.reduce((sum, width) => sum + width, 0) + paddingEm * Math.max(0, columns.length - 1);
}

/** One character of a cell and how it is set. */
interface Glyph {
	character: string;
	code: boolean;
	bold: boolean;
}

/** The width of a cell's widest piece of text that a line may not break, in em. */
function widestPiece(cell: Element, header: boolean): number {
	const glyphs: Glyph[] = [];
	const collect = (nodes: ElementContent[], code: boolean, bold: boolean): void => {
		for (const node of nodes) {
			if (node.type === 'text') {
				for (const character of node.value) glyphs.push({ character, code, bold });
			} else if (node.type === 'element') {
				if (node.tagName === 'br') glyphs.push({ character: ' ', code, bold });
				collect(
					node.children,
					code || node.tagName === 'code' || node.tagName === 'kbd',
					bold || node.tagName === 'strong' || node.tagName === 'b',
				);
			}
		}
	};
	collect(cell.children, false, header);
	let widest = 0;
	let current = 0;
	glyphs.forEach((glyph, index) => {
		if (/\s/.test(glyph.character)) {
			current = 0;
			return;
		}
		current += glyphWidth(glyph);
		widest = Math.max(widest, current);
		// A line may break after a hyphen or a dash that is followed by a letter ("event-driven"), as browsers do.
		const next = glyphs[index + 1]?.character ?? '';
		if (/[-\u2010\u2013\u2014]/.test(glyph.character) && /\p{L}/u.test(next)) current = 0;
	});
	return widest;
}

/** Glyph advance widths of DejaVu Sans, rounded up by class; code is monospace at 0.94 of the text size. */
function glyphWidth({ character, code, bold }: Glyph): number {
	if (code) return 0.61 * 0.94;
	let width: number;
	if (/[fijlrtI.,:;!|'`()[\]{}]/.test(character)) width = 0.38;
	else if (/[mwMW]/.test(character)) width = 0.98;
	else if (/[0-9]/.test(character)) width = 0.64;
	else if (/[a-z]/.test(character)) width = 0.62;
	else if (/[A-Z]/.test(character)) width = 0.74;
	else width = 0.8;
	return bold ? width * 1.1 : width;
}
