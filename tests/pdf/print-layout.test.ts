// How the course book uses paper: no page left mostly blank in the middle of a part, and no table with a
// word or a number broken across lines. Measured on the real PDFs under dist/<edition>/handouts/.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { editions } from '../../src/edition/edition.ts';
import { normalizeText } from '../../src/edition/normalize-text.ts';
import { planHandouts } from '../../src/handouts/plan.ts';
import { blankShares } from './blank-space.ts';
import { bookParts, readHandout, root } from './handout-files.ts';

/** A page more than this share blank wastes paper. */
const blankLimit = 0.4;
/** Of the pages that do not end a part, at most this share may waste paper. */
const wastedBudget = 0.03;

/**
 * Lines may break after a hyphen or a slash that follows a letter or digit: text with those breaks (and any
 * space there) taken out, on both sides of the comparison.
 */
function joinBreaks(text: string): string {
	return text.replace(/([\p{L}\p{N}][-/–—]) /gu, '$1');
}

/**
 * How the pages a print stylesheet deliberately starts on a new page begin (`data-print-page-start`: a knowledge
 * check's answers, each day of the run sheet): the page before one of them may be short, like a part's last page.
 */
function deliberatePageStarts(edition: string, slugs: string[]): string[] {
	return slugs.flatMap((slug) => {
		const starts: string[] = [];
		visit(fromHtml(readFileSync(join(root, 'dist', edition, slug, 'index.html'), 'utf8')), 'element', (element) => {
			if (element.properties['dataPrintPageStart'] === undefined) return;
			const first = element.children.find((child): child is Element => child.type === 'element');
			starts.push(normalizeText(toText(first ?? element)).slice(0, 40));
		});
		return starts;
	});
}

/** The tables of a built page's content, each as the words of each of its cells. */
function tableCellWords(edition: string, slug: string): string[][] {
	const tree = fromHtml(readFileSync(join(root, 'dist', edition, slug, 'index.html'), 'utf8'));
	const cells: string[][] = [];
	visit(tree, 'element', (element: Element) => {
		const classes = element.properties['className'];
		if (!Array.isArray(classes) || !classes.includes('sl-markdown-content')) return;
		visit(element, 'element', (cell: Element) => {
			if (cell.tagName !== 'td' && cell.tagName !== 'th') return;
			// Cells marked for the screen only (links) are not printed at all.
			if (cell.properties['dataPrintOmit'] !== undefined) return;
			cells.push(
				joinBreaks(normalizeText(toText(cell)))
					.split(' ')
					.filter(Boolean),
			);
		});
	});
	return cells;
}

for (const edition of editions) {
	const plan = planHandouts(edition, root);
	const bookPages = plan.book.groups.flatMap((group) => group.pages);

	describe(`the ${edition} course book on paper`, () => {
		test(`of the pages that do not end a part, at most ${String(wastedBudget * 100)} % are more than ${String(blankLimit * 100)} % blank`, async () => {
			const book = await readHandout(edition, plan.book.file);
			const parts = bookParts(book.pages);
			const shares = blankShares(book.path);
			assert.equal(shares.length, book.pages.length);
			// The last page of a part may be short: the next part starts on a new page. So may the cover, and a page
			// followed by one the stylesheet starts on purpose.
			const starts = deliberatePageStarts(
				edition,
				bookPages.map((page) => page.slug),
			);
			const startsOnPurpose = (page: number): boolean => {
				const next = normalizeText(book.pages[page] ?? '');
				return starts.some((start) => start !== '' && next.startsWith(start));
			};
			const counted = shares
				.map((share, index) => ({ share, page: index + 1, part: parts[index] }))
				.filter(({ page }) => page > 1 && parts[page] === parts[page - 1] && !startsOnPurpose(page));
			const wasted = counted.filter(({ share }) => share > blankLimit);
			// The measure itself, for the log: it is the number to watch as the course grows.
			console.log(
				`${edition} course book: ${String(book.pages.length)} pages; ${String(wasted.length)} of the ${String(counted.length)} counted are more than ${String(blankLimit * 100)} % blank`,
			);
			assert.ok(counted.length > 100, `${String(counted.length)} pages counted`);
			assert.ok(
				wasted.length <= counted.length * wastedBudget,
				`${String(wasted.length)} of ${String(counted.length)} pages are more than ${String(blankLimit * 100)} % blank:\n  ` +
					wasted
						.map(({ page, share, part }) => `page ${String(page)} (${part ?? '?'}): ${(share * 100).toFixed(0)} %`)
						.join('\n  '),
			);
		});

		test('prints every word and number of every table whole, never broken across lines', async () => {
			const book = await readHandout(edition, plan.book.file);
			const parts = bookParts(book.pages);
			let checked = 0;
			for (const page of bookPages) {
				const cells = tableCellWords(edition, page.slug);
				if (cells.length === 0) continue;
				const text = book.pages.filter((_, index) => parts[index] === normalizeText(page.name)).join(' ');
				const printed = new Set(joinBreaks(text).split(' '));
				for (const words of cells) {
					for (const word of words) {
						assert.ok(printed.has(word), `${page.name}: the table word "${word}" is not printed whole`);
						checked += 1;
					}
				}
			}
			assert.ok(checked > 500, `${String(checked)} table words checked`);
		});
	});
}
