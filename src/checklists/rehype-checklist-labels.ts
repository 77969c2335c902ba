import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Elements that end a task item's own text: a nested list or another block belongs to the item, not its label. */
const blockTags = new Set(['ul', 'ol', 'p', 'div', 'pre', 'table', 'blockquote', 'figure']);

const isCheckbox = (node: ElementContent): node is Element =>
	node.type === 'element' && node.tagName === 'input' && node.properties['type'] === 'checkbox';

const isBlock = (node: ElementContent): boolean => node.type === 'element' && blockTags.has(node.tagName);

/**
 * Gives every Markdown task list checkbox a label: the item's own text, with the checkbox inside it, so a
 * screen reader names each box and a click on the text ticks it. GFM emits a bare `<input>` before the text.
 *
 * ```html
 * <li class="task-list-item"><input type="checkbox" disabled> Delete endpoints</li>
 * ```
 * becomes
 * ```html
 * <li class="task-list-item"><label class="task-list-item__label"><input type="checkbox" disabled> Delete endpoints</label></li>
 * ```
 */
export function rehypeChecklistLabels() {
	return function transformer(tree: Root): void {
		visit(tree, 'element', (node) => {
			const classes = node.properties['className'];
			if (node.tagName !== 'li' || !Array.isArray(classes) || !classes.includes('task-list-item')) return;
			// A loose list puts the checkbox inside the item's first paragraph.
			const holder = node.children.some(isCheckbox)
				? node
				: node.children.find(
						(child): child is Element =>
							child.type === 'element' && child.tagName === 'p' && child.children.some(isCheckbox),
					);
			if (!holder) return;
			const start = holder.children.findIndex(isCheckbox);
			let end = start + 1;
			while (end < holder.children.length && !isBlock(holder.children[end] as ElementContent)) end += 1;
			const label: Element = {
				type: 'element',
				tagName: 'label',
				properties: { className: ['task-list-item__label'] },
				children: holder.children.slice(start, end),
			};
			holder.children.splice(start, end - start, label);
		});
	};
}
