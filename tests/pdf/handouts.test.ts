// The handouts as a reader gets them: the real PDFs under dist/<edition>/handouts/, read through their
// text, their drawing operators and a rendered image.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { courseTitle } from '../../src/course/identity.ts';
import { editions, type Edition } from '../../src/edition/edition.ts';
import { collectInstructorText } from '../../src/edition/instructor-text.ts';
import { normalizeText } from '../../src/edition/normalize-text.ts';
import { planHandouts } from '../../src/handouts/plan.ts';
import { collectInstructorNotes } from '../../src/collected/instructor-notes.ts';
import { instructorNotesDirective } from '../../src/collected/remark-instructor-notes.ts';
import { instructorFolder } from '../../src/edition/instructor-pages.ts';
import { readSourcePages } from '../../src/sources/source-pages.ts';
import { bookParts, drawingCounts, inkCoverage, linkTargets, readHandout, root } from './handout-files.ts';

const editionLabel = { student: 'Student edition', instructor: 'Instructor edition' } as const;
/** The page of collected instructor notes: the one page whose source holds the directive that collects them. */
const collectedNotes = (() => {
	const docsDir = join(root, 'src/content/docs');
	const pages = readSourcePages(docsDir).filter(({ file }) =>
		new RegExp(`^::${instructorNotesDirective}\\s*$`, 'm').test(readFileSync(file, 'utf8')),
	);
	const [page] = pages;
	assert.ok(page && pages.length === 1, 'the course has one page of collected instructor notes');
	return {
		slug: page.slug,
		title: String(page.frontmatter['title']),
		source: relative(root, page.file),
	};
})();
const instructorText = collectInstructorText(join(root, 'src/content/docs'));
/**
 * Text without whitespace, to find text a PDF broke into lines after a hyphen or inside code. Only for
 * proving presence: two code lines that differ in spacing alone would look alike.
 */
const squeezed = (text: string): string => text.replace(/\s+/g, '');

function builtPage(edition: Edition, slug: string): Root {
	return fromHtml(readFileSync(join(root, 'dist', edition, slug, 'index.html'), 'utf8'));
}

function elementsWithClass(tree: Root, className: string): Element[] {
	const found: Element[] = [];
	visit(tree, 'element', (element) => {
		const classes = element.properties['className'];
		if (Array.isArray(classes) && classes.includes(className)) found.push(element);
	});
	return found;
}

