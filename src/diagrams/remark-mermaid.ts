import type { Code, Paragraph, Parent, Root, RootContent } from 'mdast';
import { toHtml } from 'hast-util-to-html';
import type {} from 'mdast-util-mdx-jsx';
import type {} from 'mdast-util-directive';
import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { VFile } from 'vfile';
import type {} from 'mdast-util-to-hast';
import { failAt } from '../markdown/fail.ts';
import { DiagramCache, type DrawnDiagram } from './cache.ts';
import { mergeSchemes, SchemeMismatch } from './merge-schemes.ts';
import { asideInset, describeUnreadable, screenMinWidth, unreadableViews } from './readability.ts';
import type { DiagramRenderer, DiagramResult } from './render.ts';
import { namespaceIds } from './stable-ids.ts';
import { dropDisallowedAttributes } from './valid-attributes.ts';

/** What the configuration hands down: the build's one renderer and its cache. */
export interface RemarkMermaidOptions {
	renderer: DiagramRenderer;
	cache: DiagramCache;
}

/** A phone's column is never narrower than this (a 320 px window): a diagram wider than it can scroll. */
const narrowestColumn = 288;

interface Fence {
	node: Code;
	parent: Parent;
	index: number;
	/** Inside an instructor note or an aside, whose padding narrows the column. */
	inAside: boolean;
}

/**
 * Replaces every ` ```mermaid ` fence with the diagram as one inline SVG:
 *
 * ```html
 * <figure class="diagram">
 *   <div class="diagram__frame" tabindex="0" role="region" aria-label="Diagram: accTitle"><svg …/></div>
 *   <figcaption>accTitle</figcaption>
 * </figure>
 * ```
 * Mermaid draws it in its light and its dark theme; the two drawings become one SVG whose colours are custom
 * properties switched by Starlight's theme (`merge-schemes.ts`). The SVG is never shown narrower than where
 * its smallest label is 11 px (`min-width`); a diagram that can be wider than a phone's column sits in a
 * focusable, named frame that scrolls sideways. A diagram Mermaid cannot parse, one without `accTitle`, and
 * one whose labels would be too small to read on a laptop, a phone or an A4 page stop the build at its fence.
 */
export function remarkMermaid({ renderer, cache }: RemarkMermaidOptions) {
	return async function transformer(tree: Root, file: VFile): Promise<void> {
		const fences = mermaidFences(tree, false);
		// Most pages have no diagram: no cache look-up, no browser.
		if (fences.length === 0) return;

		const jobs = fences.map((fence) => ({ fence, key: DiagramCache.key(fence.node.value) }));
		const cached = await Promise.all(jobs.map((job) => cache.get(job.key)));
		const missing = jobs.filter((_, index) => cached[index] === undefined);
		const requests = missing.flatMap((job) =>
			(['light', 'dark'] as const).map((scheme) => ({ id: svgId(job.key), source: job.fence.node.value, scheme })),
		);
		const results = await renderer.render(requests);

		const drawn = new Map<string, DrawnDiagram>();
		jobs.forEach((job, index) => {
			const hit = cached[index];
			if (hit) drawn.set(job.key, hit);
		});
		for (const [index, job] of missing.entries()) {
			const [light, dark] = [results[2 * index], results[2 * index + 1]];
			if (!light?.ok || !dark?.ok) {
				failAt(
					file,
					job.fence.node,
					`Mermaid cannot parse this diagram: ${failure(light) ?? failure(dark) ?? 'no result'}`,
					"Correct the diagram source (the line numbers in Mermaid's message count from the line after the fence); try it at mermaid.live.",
					'mermaid-parse',
				);
			}
			const diagram = { light: light.diagram, dark: dark.diagram };
			drawn.set(job.key, diagram);
			await cache.set(job.key, diagram);
		}

		for (const { fence, key } of jobs) {
			const diagram = drawn.get(key);
			const title = diagram?.light.title;
			if (!diagram || !title) {
				failAt(
					file,
					fence.node,
					'This diagram has no accessible name.',
					'Add an `accTitle: <what the diagram shows>` line (and `accDescr:` where useful) after the diagram type line.',
					'mermaid-acc-title',
				);
			}
			const { measure } = diagram.light;
			const problems = unreadableViews(measure, fence.inAside ? asideInset : 0);
			if (problems.length > 0) {
				failAt(
					file,
					fence.node,
					`The diagram "${title}" cannot be shown readably. ${describeUnreadable(problems, measure)}`,
					'Lay it out to fit: top to bottom (`flowchart TB`) instead of left to right, fewer nodes side by side, ' +
						'shorter or wrapped labels (`<br/>`), shorter edge labels; or split it into two diagrams.',
					'mermaid-unreadable',
				);
			}
			let svg: Element;
			try {
				// Ids first: Mermaid's actor counter runs on between the two drawings, so they differ until renumbered.
				const [light, dark] = [parseSvg(diagram.light.svg), parseSvg(diagram.dark.svg)];
				namespaceIds(light);
				namespaceIds(dark);
				svg = mergeSchemes(light, dark);
			} catch (error) {
				if (!(error instanceof SchemeMismatch)) throw error;
				failAt(
					file,
					fence.node,
					`The light and the dark drawing of "${title}" differ in more than colour (${error.message}).`,
					'Report it with the diagram source: src/diagrams/merge-schemes.ts needs to learn the difference.',
					'mermaid-schemes',
				);
			}
			dropDisallowedAttributes(svg);
			const minWidth = screenMinWidth(measure);
			svg.properties['style'] = `max-width: ${String(measure.width)}px; min-width: ${String(minWidth)}px`;
			fence.parent.children[fence.index] = figure(svg, title, minWidth > narrowestColumn, file);
		}
	};
}

/** Every mermaid fence of the tree, with where it sits and whether it is inside an aside. */
function mermaidFences(node: Parent, inAside: boolean): Fence[] {
	return node.children.flatMap((child, index): Fence[] => {
		if (child.type === 'code') return child.lang === 'mermaid' ? [{ node: child, parent: node, index, inAside }] : [];
		if (!('children' in child)) return [];
		const aside = child.type === 'containerDirective' || child.data?.hName === 'aside';
		return mermaidFences(child, inAside || aside);
	});
}

function failure(result: DiagramResult | undefined): string | undefined {
	return result && !result.ok ? result.message : undefined;
}

/** The SVG id: stable across builds, unique per diagram; Mermaid prefixes the ids inside the SVG with it. */
function svgId(key: string): string {
	return `diagram-${key.slice(0, 12)}`;
}

function parseSvg(svg: string): Element {
	const parsed = fromHtml(svg, { fragment: true }).children.find(
		(child): child is Element => child.type === 'element' && child.tagName === 'svg',
	);
	if (!parsed) throw new SchemeMismatch('Mermaid returned no <svg>');
	return parsed;
}

function figure(svg: Element, title: string, scrolls: boolean, file: VFile): RootContent {
	// A frame that may scroll is a keyboard stop with a name, so keyboard users can scroll it too.
	const frame: Element = {
		type: 'element',
		tagName: 'div',
		properties: scrolls
			? { className: ['diagram__frame'], tabIndex: 0, role: 'region', ariaLabel: `Diagram: ${title}` }
			: { className: ['diagram__frame'] },
		children: [svg],
	};
	const children: ElementContent[] = [
		frame,
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
