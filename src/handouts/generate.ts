import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright';
import { chromiumLaunchOptions } from '../browser/chromium.ts';
import { courseTitle } from '../course/identity.ts';
import type { Edition } from '../edition/edition.ts';
import { checkPrintedTextLeaks } from './pdf-leak-check.ts';
import { serveEdition } from '../host/serve.ts';
import { assemble, pageCount, type FooterText, type Part } from './assemble.ts';
import { bookFrontHtml, type ContentsEntry } from './book-front.ts';
import { readOutline, shifted, type Bookmark } from './outline.ts';
import { editionLabelOf, handoutsFolder } from './names.ts';
import { noPageMarginsCss } from '../print/page-margins.ts';
import { planHandouts, type HandoutPlan, type PlannedPage } from './plan.ts';
import { pdfPagesText } from './pdf-text.ts';
import { PrintCache, type PrintedPage } from './print-cache.ts';
import { relinkToSite } from './site-links.ts';
import { parseBuildFolders, type BuildFolders } from '../host/build-folders.ts';

/** What one edition's run produced, for the log. */
export interface EditionReport {
	edition: Edition;
	files: { file: string; pages: number }[];
	seconds: number;
}

/** Paper and margins of every handout; print.css sets the same margins for printing from the browser. */
const paper = {
	format: 'A4',
	margin: { top: '16mm', right: '15mm', bottom: '20mm', left: '15mm' },
	printBackground: false,
} as const;

/** Headings kept in the outline: the page title (h1), its sections (h2) and their steps (h3). */
const outlineDepth = 3;

/** Tabs printing at once per edition: two editions print side by side on the build machine's two cores. */
const parallelPages = 2;

/** Bump when a change to this folder changes what a printed page looks like: it empties the print cache. */
const printerVersion = '4';

/**
 * Prints every handout of the given editions from the built site, served over HTTP, with one browser for
 * the whole run; the editions print side by side. Each page is printed once and reused by its own handout
 * and the course book, or taken from the print cache when nothing it prints from has changed. An edition's
 * handouts are written to a temporary folder and moved into place only when all of them succeeded.
 */
export async function generateHandouts({
	root,
	folders = parseBuildFolders(root),
	base = '/',
	editions,
	log = console.log,
	date = new Date(),
}: {
	root: string;
	folders?: BuildFolders;
	base?: string;
	editions: readonly Edition[];
	log?: (line: string) => void;
	date?: Date;
}): Promise<EditionReport[]> {
	for (const edition of editions) {
		if (!existsSync(join(folders.dist, edition, 'index.html'))) {
			throw new Error(
				`${relative(process.cwd(), join(folders.dist, edition))}/ has not been built, so there is nothing to print. ` +
					'Run `npm run build` first.',
			);
		}
	}
	const browser = await chromium.launch(chromiumLaunchOptions());
	const cache = new PrintCache(join(folders.cache, 'course-handouts'));
	try {
		const context = JSON.stringify({ printerVersion, paper, browser: browser.version() });
		return await Promise.all(
			editions.map((edition) =>
				generateEdition({ browser, root, dir: join(folders.dist, edition), base, edition, log, date, cache, context }),
			),
		);
	} finally {
		await browser.close();
	}
}

