import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright';
import { chromiumLaunchOptions } from '../browser/chromium.ts';
import { mermaidConfig, type DiagramScheme } from './themes.ts';

/** One diagram to draw. `id` becomes the SVG's id and prefixes the ids inside it. */
export interface DiagramRequest {
	id: string;
	source: string;
	scheme: DiagramScheme;
}

/**
 * The SVG drawn at its natural size (one viewBox unit to one CSS pixel): its size and its smallest label, the
 * font size the browser computes for each text element times the scale of the transforms above it.
 */
export interface DiagramMeasure {
	width: number;
	height: number;
	smallestLabelPx: number;
	smallestLabel: string;
}

/** What Mermaid drew, with the accessible name and description it wrote into the SVG, and its measure. */
export interface RenderedDiagram {
	svg: string;
	title?: string | undefined;
	description?: string | undefined;
	measure: DiagramMeasure;
}

/** A drawing, or Mermaid's own error message. */
export type DiagramResult = { ok: true; diagram: RenderedDiagram } | { ok: false; message: string };

/** Draws diagrams in one shared headless browser, in batches. */
export interface DiagramRenderer {
	render(requests: DiagramRequest[]): Promise<DiagramResult[]>;
	/** How many diagrams were drawn and in how many batches, for the build log and the tests. */
	readonly stats: { rendered: number; batches: number; browserLaunches: number };
	close(): Promise<void>;
}

interface Pending {
	request: DiagramRequest;
	resolve: (result: DiagramResult) => void;
	reject: (error: unknown) => void;
}

const require = createRequire(import.meta.url);

/**
 * Creates the renderer the whole build shares. The browser starts on the first diagram that is not in
 * the cache (a build with a warm cache never starts one) and stays up until `close()`. Requests that
 * arrive while a batch is being drawn, from any page, join the next batch.
 */
export function createDiagramRenderer({ batchDelayMs = 20 } = {}): DiagramRenderer {
	let pagePromise: Promise<{ browser: Browser; page: Page }> | undefined;
	let queue: Pending[] = [];
	let timer: NodeJS.Timeout | undefined;
	let chain: Promise<void> = Promise.resolve();
	const stats = { rendered: 0, batches: 0, browserLaunches: 0 };

	function page(): Promise<{ browser: Browser; page: Page }> {
		pagePromise ??= (async () => {
			stats.browserLaunches += 1;
			const browser = await chromium.launch(chromiumLaunchOptions());
			const page = await browser.newPage();
			await page.setContent('<!doctype html><html><body></body></html>');
			await page.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') });
			return { browser, page };
		})();
		return pagePromise;
	}

	async function drawBatch(batch: Pending[]): Promise<void> {
		stats.batches += 1;
		const { page: tab } = await page();
		for (const scheme of ['light', 'dark'] as const) {
			const group = batch.filter((pending) => pending.request.scheme === scheme);
			if (group.length === 0) continue;
			const results = await tab.evaluate(drawInBrowser, {
				config: mermaidConfig(scheme),
				diagrams: group.map(({ request }) => ({ id: request.id, source: request.source })),
			});
			group.forEach((pending, index) => {
				const result = results[index];
				if (result?.ok) stats.rendered += 1;
				pending.resolve(result?.ok ? result : (result ?? { ok: false, message: 'Mermaid returned no result.' }));
			});
		}
	}

	function flush(): void {
		timer = undefined;
		const batch = queue;
		queue = [];
		const draw = (): Promise<void> => drawBatch(batch);
		chain = chain.then(draw, draw);
		chain.catch((error: unknown) => {
			for (const pending of batch) pending.reject(error);
		});
	}

	return {
		stats,
		render(requests) {
			if (requests.length === 0) return Promise.resolve([]);
			const results = requests.map(
				(request) => new Promise<DiagramResult>((resolve, reject) => queue.push({ request, resolve, reject })),
			);
			timer ??= setTimeout(flush, batchDelayMs);
			return Promise.all(results);
		},
		async close() {
			if (timer) clearTimeout(timer);
			await chain.catch(() => undefined);
			const current = pagePromise;
			pagePromise = undefined;
			if (current) await (await current).browser.close();
		},
	};
}

declare const mermaid: {
	initialize(config: Record<string, unknown>): void;
	render(id: string, source: string): Promise<{ svg: string }>;
};

/** Runs inside the page: draws each diagram in turn, since Mermaid's renderer is not re-entrant. */
async function drawInBrowser({
	config,
	diagrams,
}: {
	config: Record<string, unknown>;
	diagrams: { id: string; source: string }[];
}): Promise<DiagramResult[]> {
	mermaid.initialize(config);
	const parser = new DOMParser();
	const referenced = (svg: Element, attribute: string): string | undefined => {
		const ids = svg.getAttribute(attribute)?.split(/\s+/) ?? [];
		const text = ids
			.map((id) => svg.querySelector(`[id="${id}"]`)?.textContent ?? '')
			.join(' ')
			.trim();
		return text || undefined;
	};
	/** Puts the SVG on the page at its natural size and finds its size and its smallest label there. */
	const measure = (svg: string): DiagramMeasure => {
		const host = document.createElement('div');
		host.innerHTML = svg;
		document.body.append(host);
		const root = host.querySelector('svg');
		const [, , width = 0, height = 0] = (root?.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
		root?.setAttribute('style', `width: ${String(width)}px; height: ${String(height)}px; max-width: none`);
		let smallestLabelPx = Infinity;
		let smallestLabel = '';
		for (const text of host.querySelectorAll('text')) {
			const label = text.textContent.trim();
			if (!label) continue;
			const matrix = text.getScreenCTM();
			const scale = matrix ? Math.sqrt(Math.abs(matrix.a * matrix.d - matrix.b * matrix.c)) : 1;
			const size = parseFloat(getComputedStyle(text).fontSize) * scale;
			if (size < smallestLabelPx) {
				smallestLabelPx = size;
				smallestLabel = label;
			}
		}
		host.remove();
		return { width, height, smallestLabelPx, smallestLabel };
	};
	const results: DiagramResult[] = [];
	for (const { id, source } of diagrams) {
		try {
			const { svg } = await mermaid.render(id, source);
			const root = parser.parseFromString(svg, 'image/svg+xml').documentElement;
			results.push({
				ok: true,
				diagram: {
					svg,
					title: referenced(root, 'aria-labelledby'),
					description: referenced(root, 'aria-describedby'),
					measure: measure(svg),
				},
			});
		} catch (error) {
			results.push({ ok: false, message: error instanceof Error ? error.message : String(error) });
		} finally {
			document.getElementById(`d${id}`)?.remove();
		}
	}
	return results;
}
