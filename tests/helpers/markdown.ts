import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Edition } from '../../src/edition/edition.ts';
import { remarkInstructor } from '../../src/edition/remark-instructor.ts';

/** Runs real MDX through the instructor transform, as the build does, and returns the tree and its HTML. */
export async function transformMdx(source: string, edition: Edition, path = 'src/content/docs/modules/example.mdx') {
	const processor = unified()
		.use(remarkParse)
		.use(remarkMdx)
		.use(remarkGfm)
		.use(remarkDirective)
		.use(remarkInstructor, { edition });
	const file = new VFile({ value: source, path });
	const tree = (await processor.run(processor.parse(file), file)) as Root;
	// MDX's own nodes pass through to hast untouched, as in @mdx-js/mdx.
	const hast = toHast(tree, {
		passThrough: ['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'],
	});
	// Show components as <x-name> elements and drop ESM, so the HTML can be compared as text.
	visit(hast, (node, index, parent) => {
		if (!parent || index === undefined) return;
		if (node.type === 'mdxjsEsm') {
			parent.children.splice(index, 1);
			return index;
		}
		if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
			parent.children[index] = {
				type: 'element',
				tagName: `x-${String(node.name).toLowerCase()}`,
				properties: {},
				children: [],
			};
		}
		return undefined;
	});
	const html = toHtml(hast);
	return { tree, html };
}