async function generateEdition({
	browser,
	root,
	dir,
	base,
	edition,
	log,
	date,
	cache,
	context: cacheContext,
}: {
	browser: Browser;
	root: string;
	dir: string;
	base: string;
	edition: Edition;
	log: (line: string) => void;
	date: Date;
	cache: PrintCache;
	context: string;
}): Promise<EditionReport> {
	const started = performance.now();
	const plan = planHandouts(edition, root);
	const server = await serveEdition({ dir, base, port: 0, host: '127.0.0.1' });
	const local = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}${base}`;
	const published = publishedAddress(dir, base);
	const context = await browser.newContext({ colorScheme: 'light' });
	const outDir = join(dir, handoutsFolder);
	const tempDir = `${outDir}.partial`;
	try {
		const pages = plan.book.groups.flatMap((group) => group.pages);
		const printed = new Map<string, PrintedPage>();
		// Only the student edition's text is checked for instructor material.
		const withText = edition === 'student';
		let next = 0;
		// Two tabs print side by side: Chromium lays out one page while the other is being written to PDF.
		const workers = await Promise.all(Array.from({ length: parallelPages }, () => context.newPage()));
		await Promise.all(
			workers.map(async (page) => {
				for (let index = next++; index < pages.length; index = next++) {
					const planned = pages[index];
					if (!planned) break;
					const handouts = [
						...plan.singles.filter((single) => single.page.slug === planned.slug).map((single) => single.file),
						plan.book.file,
					];
					const key = cache.key(dir, join(dir, planned.slug, 'index.html'), `${cacheContext} ${published}`);
					const cached = await cache.get(key, { withText });
					log(
						`  ${edition} ${String(index + 1).padStart(2)}/${String(pages.length)}  ${planned.name} → ${handouts.join(', ')}` +
							`  (${cached ? 'unchanged, from the cache; ' : ''}${String(pages.length - index - 1)} left, ${elapsed(started)})`,
					);
					let result = cached;
					if (!result) {
						const { pdf: printedPdf, headings } = await printPage(page, local, planned);
						const pdf = await relinkToSite(printedPdf, local, published);
						// Extracted now, while the browser prints the next page, and kept with the page in the cache.
						result = {
							pdf,
							outline: await readOutline(pdf, headings, outlineDepth),
							text: withText ? (await pdfPagesText(pdf)).join('\n') : undefined,
						};
						await cache.set(key, result);
					}
					printed.set(planned.slug, result);
				}
			}),
		);
		const [page] = workers;
		if (!page) throw new Error('No browser tab to print with.');

		await rm(tempDir, { recursive: true, force: true });
		await mkdir(tempDir, { recursive: true });
		const editionLabel = editionLabelOf(edition);
		const footer = (name: string): FooterText => ({ left: `${courseTitle} · ${name}`, right: editionLabel });
		const written: { file: string; pdf: Uint8Array }[] = [];
		const write = async (file: string, pdf: Uint8Array): Promise<void> => {
			await writeFile(join(tempDir, file), pdf);
			written.push({ file, pdf });
		};
		for (const single of plan.singles) {
			const { pdf, outline } = printedPage(printed, single.page);
			await write(
				single.file,
				await assemble([{ pdf, footer: footer(single.page.name) }], {
					title: `${courseTitle}: ${single.page.name} (${editionLabel})`,
					date,
					outline,
				}),
			);
		}
		log(
			`  ${edition}  writing ${plan.book.file}: cover, contents and ${String(pages.length)} pages (${elapsed(started)})`,
		);
		const book = await printBook({ page, plan, printed, footer, date });
		await write(
			plan.book.file,
			await assemble(book.parts, { title: `${courseTitle} (${editionLabel})`, date, outline: book.outline }),
		);

		if (edition === 'student') {
			// Every handout is made of these printed pages, the course book's cover and contents, and footers
			// built from the same page names; the PDF tests read every finished file as well.
			const bookPath = join(outDir, plan.book.file);
			const report = checkPrintedTextLeaks({
				docsDir: join(root, 'src/content/docs'),
				texts: [
					{ path: bookPath, text: (await pdfPagesText(book.front)).join('\n') },
					{ path: bookPath, text: book.parts.map((part) => `${part.footer.left} ${part.footer.right}`).join('\n') },
					...[...printed.values()].map(({ text = '' }) => ({ path: bookPath, text })),
				],
			});
			log(
				`  ${edition}  leak check: ${String(report.pieces)} instructor text pieces absent from every printed page (${elapsed(started)})`,
			);
		}
		await rm(outDir, { recursive: true, force: true });
		await rename(tempDir, outDir);
		const files = await Promise.all(written.map(async ({ file, pdf }) => ({ file, pages: await pageCount(pdf) })));
		return { edition, files, seconds: (performance.now() - started) / 1000 };
	} finally {
		await rm(tempDir, { recursive: true, force: true });
		await context.close();
		server.close();
	}
}

/**
 * The address the edition is published at, with its base path: read from the home page's canonical link,
 * which the build wrote from `SITE_URL` and `BASE_PATH`.
 */
function publishedAddress(dir: string, base: string): string {
	const home = readFileSync(join(dir, 'index.html'), 'utf8');
	const canonical = /<link rel="canonical" href="([^"]+)"/.exec(home)?.[1];
	if (!canonical) throw new Error(`${join(dir, 'index.html')} has no canonical link; the site has no SITE_URL?`);
	const address = new URL(canonical);
	return `${address.origin}${base}`;
}

/** Loads one page of the built site and prints it, with its outline; a page that does not load stops the run. */
async function printPage(
	page: Page,
	local: string,
	planned: PlannedPage,
): Promise<{ pdf: Uint8Array; headings: string[] }> {
	const url = new URL(`${planned.slug}/`.replace(/^\//, ''), local).toString();
	const response = await page.goto(url, { waitUntil: 'load' }).catch((error: unknown) => {
		throw new Error(`Could not load ${url} (${planned.name}) to print it: ${String(error)}`);
	});
	if (!response?.ok()) {
		throw new Error(
			`${url} (${planned.name}) answered HTTP ${String(response?.status() ?? 'nothing')}: ` +
				`is dist/ older than src/content/docs/? Run \`npm run build\` again.`,
		);
	}
	await page.evaluate(() => document.fonts.ready);
	// The page's own footer (print.css's margin boxes) is for printing from the browser: a handout gets the
	// footer assemble.ts stamps, numbered over the whole handout, and would otherwise show both.
	await page.addStyleTag({ content: noPageMarginsCss });
	// The headings' text as written, without the anchor links' hidden labels, to correct the outline's titles.
	const headings = await page.evaluate(() =>
		[...document.querySelectorAll('main :is(h1, h2, h3, h4, h5, h6)')].map((heading) => {
			const copy = heading.cloneNode(true) as Element;
			for (const hidden of copy.querySelectorAll('.sl-anchor-link, .sr-only')) hidden.remove();
			return copy.textContent.trim();
		}),
	);
	// Chromium writes the outline (one bookmark per heading) only into a tagged PDF.
	return { pdf: await page.pdf({ ...paper, tagged: true, outline: true }), headings };
}

