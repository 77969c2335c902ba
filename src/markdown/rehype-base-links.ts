import type { Root } from 'hast';
import type {} from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';

/**
 * Puts the site's base path in front of every root-relative link and image in the content, so authors write
 * `/modules/fraud-detection/` whatever sub-path the edition is published under (`BASE_PATH`). Covers HTML
 * elements and, in MDX, component props (`<LinkCard href="/mlops/ci-cd/">`).
 */
export function rehypeBaseLinks({ base }: { base: string }) {
	const prefix = base.replace(/\/$/, '');
	const withBase = (value: string): string =>
		!value.startsWith('/') || value.startsWith('//') || value === prefix || value.startsWith(`${prefix}/`)
			? value
			: `${prefix}${value}`;
	return function transformer(tree: Root): void {
		if (prefix === '') return;
		visit(tree, (node) => {
			if (node.type === 'element') {
				for (const name of ['href', 'src']) {
					const value = node.properties[name];
					if (typeof value === 'string') node.properties[name] = withBase(value);
				}
			} else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
				for (const attribute of node.attributes) {
					if (attribute.type === 'mdxJsxAttribute' && ['href', 'src'].includes(attribute.name)) {
						if (typeof attribute.value === 'string') attribute.value = withBase(attribute.value);
					}
				}
			}
		});
	};
}
