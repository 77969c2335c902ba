import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { DiagramCache } from '../../src/diagrams/cache.ts';
import { createDiagramRenderer, type DiagramRenderer } from '../../src/diagrams/render.ts';
import { remarkMermaid } from '../../src/diagrams/remark-mermaid.ts';
import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';
import { namespaceIds } from '../../src/diagrams/stable-ids.ts';

const diagram = (body: string): string => `# Page\n\nIntro.\n\n\`\`\`mermaid\n${body}\n\`\`\`\n`;
const valid = diagram(
	'flowchart LR\n  accTitle: Data to model\n  accDescr: Data is used to train a model.\n  data["Data"] --> model["Model"]',
);

let renderer: DiagramRenderer;
let cacheDir: string;

async function render(source: string, cache = new DiagramCache(cacheDir)) {
	const processor = unified().use(remarkParse).use(remarkMermaid, { renderer, cache });
	const file = new VFile({ value: source, path: join(process.cwd(), 'src/content/docs/page.md') });
	const tree = (await processor.run(processor.parse(file), file)) as Root;
	return { html: toHtml(toHast(tree)), cache };
}

describe('remarkMermaid', () => {
	before(async () => {
		renderer = createDiagramRenderer();
		cacheDir = await mkdtemp(join(tmpdir(), 'diagram-cache-'));
	});
	after(async () => {
		await renderer.close();
		await rm(cacheDir, { recursive: true, force: true });
	});

	it('replaces a mermaid fence with one inline SVG, named by accTitle', async () => {
		const { html } = await render(valid);
		assert.doesNotMatch(html, /<code/);
		assert.match(html, /<figure class="diagram"><div class="diagram__frame"><svg id="diagram-[0-9a-f]{12}"/);
		assert.equal(html.match(/<svg/g)?.length, 1);
		assert.match(html, /<title[^>]*>Data to model<\/title>/);
		assert.match(html, /<figcaption>Data to model<\/figcaption>/);
		assert.match(html, />Model</);
	});

	it('gives the SVG its light colours as custom properties and its dark ones for the dark theme on screen only', async () => {
		const { html } = await render(valid);
		const id = /<svg id="(diagram-[0-9a-f]{12})"/.exec(html)?.[1] ?? '';
		const light = new RegExp(`<style>#${id}\\{(--dc0:[^}]*)\\}`).exec(html)?.[1];
		const dark = new RegExp(`@media screen\\{:root\\[data-theme='dark'\\] #${id}\\{(--dc0:[^}]*)\\}\\}`).exec(
			html,
		)?.[1];
		assert.ok(light && dark, 'both sets of colours are in the SVG');
		assert.notEqual(light, dark);
		assert.match(html, /fill:var\(--dc\d+\)/);
	});

	it('keeps a diagram that can be wider than a phone readable: a named, focusable frame and a minimum width', async () => {
		const wide = diagram(
			'flowchart LR\n  accTitle: A wide chain\n  a[First step] --> b[Second step] --> c[Third step] --> d[Fourth step]',
		);
		const { html } = await render(wide);
		assert.match(html, /<div class="diagram__frame" tabindex="0" role="region" aria-label="Diagram: A wide chain">/);
		const [, max = '0', min = '0'] = /max-width: ([\d.]+)px; min-width: ([\d.]+)px/.exec(html) ?? [];
		assert.ok(Number(min) > 288 && Number(min) < Number(max), `min-width ${min}, max-width ${max}`);
	});

	it('stops at a diagram whose labels would be too small to read, naming the view, the file and the fence line', async () => {
		const chain = Array.from({ length: 14 }, (_, n) => `s${String(n)}[Step number ${String(n)}]`).join(' --> ');
		await assert.rejects(render(diagram(`flowchart LR\n  accTitle: Too wide\n  ${chain}`)), (error: Error) => {
			assert.match(error.message, /src\/content\/docs\/page\.md:5:1: The diagram "Too wide" cannot be shown readably/);
			assert.match(error.message, /pt in A4 print \(minimum 8 pt\)/);
			assert.match(error.message, /flowchart TB/);
			return true;
		});
	});

	it('leaves no attribute HTML does not allow on SVG elements and no id twice on a page with two sequence diagrams', async () => {
		const sequence = (name: string): string =>
			`\`\`\`mermaid\nsequenceDiagram\n  accTitle: ${name}\n  Client->>Endpoint: invoke\n  Endpoint-->>Client: result\n\`\`\`\n`;
		const state = '```mermaid\nstateDiagram-v2\n  accTitle: States\n  [*] --> Pending\n  Pending --> Approved\n```\n';
		const { html } = await render(`# Page\n\n${sequence('One')}\n${sequence('Two')}\n${state}`);
		assert.doesNotMatch(html, /<(rect|line)[^>]* name=/);
		assert.doesNotMatch(html, /<g[^>]* datatype=/);
		assert.doesNotMatch(html, /<circle[^>]* (width|height)=/);
		const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
		assert.ok(ids.length > 10);
		assert.deepEqual(
			ids.filter((id, index) => ids.indexOf(id) !== index),
			[],
		);
		// Attributes only: the dark stylesheet of a sequence diagram names a gradient of Mermaid's unused "neo" look.
		for (const [, target] of html.matchAll(/="url\(#([^)]+)\)"/g))
			assert.ok(ids.includes(target), `url(#${String(target)})`);
	});

	it('renders nothing again for a diagram already in the cache, even with a new cache object', async () => {
		const before = renderer.stats.rendered;
		const { cache } = await render(valid, new DiagramCache(cacheDir));
		assert.equal(renderer.stats.rendered, before);
		assert.equal(cache.hits, 1);
		assert.equal(cache.misses, 0);
		assert.ok((await readdir(cacheDir)).length >= 1);
	});

	it('draws the diagrams of several pages that arrive together in one batch, in one browser', async () => {
		const batchesBefore = renderer.stats.batches;
		const sources = [1, 2, 3].map((n) => diagram(`flowchart TD\n  accTitle: Batch diagram ${n}\n  a${n} --> b${n}`));
		await Promise.all(sources.map((source) => render(source)));
		assert.equal(renderer.stats.batches, batchesBefore + 1);
		assert.equal(renderer.stats.browserLaunches, 1);
	});

	it('draws a diagram byte for byte the same whatever the same browser drew before it, once its ids are namespaced', async () => {
		const flowchart = 'flowchart LR\n  accTitle: Same twice\n  a[Start] --> b{Check} --> c([Done])';
		const sequence = 'sequenceDiagram\n  accTitle: Actors\n  Client->>Endpoint: invoke\n  Endpoint-->>Client: result';
		const draw = async (source: string): Promise<string> => {
			const [result] = await renderer.render([{ id: 'same', source, scheme: 'light' }]);
			assert.ok(result?.ok);
			const svg = fromHtml(result.diagram.svg, { fragment: true }).children[0] as Element;
			namespaceIds(svg);
			return toHtml(svg);
		};
		const first = { flowchart: await draw(flowchart), sequence: await draw(sequence) };
		await draw(sequence.replace('Actors', 'Other actors'));
		assert.equal(await draw(sequence), first.sequence);
		assert.equal(await draw(flowchart), first.flowchart);
	});

	it("stops at a diagram Mermaid cannot parse, with the file, the fence line and Mermaid's message", async () => {
		await assert.rejects(render(diagram('flowchart LR\n  accTitle: Broken\n  a -->')), (error: Error) => {
			assert.match(error.message, /src\/content\/docs\/page\.md:5:1/);
			assert.match(error.message, /Mermaid cannot parse this diagram: .*(Parse error|Expecting|error)/is);
			return true;
		});
	});

	it('stops at a diagram without accTitle, with the file and the fence line', async () => {
		await assert.rejects(render(diagram('flowchart LR\n  a --> b')), (error: Error) => {
			assert.match(error.message, /src\/content\/docs\/page\.md:5:1: This diagram has no accessible name/);
			assert.match(error.message, /accTitle/);
			return true;
		});
	});

	it('does not start a browser for a page without diagrams', async () => {
		const fresh = createDiagramRenderer();
		const processor = unified()
			.use(remarkParse)
			.use(remarkMermaid, { renderer: fresh, cache: new DiagramCache(cacheDir) });
		const file = new VFile({ value: '# No diagrams\n\n```python\nprint(1)\n```\n', path: 'page.md' });
		await processor.run(processor.parse(file), file);
		assert.equal(fresh.stats.browserLaunches, 0);
		await fresh.close();
	});
});

describe('namespaceIds', () => {
	it('prefixes ids with the SVG id and numbers actors from zero in order of appearance, references included', () => {
		const svg = fromHtml(
			'<svg id="d1"><line id="actor7"></line><g id="root-7"></g><line id="actor8" marker-end="url(#arrow)"></line><g id="actor8_popup"></g><marker id="arrow"></marker></svg>',
			{ fragment: true },
		).children[0] as Element;
		namespaceIds(svg);
		const html = toHtml(svg);
		assert.match(
			html,
			/<line id="d1-actor0"><\/line><g id="d1-root-0"><\/g><line id="d1-actor1" marker-end="url\(#d1-arrow\)">/,
		);
		assert.match(html, /<g id="d1-actor1_popup">/);
	});
});