/** A printed page of the plan; every planned page is printed before any handout is put together. */
function printedPage(printed: Map<string, PrintedPage>, planned: PlannedPage): PrintedPage {
	const page = printed.get(planned.slug);
	if (!page) throw new Error(`${planned.name} (${planned.slug}) was not printed; this is a bug in src/handouts/.`);
	return page;
}

/** A printed page's sections: the headings under its title (or its top headings, if it has no single title). */
function sectionsOf(outline: Bookmark[]): Bookmark[] {
	const [title] = outline;
	return outline.length === 1 && title ? title.children : outline;
}

/**
 * The course book's parts and outline: the cover and contents, then every page. The contents list every page
 * and its sections with the page each starts on, and their own length shifts those numbers, so they are
 * printed until their length settles. The outline has the contents, each sidebar group, its pages, their
 * sections and steps.
 */
async function printBook({
	page,
	plan,
	printed,
	footer,
	date,
}: {
	page: Page;
	plan: HandoutPlan;
	printed: Map<string, PrintedPage>;
	footer: (name: string) => FooterText;
	date: Date;
}): Promise<{ front: Uint8Array; parts: Part[]; outline: Bookmark[] }> {
	const lengths = new Map<string, number>();
	for (const [slug, { pdf }] of printed) lengths.set(slug, await pageCount(pdf));
	let frontLength = 2;
	for (let attempt = 0; attempt < 4; attempt += 1) {
		let next = frontLength;
		const groups = plan.book.groups.map((group) => ({
			label: group.label,
			pages: group.pages.map((planned) => {
				const start = next;
				next += lengths.get(planned.slug) ?? 0;
				return { planned, start, sections: shifted(sectionsOf(printedPage(printed, planned).outline), start) };
			}),
		}));
		const contents = groups.map((group) => ({
			label: group.label,
			entries: group.pages.map(({ planned, start, sections }): ContentsEntry => ({
				name: planned.name,
				page: start + 1,
				sections: sections.map((section) => ({ name: section.title, page: section.page + 1 })),
			})),
		}));
		await page.setContent(
			bookFrontHtml({
				title: courseTitle,
				edition: plan.edition,
				date: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(date),
				groups: contents,
			}),
		);
		const front = await page.pdf(paper);
		const length = await pageCount(front);
		if (length === frontLength) {
			const outline: Bookmark[] = [
				{ title: 'Contents', page: 1, children: [] },
				...groups.map((group) => ({
					title: group.label,
					page: group.pages[0]?.start ?? frontLength,
					children: group.pages.map(({ planned, start, sections }) => ({
						title: planned.name,
						page: start,
						children: sections,
					})),
				})),
			];
			return {
				front,
				outline,
				parts: [
					{ pdf: front, footer: footer('Course book') },
					...plan.book.groups.flatMap((group) =>
						group.pages.map((planned) => ({
							pdf: printedPage(printed, planned).pdf,
							footer: footer(planned.name),
						})),
					),
				],
			};
		}
		frontLength = length;
	}
	throw new Error('The course book contents did not settle on a page count; this is a bug in src/handouts/.');
}

function elapsed(since: number): string {
	return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}
