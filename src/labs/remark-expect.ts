import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { failAt } from '../markdown/fail.ts';
import { expectDirective, readExpectation } from './expect.ts';

/**
 * `:expect[between 1.0% and 1.2%]{of="fraud rate="}` reads as its label, "between 1.0% and 1.2%", and nothing
 * else: the attributes are for the local-cell runner. One that states no checkable range fails the build.
 */
export function remarkExpect() {
	return function transformer(tree: Root, file: VFile): void {
		visit(tree, 'textDirective', (node, index, parent) => {
			if (node.name !== expectDirective || !parent || index === undefined) return;
			const expectation = readExpectation(node);
			if (typeof expectation === 'string') {
				failAt(file, node, expectation, 'See README, "Expected results of local cells".', 'bad-expectation');
			}
			parent.children.splice(index, 1, ...node.children);
			return index + node.children.length;
		});
	};
}
