import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { asideInset, displayedWidth, views, type View } from '../../src/diagrams/readability.ts';
import { mermaidConfig, type DiagramScheme } from '../../src/diagrams/themes.ts';
import { CoursePage } from './course-page.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const mermaidScript = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');

/** Every built page of an edition that shows a diagram, as a path. */
function pagesWithDiagrams(edition: 'student' | 'instructor'): string[] {
	const dist = join(root, 'dist', edition);
	return readdirSync(dist, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.name === 'index.html')
		.map((entry) => join(entry.parentPath, entry.name))
		.filter((file) => readFileSync(file, 'utf8').includes('<figure class="diagram"'))
		.map((file) => `/${relative(dist, file).replace(/index\.html$/, '')}`);
}

interface Shown {
	title: string;
	/** The viewBox: the size the build measured the diagram at. */
	natural: { width: number; height: number };
	/** Its smallest label at natural size, from the browser's font sizes and transforms. */
	naturalLabel: number;
	/** What the reader gets. */
	shownWidth: number;
	shownLabel: number;
	column: number;
	inAside: boolean;
	scrolls: boolean;
	focusable: boolean;
	name: string | null;
}

/** Brings each diagram into view (they are laid out only near the screen) and measures it as shown. */
async function measureDiagrams(page: Page): Promise<Shown[]> {
	const figures = page.locator('figure.diagram');
	const shown: Shown[] = [];
	for (const figure of await figures.all()) {
		// Scrolled to by script rather than Playwright's scrollIntoViewIfNeeded, which waits for the figure to stop
		// moving: while blocks above it are laid out for the first time (content-visibility) it keeps moving.
		await figure.evaluate(async (element) => {
			element.scrollIntoView({ block: 'center' });
			await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
		});
		shown.push(
			await figure.evaluate((element): Shown => {
				const frame = element.querySelector<HTMLElement>('.diagram__frame');
				const svg = element.querySelector('svg');
				if (!frame || !svg) throw new Error('a diagram without frame or SVG');
				const [, , width = 0, height = 0] = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
				const box = svg.getBoundingClientRect();
				// The SVG's own scale: its viewBox fitted into its box (preserveAspectRatio meet).
				const scale = Math.min(box.width / width, box.height / height);
				let shownLabel = Infinity;
				for (const text of svg.querySelectorAll('text')) {
					if (!text.textContent.trim()) continue;
					const matrix = text.getScreenCTM();
					const size =
						parseFloat(getComputedStyle(text).fontSize) *
						(matrix ? Math.sqrt(Math.abs(matrix.a * matrix.d - matrix.b * matrix.c)) : 1);
					shownLabel = Math.min(shownLabel, size);
				}
				return {
					title: element.querySelector('figcaption')?.textContent ?? '',
					natural: { width, height },
					naturalLabel: shownLabel / scale,
					shownWidth: width * scale,
					shownLabel,
					column: frame.clientWidth,
					inAside: element.closest('aside') !== null,
					scrolls: frame.scrollWidth > frame.clientWidth + 1,
					focusable: frame.tabIndex === 0,
					name: frame.getAttribute('role') === 'region' ? frame.getAttribute('aria-label') : null,
				};
			}),
		);
	}
	return shown;
}

/** The view of readability.ts whose column is the given window's. */
function view(name: string): View {
	const found = views.find((candidate) => candidate.name.includes(name));
	if (!found) throw new Error(`no view ${name}`);
	return found;
}

for (const edition of ['student', 'instructor'] as const) {
	// One test a page: a page's diagrams are measured in a few seconds, all of them in one test took minutes.
	const pages = pagesWithDiagrams(edition);
	test(`${edition} has diagrams on more than five pages`, () => {
		expect(pages.length).toBeGreaterThan(5);
	});
	for (const { width, height, name } of [
		{ width: 1440, height: 900, name: '1440' },
		{ width: 390, height: 844, name: '390' },
	]) {
		for (const path of pages) {
			test(`${edition} ${path}: every diagram is shown at ${name} px with labels of 11 px or more, as the build predicts`, async ({
				page,
			}) => {
				await page.setViewportSize({ width, height });
				await new CoursePage(page, edition).goto(path);
				for (const diagram of await measureDiagrams(page)) {
					const where = `${path} "${diagram.title}"`;
					const inset = diagram.inAside ? asideInset : 0;
					const at = view(name);
					// The column readability.ts assumes is the real one.
					expect(diagram.column, `${where}: the column`).toBeCloseTo(at.column - inset, 0);
					const measure = {
						width: diagram.natural.width,
						height: diagram.natural.height,
						smallestLabelPx: diagram.naturalLabel,
						smallestLabel: '',
					};
					expect(diagram.shownWidth, `${where}: the width shown`).toBeCloseTo(displayedWidth(measure, at, inset), 0);
					expect(diagram.shownLabel, `${where}: the smallest label`).toBeGreaterThanOrEqual(at.minimumPx - 0.05);
					if (diagram.scrolls) {
						expect(diagram.focusable, `${where}: a frame that scrolls can be focused`).toBe(true);
						expect(diagram.name, `${where}: a frame that scrolls has a name`).toBe(`Diagram: ${diagram.title}`);
					}
				}
			});
		}
	}
}

