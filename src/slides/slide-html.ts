// Page blocks (mdast, after the course's plugins ran) turned into slide HTML: diagrams keep the page's
// build-time SVG (the light one, for projectors), lists are cut to their bold lead phrases, long tables split.
import type { List, ListItem, Paragraph, PhrasingContent, RootContent, Table } from 'mdast';
import type { Element, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { toHast } from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from 'unist-util-visit';
import { rehypeBaseLinks } from '../markdown/rehype-base-links.ts';

/** Whether a block is a diagram figure as `remarkMermaid` leaves it (MDX: a JSX figure; Markdown: a paragraph). */
export function isDiagram(node: RootContent): boolean {
	if (node.type === 'mdxJsxFlowElement') return node.name === 'figure' && diagramMarkup(node) !== undefined;
	return node.type === 'paragraph' && node.data?.hName === 'figure';
}

function diagramMarkup(node: MdxJsxFlowElement): string | undefined {
	const attribute = node.attributes.find((item) => item.type === 'mdxJsxAttribute' && item.name === 'set:html');
	return attribute && typeof attribute.value === 'string' ? attribute.value : undefined;
}

/** Whether a block is an instructor callout as `remarkInstructor` leaves it in the instructor edition. */
export function isInstructorCallout(node: RootContent): node is Paragraph {
	return (
		node.type === 'paragraph' && node.data?.hName === 'aside' && 'dataInstructorNote' in (node.data.hProperties ?? {})
	);
}

/** A paragraph that opens with a bold phrase ("**Scaling and cost.** You pay…"): its phrase, else undefined. */
export function leadPhrase(node: RootContent): PhrasingContent[] | undefined {
	if (node.type !== 'paragraph' || node.data?.hName) return undefined;
	const first = node.children[0];
	if (first?.type !== 'strong' || toString(first).length > 90) return undefined;
	return trimEnd(first.children);
}

/** A phrase without its closing "." or ":" (a slide bullet is not a sentence). */
function trimEnd(children: PhrasingContent[]): PhrasingContent[] {
	const copy = structuredClone(children);
	const last = copy.at(-1);
	if (last?.type === 'text') last.value = last.value.replace(/[.:]\s*$/, '');
	return copy;
}

/** A list cut for a slide: an item that opens with a bold phrase keeps only that phrase; nested blocks go. */
export function slideList(list: List): List {
	return {
		...list,
		children: list.children.map((item): ListItem => {
			const first = item.children[0];
			if (first?.type !== 'paragraph') return { ...item, children: [] };
			const lead = leadPhrase(first);
			return { ...item, spread: false, children: [{ type: 'paragraph', children: lead ?? first.children }] };
		}),
	};
}

/** A bullet list of lead phrases. */
export function leadList(phrases: PhrasingContent[][]): List {
	return {
		type: 'list',
		ordered: false,
		spread: false,
		children: phrases.map((phrase) => ({
			type: 'listItem',
			spread: false,
			children: [{ type: 'paragraph', children: phrase }],
		})),
	};
}

/** A table in chunks of at most `rows` body rows, each repeating the header row. */
export function splitTable(table: Table, rows: number): Table[] {
	const [head, ...body] = table.children;
	if (!head || body.length <= rows) return [table];
	const chunks: Table[] = [];
	for (let start = 0; start < body.length; start += rows) {
		chunks.push({ ...table, children: [head, ...body.slice(start, start + rows)] });
	}
	return chunks;
}

/**
 * Slide HTML of blocks. Diagrams become `<figure class="deck-diagram">` with the page's light SVG and its
 * caption; MDX components (which only render on the page) are left out; root-relative links get the base path.
 */
export function blocksToHtml(blocks: RootContent[], base: string): string {
	const children: RootContent[] = blocks.map((block) =>
		isDiagram(block) ? { type: 'html', value: diagramHtml(block) } : withoutJsx(block),
	);
	const tree = toHast({ type: 'root', children }, { allowDangerousHtml: true }) as HastRoot;
	rehypeBaseLinks({ base })(tree);
	return toHtml(tree, { allowDangerousHtml: true });
}

/** A block without the MDX components inside it (a copy; the page keeps its own). */
function withoutJsx(block: RootContent): RootContent {
	const copy = structuredClone(block);
	visit(copy, (node, index, parent) => {
		if (!parent || index === undefined) return;
		if (
			node.type === 'mdxJsxFlowElement' ||
			node.type === 'mdxJsxTextElement' ||
			node.type === 'mdxFlowExpression' ||
			node.type === 'mdxTextExpression'
		) {
			parent.children.splice(index, 1);
			return [SKIP, index];
		}
		return undefined;
	});
	return copy;
}

/** The parts of a diagram figure a slide keeps: its SVG (taken out of the page's scrolling frame) and the caption. */
function diagramParts(block: RootContent): Element[] {
	let markup: string;
	if (block.type === 'mdxJsxFlowElement') markup = diagramMarkup(block) ?? '';
	else {
		const hChildren = (block as Paragraph).data?.hChildren ?? [];
		markup = toHtml({ type: 'root', children: hChildren });
	}
	return fromHtml(markup, { fragment: true }).children.flatMap((child): Element[] => {
		if (child.type !== 'element') return [];
		if (child.tagName === 'figcaption') return [child];
		const classes = child.properties['className'];
		if (!Array.isArray(classes) || !classes.includes('diagram__frame')) return [];
		return child.children.filter((inner): inner is Element => inner.type === 'element' && inner.tagName === 'svg');
	});
}

/** The light SVG and the caption of a diagram figure, as one slide figure. */
function diagramHtml(block: RootContent): string {
	return toHtml({
		type: 'element',
		tagName: 'figure',
		properties: { className: ['deck-diagram'] },
		children: diagramParts(block),
	});
}

/** The text of a diagram's caption (its `accTitle`), for a slide's heading. */
export function diagramTitle(block: RootContent): string {
	const caption = diagramParts(block).find((part) => part.tagName === 'figcaption');
	return caption ? toText(caption) : '';
}

/**
 * An instructor callout as speaker notes: its title as a heading and its content, without the callout's
 * label and icon (the speaker view says they are notes). A `<div>`, never a `<section>`: reveal.js reads a
 * section inside a slide as a vertical stack of slides.
 */
export function calloutToNotes(callout: Paragraph, base: string): string {
	const properties = (callout.data?.hProperties ?? {}) as Record<string, unknown>;
	const label = typeof properties['ariaLabel'] === 'string' ? properties['ariaLabel'] : '';
	const title = label.replace(/^Instructor note:?\s*/, '');
	const content = callout.children[1] as unknown as Paragraph | undefined;
	const body = content ? blocksToHtml(content.children, base) : '';
	return `<div class="deck-note">${title ? `<strong class="deck-note__title">${escapeHtml(title)}</strong>` : ''}${body}</div>`;
}

/** Text safe to put in HTML. */
export function escapeHtml(text: string): string {
	return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}
