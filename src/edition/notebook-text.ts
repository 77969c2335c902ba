import { strFromU8, unzipSync } from 'fflate';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * A Jupyter notebook's text as the leak check reads it: the JSON as stored (cell tags, metadata) and each cell
 * as a reader sees it (Markdown as rendered text, so `**bold**` inside a sentence cannot hide it; code as written).
 */
export function notebookText(json: string): string {
	const parts = [json];
	const notebook = JSON.parse(json) as { cells?: { cell_type?: string; source?: string | string[] }[] };
	for (const cell of notebook.cells ?? []) {
		const source = Array.isArray(cell.source) ? cell.source.join('') : (cell.source ?? '');
		parts.push(cell.cell_type === 'markdown' ? markdownText(source) : source);
	}
	return parts.join('\n');
}

/** Every entry of a zip archive as text: notebooks as `notebookText` reads them, other files as they are. */
export function zipText(bytes: Uint8Array): string {
	return Object.entries(unzipSync(bytes))
		.map(([name, data]) => {
			const text = strFromU8(data);
			return `${name}\n${name.endsWith('.ipynb') ? notebookText(text) : text}`;
		})
		.join('\n');
}

function markdownText(markdown: string): string {
	const tree: Root = unified().use(remarkParse).use(remarkGfm).parse(markdown);
	const blocks: string[] = [];
	visit(tree, (node) => {
		if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
			blocks.push(toString(node));
			return 'skip';
		}
		if (node.type === 'code') blocks.push(node.value);
		return undefined;
	});
	return blocks.join('\n');
}