test('printed on A4, every diagram of a module page fits the page with labels of 8 pt or more', async ({ page }) => {
	const student = new CoursePage(page, 'student');
	await student.goto('/modules/fraud-detection/');
	const a4 = view('A4');
	await page.setViewportSize({ width: a4.column, height: 1000 });
	await page.emulateMedia({ media: 'print' });
	const diagrams = await measureDiagrams(page);
	expect(diagrams.length).toBeGreaterThan(1);
	for (const diagram of diagrams) {
		const measure = {
			width: diagram.natural.width,
			height: diagram.natural.height,
			smallestLabelPx: diagram.naturalLabel,
			smallestLabel: '',
		};
		expect(diagram.shownWidth, diagram.title).toBeCloseTo(displayedWidth(measure, a4, 0), 0);
		expect(diagram.shownLabel, diagram.title).toBeGreaterThanOrEqual(a4.minimumPx - 0.05);
		expect(diagram.scrolls, diagram.title).toBe(false);
	}
});

/** The source of the fence whose accTitle is the given one. */
function fenceSource(file: string, title: string): string {
	const text = readFileSync(join(root, 'src/content/docs', file), 'utf8');
	const fence = [...text.matchAll(/```mermaid\n([\s\S]*?)```/g)].find((match) =>
		match[1]?.includes(`accTitle: ${title}\n`),
	);
	if (!fence?.[1]) throw new Error(`no diagram "${title}" in ${file}`);
	return fence[1];
}

/** Screenshots an SVG alone on a blank page at its natural size, with the theme attribute Starlight sets. */
async function shoot(page: Page, svg: string, theme: DiagramScheme): Promise<Buffer> {
	await page.setContent(
		`<!doctype html><html data-theme="${theme}"><body style="margin:0;background:#fff">${svg}</body></html>`,
	);
	const element = page.locator('svg').first();
	await element.evaluate((node) => {
		const [, , width = 0, height = 0] = (node.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
		node.setAttribute('style', `display:block;width:${String(width)}px;height:${String(height)}px;max-width:none`);
	});
	return element.screenshot();
}

/** How many pixels of two same-sized PNGs differ, counted in the browser. */
async function differingPixels(page: Page, a: Buffer, b: Buffer): Promise<number> {
	await page.setContent('<!doctype html><html><body></body></html>');
	return page.evaluate(
		async ([first, second]) => {
			const pixels = async (base64: string): Promise<ImageData> => {
				const image = new Image();
				image.src = `data:image/png;base64,${base64}`;
				await image.decode();
				const canvas = new OffscreenCanvas(image.width, image.height);
				const context = canvas.getContext('2d');
				if (!context) throw new Error('no canvas');
				context.drawImage(image, 0, 0);
				return context.getImageData(0, 0, image.width, image.height);
			};
			const [x, y] = [await pixels(first ?? ''), await pixels(second ?? '')];
			if (x.width !== y.width || x.height !== y.height) return Infinity;
			let differing = 0;
			for (let index = 0; index < x.data.length; index += 4) {
				if ([0, 1, 2, 3].some((channel) => x.data[index + channel] !== y.data[index + channel])) differing += 1;
			}
			return differing;
		},
		[a.toString('base64'), b.toString('base64')],
	);
}

/**
 * The one SVG the site sends, in each theme, against Mermaid's own drawing of the same source in that theme
 * (Mermaid's `default` and `dark` themes: what the site sent as two SVGs before): pixel for pixel the same.
 */
test.describe('one SVG per diagram looks exactly like Mermaid’s own light and dark drawings', () => {
	const cases = [
		{ path: '/modules/fraud-detection/', file: 'modules/fraud-detection.mdx', title: 'Real-time fraud scoring path' },
		{ path: '/modules/fraud-detection/', file: 'modules/fraud-detection.mdx', title: 'Fraud check request timeline' },
		{
			path: '/modules/customer-churn/',
			file: 'modules/customer-churn.mdx',
			title: 'Approval status of a model package version',
		},
	];
	for (const { path, file, title } of cases) {
		test(`"${title}" in both themes`, async ({ page }) => {
			test.setTimeout(120_000);
			await new CoursePage(page, 'student').goto(path);
			const figure = page.locator('figure.diagram').filter({ hasText: title }).first();
			const shipped = await figure.locator('svg').evaluate((svg) => svg.outerHTML);
			const id = await figure.locator('svg').getAttribute('id');
			const source = fenceSource(file, title);
			for (const theme of ['light', 'dark'] as const) {
				await page.setContent('<!doctype html><html><body></body></html>');
				await page.addScriptTag({ path: mermaidScript });
				const drawn = await page.evaluate(
					async ({ config, source: text, svgId }) => {
						const mermaid = (
							window as unknown as {
								mermaid: {
									initialize(c: unknown): void;
									render(id: string, s: string): Promise<{ svg: string }>;
								};
							}
						).mermaid;
						mermaid.initialize(config);
						return (await mermaid.render(svgId, text)).svg;
					},
					{ config: mermaidConfig(theme), source, svgId: id ?? 'diagram' },
				);
				const reference = await shoot(page, drawn, theme);
				const ours = await shoot(page, shipped, theme);
				expect(await differingPixels(page, reference, ours), `${title}, ${theme} theme`).toBe(0);
			}
		});
	}
});