for (const edition of editions) {
	const plan = planHandouts(edition, root);
	const bookPages = plan.book.groups.flatMap((group) => group.pages);

	describe(`the ${edition} edition's handouts`, () => {
		test('hold exactly the planned PDFs: one per module, MLOps page and the review, and the course book', () => {
			const names = readdirSync(join(root, 'dist', edition, 'handouts')).sort();
			const expected = [...plan.singles.map((single) => single.file), plan.book.file].sort();
			assert.deepEqual(names, expected);
			assert.ok(plan.singles.some((single) => single.file.startsWith('module-')));
			assert.ok(plan.singles.some((single) => single.file.startsWith('mlops-')));
			assert.ok(plan.singles.some((single) => single.file === 'architecture-review.pdf'));
		});

		for (const single of plan.singles) {
			test(`${single.file} opens with its page title and has the footer, once, on every page`, async () => {
				const { pages } = await readHandout(edition, single.file);
				assert.ok(pages.length > 0);
				assert.ok(pages[0]?.includes(normalizeText(single.page.title)), `title "${single.page.title}" on page 1`);
				pages.forEach((text, index) => {
					const where = `${single.file} page ${String(index + 1)}`;
					assert.ok(
						text.includes(`${courseTitle} · ${normalizeText(single.page.name)}`),
						`${where}: course and module`,
					);
					assert.ok(
						text.includes(`${editionLabel[edition]} · page ${String(index + 1)} of ${String(pages.length)}`),
						`${where}: edition and page N of M`,
					);
					// The page's own footer for printing from the browser is left out: one footer, not two.
					assert.equal(text.split(' · page ').length - 1, 1, `${where}: one "page N of M"`);
				});
			});
		}

		test("the module 1 handout prints the lab's card: time, quotas, estimated cost and cleanup step", async () => {
			const { pages } = await readHandout(edition, 'module-1-fraud-detection.pdf');
			const text = pages.join(' ');
			const at = text.indexOf('Lab card Time: 150 minutes');
			assert.ok(at > 0, 'the card is printed');
			const card = text.slice(at, at + 1200);
			for (const part of [
				'ml.m5.large for endpoint usage: 2',
				'Estimated cost: USD 0.33 for one student',
				'Cleanup: Step 11: Clean up',
			]) {
				assert.ok(card.includes(part), `the printed card says "${part}"`);
			}
		});

		test('no page of any handout is blank: each has text besides its footer', async () => {
			for (const file of [...plan.singles.map((single) => single.file), plan.book.file]) {
				const { pages } = await readHandout(edition, file);
				pages.forEach((text, index) => {
					const body = text.replace(/AWS Machine Learning Training · .*$/, '');
					assert.ok(body.trim().length > 20, `${file} page ${String(index + 1)} is blank`);
				});
			}
		});

		test('the course book has a cover, contents with page numbers, and every page in sidebar order', async () => {
			const { pages } = await readHandout(edition, plan.book.file);
			const cover = pages[0] ?? '';
			assert.ok(cover.includes(courseTitle));
			assert.ok(cover.includes(editionLabel[edition]));
			assert.match(cover, /\b\d{1,2} [A-Z][a-z]+ \d{4}\b/, 'the cover shows the date');

			// Each page's footer names its part: the parts follow one another in the plan's order.
			const parts = pages.map(
				(text) => /AWS Machine Learning Training · (.*?) (?:Student|Instructor) edition/.exec(text)?.[1],
			);
			const order = parts.filter((part, index) => part !== parts[index - 1]);
			assert.deepEqual(order, ['Course book', ...bookPages.map((page) => normalizeText(page.name))]);

			// The contents give the page each part starts on, and that page opens with the part's title.
			const contents = pages.slice(0, parts.lastIndexOf('Course book') + 1).join(' ');
			assert.ok(contents.includes('Contents'));
			for (const page of bookPages) {
				const start = parts.indexOf(normalizeText(page.name));
				const listed = new RegExp(`${escapeRegExp(normalizeText(page.name))} (\\d+)`).exec(contents)?.[1];
				assert.equal(Number(listed), start + 1, `contents: page number of ${page.name}`);
				assert.ok(pages[start]?.includes(normalizeText(page.title)), `${page.name} starts with its title`);
			}
		});

		test('the course book follows the built site’s sidebar, the instructor edition’s teaching guide first and without the collected notes', () => {
			const sidebar = builtPage(edition, 'getting-started');
			const links: string[] = [];
			visit(sidebar, 'element', (element) => {
				if (element.properties['id'] !== 'starlight__sidebar') return;
				visit(element, 'element', (link) => {
					const href = link.properties['href'];
					if (link.tagName === 'a' && typeof href === 'string') links.push(href.replace(/^\/|\/$/g, ''));
				});
			});
			const guide = links.filter((link) => link.startsWith(`${instructorFolder}/`));
			assert.equal(guide.length > 0, edition === 'instructor');
			assert.equal(links.includes(collectedNotes.slug), edition === 'instructor');
			assert.deepEqual(
				bookPages.map((page) => page.slug),
				[...guide, ...links.filter((link) => !guide.includes(link))].filter((link) => link !== collectedNotes.slug),
			);
			const modules = bookPages.filter((page) => page.slug.startsWith('modules/'));
			assert.ok(modules.length >= 2);
		});

		test('links to other pages of the course lead to the published edition, never to the server that printed it', async () => {
			const canonical = /<link rel="canonical" href="([^"]+)"/.exec(
				readFileSync(join(root, 'dist', edition, 'index.html'), 'utf8'),
			)?.[1];
			assert.ok(canonical, 'the home page has a canonical link');
			const links = await linkTargets((await readHandout(edition, plan.book.file)).data);
			const course = links.filter((link) => link.startsWith(canonical));
			assert.ok(course.length >= 10, `links into the course: ${String(course.length)}`);
			assert.ok(course.includes(`${canonical}modules/fraud-detection/`), 'a link to module 1');
			const local = links.filter((link) => /^https?:\/\/(127\.0\.0\.1|localhost)[:/]/.test(link));
			assert.deepEqual(
				local.filter((link) => !link.startsWith(canonical)),
				[],
				'links to a local address other than the edition’s own',
			);
		});

		test('diagrams are vector graphics: their labels are text and nothing is a raster image', async () => {
			const single = plan.singles.find((candidate) =>
				existsSync(join(root, 'dist', edition, candidate.page.slug, 'index.html'))
					? elementsWithClass(builtPage(edition, candidate.page.slug), 'diagram__frame').length > 0
					: false,
			);
			assert.ok(single, 'a handout with a diagram');
			const diagrams = elementsWithClass(builtPage(edition, single.page.slug), 'diagram__frame');
			const labels = diagrams.flatMap((diagram) =>
				elementsWithClass({ type: 'root', children: [diagram] }, 'row').map((label) => normalizeText(toText(label))),
			);
			assert.ok(labels.length > 0, 'the diagram has node labels');
			const handout = await readHandout(edition, single.file);
			const text = handout.pages.join(' ');
			for (const label of labels.filter((candidate) => candidate.length > 0)) {
				assert.ok(text.includes(label), `diagram label "${label}" is text in ${single.file}`);
			}
			const counts = await drawingCounts(handout.data);
			assert.equal(counts.images, 0, 'no raster images');
			assert.ok(counts.paths > 20 * diagrams.length, `vector paths drawn (${String(counts.paths)})`);
		});
	});
}

