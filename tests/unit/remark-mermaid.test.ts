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
import { stableActorIds } from '../../src/diagrams/stable-ids.ts';

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

	it('replaces a mermaid fence with inline SVG in a light and a dark variant, named by accTitle', async () => {
		const { html } = await render(valid);
		assert.doesNotMatch(html, /<code/);
		assert.match(html, /<figure class="diagram"><div class="diagram__light"><svg id="diagram-[0-9a-f]{12}-light"/);
		assert.match(html, /<div class="diagram__dark" data-pagefind-ignore=""><svg id="diagram-[0-9a-f]{12}-dark"/);
		assert.match(html, /<title[^>]*>Data to model<\/title>/);
		assert.match(html, /<figcaption>Data to model<\/figcaption>/);
		assert.match(html, />Model</);
	});

	it('draws the dark variant in different colours from the light one', async () => {
		const { html } = await render(valid);
		const [light, dark] = html.split('diagram__dark');
		const fills = (svg = ''): string => [...svg.matchAll(/fill:\s*(#[0-9a-fA-F]{3,8})/g)].map((m) => m[1]).join(',');
		assert.notEqual(fills(light), fills(dark));
	});

	it('renders nothing again for a diagram already in the cache, even with a new cache object', async () => {
		const before = renderer.stats.rendered;
		const { cache } = await render(valid, new DiagramCache(cacheDir));
		assert.equal(renderer.stats.rendered, before);
		assert.equal(cache.hits, 2);
		assert.equal(cache.misses, 0);
		assert.ok((await readdir(cacheDir)).length >= 2);
	});

	it('draws the diagrams of several pages that arrive together in one batch, in one browser', async () => {
		const batchesBefore = renderer.stats.batches;
		const sources = [1, 2, 3].map((n) => diagram(`flowchart TD\n  accTitle: Batch diagram ${n}\n  a${n} --> b${n}`));
		await Promise.all(sources.map((source) => render(source)));
		assert.equal(renderer.stats.batches, batchesBefore + 1);
		assert.equal(renderer.stats.browserLaunches, 1);
	});

	it('draws a diagram byte for byte the same whatever the same browser drew before it', async () => {
		const flowchart = 'flowchart LR\n  accTitle: Same twice\n  a[Start] --> b{Check} --> c([Done])';
		const sequence = 'sequenceDiagram\n  accTitle: Actors\n  Client->>Endpoint: invoke\n  Endpoint-->>Client: result';
		const draw = async (source: string): Promise<string> => {
			const [result] = await renderer.render([{ id: 'same', source, scheme: 'light' }]);
			assert.ok(result?.ok);
			return result.diagram.svg;
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

describe('stableActorIds', () => {
	it('numbers sequence-diagram actors from zero in order of appearance, whatever Mermaid counted before', () => {
		const drawn =
			'<line id="actor7" class="actor-line"/><g id="root-7"></g><line id="actor8"/><g id="actor8_popup"></g>';
		assert.equal(
			stableActorIds(drawn),
			'<line id="actor0" class="actor-line"/><g id="root-0"></g><line id="actor1"/><g id="actor1_popup"></g>',
		);
	});
});
