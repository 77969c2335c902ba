// The handouts' outlines (bookmarks) and the course book's contents, read from the real PDFs as a viewer
// reads them (pdf.js), checked against the headings of the built pages and the text of the pages they open.
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
import { bookParts, readHandout, readOutline, root, type OutlineEntry } from './handout-files.ts';

/** A built page's section (h2) and step (h3) headings in order, as text. */
function headingsOf(edition: string, slug: string): { level: 2 | 3; text: string }[] {
	const tree = fromHtml(readFileSync(join(root, 'dist', edition, slug, 'index.html'), 'utf8'));
	const headings: { level: 2 | 3; text: string }[] = [];
	visit(tree, 'element', (element: Element) => {
		const classes = element.properties['className'];
		if (!Array.isArray(classes) || !classes.includes('sl-markdown-content')) return;
		visit(element, 'element', (heading: Element) => {
			if (heading.tagName === 'h2' || heading.tagName === 'h3') {
				headings.push({ level: heading.tagName === 'h2' ? 2 : 3, text: normalizeText(toText(heading)) });
			}
		});
	});
	return headings;
}

/**
 * Letters and digits only: a heading that wraps in print, or that print styles decorate ("Day 1 · 4–6 hours"
 * for "Day 1 4–6 hours"), is the same heading.
 */
const squeezed = (text: string): string => normalizeText(text).replace(/[^\p{L}\p{N}]/gu, '');

const squeezedPages = new WeakMap<string[], string[]>();
/** The text of page `number` (from 1) of a handout, squeezed; each handout squeezed once. */
function squeezedPage(pages: string[], number: number): string {
	let squeezedAll = squeezedPages.get(pages);
	if (!squeezedAll) {
		squeezedAll = pages.map(squeezed);
		squeezedPages.set(pages, squeezedAll);
	}
	return squeezedAll[number - 1] ?? '';
}

/** Every bookmark under these, depth first, with its depth (0 for these). */
function flatten(entries: OutlineEntry[], depth = 0): (OutlineEntry & { depth: number })[] {
	return entries.flatMap((entry) => [{ ...entry, depth }, ...flatten(entry.children, depth + 1)]);
}

/** Asserts that each bookmark opens the page holding its heading. */
function assertLeadsToHeading(entries: OutlineEntry[], pages: string[], where: string): void {
	for (const entry of entries) {
		assert.ok(
			squeezedPage(pages, entry.page).includes(squeezed(entry.title)),
			`${where}: the bookmark "${entry.title}" opens page ${String(entry.page)}, which does not show that heading`,
		);
	}
}

for (const edition of editions) {
	const plan = planHandouts(edition, root);
	const bookPages = plan.book.groups.flatMap((group) => group.pages);

	describe(`the ${edition} edition's outlines and contents`, () => {
		for (const single of plan.singles) {
			test(`${single.file} has bookmarks: its title, then each section and step, each opening the page that shows it`, async () => {
				const handout = await readHandout(edition, single.file);
				const outline = await readOutline(handout.data);
				assert.equal(outline.length, 1, 'one bookmark at the top: the page title');
				const [title] = outline;
				assert.equal(title?.title, normalizeText(single.page.title));
				assert.equal(title.page, 1);
				const below = flatten(title.children);
				assert.deepEqual(
					below.map((entry) => ({ level: entry.depth === 0 ? 2 : 3, text: normalizeText(entry.title) })),
					headingsOf(edition, single.page.slug),
				);
				assertLeadsToHeading(below, handout.pages, single.file);
			});
		}

		test('the course book has bookmarks: the contents, each sidebar group, every page and its sections and steps', async () => {
			const book = await readHandout(edition, plan.book.file);
			const outline = await readOutline(book.data);
			const parts = bookParts(book.pages);
			const [contents, ...groups] = outline;
			assert.equal(contents?.title, 'Contents');
			assert.equal(contents.page, 2);
			assert.deepEqual(
				groups.map((group) => group.title),
				plan.book.groups.map((group) => group.label),
			);
			groups.forEach((group, index) => {
				const planned = plan.book.groups[index]?.pages ?? [];
				assert.deepEqual(
					group.children.map((page) => page.title),
					planned.map((page) => normalizeText(page.name)),
				);
				for (const page of group.children) {
					assert.equal(page.page, parts.indexOf(page.title) + 1, `the bookmark "${page.title}" opens its first page`);
					assert.ok(page.children.length > 0, `${page.title} has its sections as bookmarks`);
					assertLeadsToHeading(flatten(page.children), book.pages, `${plan.book.file}, ${page.title}`);
				}
			});
		});

		test('module 1’s lab steps are bookmarks that open the page with the step, in its handout and in the book', async () => {
			const module1 = plan.singles.find((single) => single.file.startsWith('module-1-'));
			assert.ok(module1);
			const steps = headingsOf(edition, module1.page.slug).filter((heading) => /^Step \d+/.test(heading.text));
			assert.ok(steps.length >= 5, `${String(steps.length)} steps`);
			for (const file of [module1.file, plan.book.file]) {
				const handout = await readHandout(edition, file);
				const bookmarks = flatten(await readOutline(handout.data));
				for (const step of steps) {
					const bookmark = bookmarks.find((entry) => normalizeText(entry.title) === step.text);
					assert.ok(bookmark, `${file}: a bookmark for "${step.text}"`);
					assert.ok(
						squeezedPage(handout.pages, bookmark.page).includes(squeezed(step.text)),
						`${file}: "${step.text}" is on page ${String(bookmark.page)}`,
					);
				}
			}
		});

		test('the course book’s contents list every page and its sections with the page each starts on', async () => {
			const book = await readHandout(edition, plan.book.file);
			const parts = bookParts(book.pages);
			const contents = book.pages.filter((_, index) => parts[index] === 'Course book').join(' ');
			let cursor = 0;
			/** The page number listed after a name, reading the contents in order. */
			const listed = (name: string): number => {
				const found = new RegExp(`${escapeRegExp(name)} (\\d+)`, 'g');
				found.lastIndex = cursor;
				const match = found.exec(contents);
				assert.ok(match, `the contents list "${name}" with a page number`);
				cursor = match.index + match[0].length;
				return Number(match[1]);
			};
			for (const page of bookPages) {
				const name = normalizeText(page.name);
				assert.equal(listed(name), parts.indexOf(name) + 1, `contents: ${name}`);
				for (const section of headingsOf(edition, page.slug).filter((heading) => heading.level === 2)) {
					const number = listed(section.text);
					assert.equal(parts[number - 1], name, `contents: "${section.text}" is listed on a page of ${name}`);
					assert.ok(
						squeezedPage(book.pages, number).includes(squeezed(section.text)),
						`contents: "${section.text}" is on page ${String(number)}`,
					);
				}
			}
		});
	});
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