describe('instructor material in the handouts', () => {
	test('no student handout holds any instructor text', async () => {
		const plan = planHandouts('student', root);
		for (const file of [...plan.singles.map((single) => single.file), plan.book.file]) {
			const text = (await readHandout('student', file)).pages.join(' ');
			assert.ok(!text.includes('Instructor note'), `${file} has an instructor note`);
			for (const piece of instructorText.pieces) {
				assert.ok(!text.includes(piece.text), `${file} holds "${piece.text}" (from ${piece.source})`);
			}
		}
	});

	test('the instructor course book holds the instructor notes, marked as such, and the instructor pages', async () => {
		const { pages } = await readHandout('instructor', 'course.pdf');
		const text = pages.join(' ');
		assert.ok(text.includes('Instructor note'));
		// Text in table cells and wrapped code lines comes out of a PDF interleaved, and diagram descriptions and
		// page descriptions are not printed at all: most pieces, and some of every file, must be found word for word.
		const found = instructorText.pieces.filter((piece) => squeezed(text).includes(squeezed(piece.text)));
		assert.ok(
			found.length >= instructorText.pieces.length * 0.75,
			`${String(found.length)} of ${String(instructorText.pieces.length)} instructor pieces found`,
		);
		// The collected notes page is left out of the book: its notes are printed in place.
		const sources = new Set(
			instructorText.pieces.map((piece) => piece.source).filter((source) => source !== collectedNotes.source),
		);
		for (const source of sources) {
			assert.ok(
				found.some((piece) => piece.source === source),
				`instructor text from ${source}`,
			);
		}
	});

	test('the instructor course book opens with the teaching guide, right after the cover and contents', async () => {
		const plan = planHandouts('instructor', root);
		const { pages } = await readHandout('instructor', plan.book.file);
		const parts = bookParts(pages).filter((part, index, all) => part !== all[index - 1]);
		const guide = plan.book.groups
			.flatMap((group) => group.pages)
			.filter((page) => page.slug.startsWith(`${instructorFolder}/`))
			.map((page) => normalizeText(page.name));
		assert.ok(guide.length >= 5, `${String(guide.length)} instructor pages`);
		assert.deepEqual(parts.slice(0, guide.length + 2), ['Course book', ...guide, 'Getting started']);
	});

	test('the instructor course book prints every instructor note once, in place, and not the collected notes page', async () => {
		const { pages } = await readHandout('instructor', 'course.pdf');
		const notes = collectInstructorNotes(join(root, 'src/content/docs'), root).flatMap((group) => group.notes);
		assert.ok(notes.length > 10);
		const labels = pages.join(' ').split('Instructor note').length - 1;
		assert.equal(labels, notes.length, 'each note’s "Instructor note" label printed once');
		assert.ok(!bookParts(pages).includes(collectedNotes.title), `no page of "${collectedNotes.title}"`);
	});

	test('each instructor module handout holds that module’s instructor notes', async () => {
		const plan = planHandouts('instructor', root);
		for (const single of plan.singles.filter((candidate) => candidate.file.startsWith('module-'))) {
			const text = (await readHandout('instructor', single.file)).pages.join(' ');
			assert.ok(text.includes('Instructor note'), `${single.file} shows instructor notes`);
			const own = instructorText.pieces.filter((piece) => piece.source.endsWith(`${single.page.slug}.mdx`));
			assert.ok(own.length > 0);
			assert.ok(own.some((piece) => text.includes(piece.text)));
		}
	});
});

test('a handout page rendered to an image is not blank', async () => {
	const [single] = planHandouts('student', root).singles;
	assert.ok(single);
	const { path } = await readHandout('student', single.file);
	const coverage = inkCoverage(path, 1);
	assert.ok(coverage > 0.01, `ink on ${(coverage * 100).toFixed(2)} % of the page`);
	assert.ok(coverage < 0.6, 'not a dark page either');
});

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
