import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { metaOptions } from './source.ts';

/**
 * A block a lab writes to disk (` ```python file=src/app.py `) shows its path as its title, as Expressive Code
 * shows ` title="…" `: the reader sees where the file goes, and the author writes the path once.
 */
export function remarkFileTitle() {
	return function transformer(tree: Root): void {
		visit(tree, 'code', (code) => {
			const options = metaOptions(code.meta);
			const path = options.get('file');
			if (path === undefined || options.has('title')) return;
			code.meta = `${code.meta ?? ''} title="${path}"`.trim();
		});
	};
}
