import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Makes tables keyboard-scrollable. Starlight lets a wide table scroll sideways inside the text column; a
 * region that scrolls must be reachable with the keyboard (WCAG 2.1.1), so each table joins the tab order.
 */
export function rehypeScrollableTables() {
	return function transformer(tree: Root): void {
		visit(tree, 'element', (element) => {
			if (element.tagName === 'table') element.properties['tabIndex'] = 0;
		});
	};
}
