import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Gives every named callout a name of its own on its page. A named `<aside>` is a landmark, and screen readers
 * list landmarks by name: eleven asides all called "Checkpoint" cannot be told apart (axe: landmark-unique).
 * A repeated name gets its place among its namesakes ("Checkpoint, 3 of 11"); the visible title is unchanged.
 */
export function rehypeUniqueAsideNames() {
	return function transformer(tree: Root): void {
		const byName = new Map<string, Element[]>();
		visit(tree, 'element', (element) => {
			if (element.tagName !== 'aside') return;
			const name = asideName(element);
			if (name) byName.set(name, [...(byName.get(name) ?? []), element]);
		});
		for (const [name, asides] of byName) {
			if (asides.length < 2) continue;
			asides.forEach((aside, index) => {
				delete aside.properties['aria-label'];
				aside.properties['ariaLabel'] = `${name}, ${String(index + 1)} of ${String(asides.length)}`;
			});
		}
	};
}

function asideName(aside: Element): string | undefined {
	const name = aside.properties['ariaLabel'] ?? aside.properties['aria-label'];
	return typeof name === 'string' && name.trim() !== '' ? name : undefined;
}
