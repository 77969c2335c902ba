import type { Code, Paragraph, Parent, Root, RootContent } from 'mdast';
import { toHtml } from 'hast-util-to-html';
import type {} from 'mdast-util-mdx-jsx';
import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type {} from 'mdast-util-to-hast';
import { failAt } from '../markdown/fail.ts';
import { DiagramCache } from './cache.ts';
import type { DiagramRenderer, RenderedDiagram } from './render.ts';
import type { DiagramScheme } from './themes.ts';

/** What the configuration hands down: the build's one renderer and its cache. */
export interface RemarkMermaidOptions {
	renderer: DiagramRenderer;
	cache: DiagramCache;
}

const schemes: DiagramScheme[] = ['light', 'dark'];

/**
 * Replaces every ` ```mermaid ` fence with the diagram drawn as inline SVG, once per colour scheme:
 *
 * ```html
 * <figure class="diagram">
 *   <div class="diagram__light"><svg …/></div>
 *   <div class="diagram__dark" data-pagefind-ignore><svg …/></div>
 *   <figcaption>accTitle</figcaption>
 * </figure>
 * ```
 * The stylesheet shows the one that matches Starlight's theme, and the light one in print. A diagram
 * Mermaid cannot parse, or without `accTitle`, stops the build at its fence.
 */
export function remarkMermaid({ renderer, cache }: RemarkMermaidOptions) {
	return async function transformer(tree: Root, file: VFile): Promise<void> {
		const fences: Code[] = [];
		const places = new Map<Code, { parent: Parent; index: number }>();
		visit(tree, 'code', (node, index, parent) => {
			if (node.lang !== 'mermaid' || !parent || index === undefined) return;
			fences.push(node);
			places.set(node, { parent, index });
		});
		// Most pages have no diagram: no cache look-up, no browser.
		if (fences.length === 0) return;

		const jobs = fences.flatMap((fence) =>
			schemes.map((scheme) => ({ fence, scheme, key: DiagramCache.key(fence.value, scheme) })),
		);
		const cached = await Promise.all(jobs.map((job) => cache.get(job.key)));
		const missing = jobs.filter((_, index) => cached[index] === undefined);
		const results = await renderer.render(
			missing.map((job) => ({ id: svgId(job.key, job.scheme), source: job.fence.value, scheme: job.scheme })),
		);

		const drawn = new Map<string, RenderedDiagram>();
		jobs.forEach((job, index) => {
			const hit = cached[index];
			if (hit) drawn.set(job.key, hit);
		});
		for (const [index, job] of missing.entries()) {
			const result = results[index];
			if (!result?.ok) {
				failAt(
					file,
					job.fence,
					`Mermaid cannot parse this diagram: ${result?.message ?? 'no result'}`,
					"Correct the diagram source (the line numbers in Mermaid's message count from the line after the fence); try it at mermaid.live.",
					'mermaid-parse',
				);
			}
			drawn.set(job.key, result.diagram);
			await cache.set(job.key, result.diagram);
		}

		for (const fence of fences) {
			const [light, dark] = schemes.map((scheme) => drawn.get(DiagramCache.key(fence.value, scheme)));
			const title = light?.title;
			if (!light || !title || !dark) {
				failAt(
					file,
					fence,
					'This diagram has no accessible name.',
					'Add an `accTitle: <what the diagram shows>` line (and `accDescr:` where useful) after the diagram type line.',
					'mermaid-acc-title',
				);
			}
			const place = places.get(fence);
			if (place) place.parent.children[place.index] = figure(light, dark, title, file);
		}
	};
}

/** The SVG id: stable across builds, unique per diagram and scheme so both SVGs can share a page. */
function svgId(key: string, scheme: DiagramScheme): string {
	return `diagram-${key.slice(0, 12)}-${scheme}`;
}

function figure(light: RenderedDiagram, dark: RenderedDiagram, title: string, file: VFile): RootContent {
	const children: ElementContent[] = [
		wrapper('diagram__light', light.svg, {}),
		wrapper('diagram__dark', dark.svg, { dataPagefindIgnore: '' }),
		{ type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: title }] },
	];
	if (file.extname === '.mdx') {
		// MDX would turn each SVG's <style> into a `set:html` attribute when it optimises static HTML
		// (Astro's rehype-collapse-script-style followed by rehype-optimize-static), leaving the diagram
		// unstyled; a JSX element with `set:html` reaches the page as the exact markup.
		return {
			type: 'mdxJsxFlowElement',
			name: 'figure',
			attributes: [
				{ type: 'mdxJsxAttribute', name: 'class', value: 'diagram' },
				{ type: 'mdxJsxAttribute', name: 'set:html', value: toHtml(children) },
			],
			children: [],
		};
	}
	const paragraph: Paragraph = {
		type: 'paragraph',
		data: { hName: 'figure', hProperties: { className: ['diagram'] }, hChildren: children },
		children: [],
	};
	return paragraph;
}

function wrapper(className: string, svg: string, properties: Record<string, string>): Element {
	const parsed = fromHtml(svg, { fragment: true });
	return {
		type: 'element',
		tagName: 'div',
		properties: { className: [className], ...properties },
		children: parsed.children.filter((child): child is Element => child.type === 'element'),
	};
}
