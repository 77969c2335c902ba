import type { ListItem, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type {} from 'mdast-util-directive';
import type {} from 'mdast-util-to-hast';
import { failAt } from '../markdown/fail.ts';

/** The container directive that gives the task lists inside it a behaviour of their own. */
export const checklistDirective = 'checklist';

/** How often a checklist starts empty again: `daily`, at the first visit of each calendar day. */
const resetValues = ['daily'] as const;

/**
 * A checklist that starts over each day, for routines such as the end-of-day cleanup:
 *
 * ```md
 * :::checklist{resets="daily"}
 * - [ ] Delete unused endpoints
 * :::
 * ```
 * becomes `<div class="checklist" data-resets="daily">` around the list; the checklist script
 * (components/Checklists.astro) reads it. Any other attribute or value, or a block without a task list,
 * fails the build at the block.
 */
export function remarkChecklistDirective() {
	return function transformer(tree: Root, file: VFile): void {
		visit(tree, 'containerDirective', (node) => {
			if (node.name !== checklistDirective) return;
			const attributes = node.attributes ?? {};
			const unknown = Object.keys(attributes).filter((name) => name !== 'resets');
			const resets = attributes['resets'];
			if (unknown.length > 0 || !resetValues.includes(resets as (typeof resetValues)[number])) {
				failAt(
					file,
					node,
					`":::${checklistDirective}" takes one attribute, resets, with the value ${resetValues.map((value) => `"${value}"`).join(' or ')}.`,
					`Write :::${checklistDirective}{resets="daily"} above the task list.`,
					'checklist-attributes',
				);
			}
			const tasks: ListItem[] = [];
			visit(node, 'listItem', (item) => {
				if (typeof item.checked === 'boolean') tasks.push(item);
			});
			if (tasks.length === 0) {
				failAt(
					file,
					node,
					`This ":::${checklistDirective}" block holds no task list, so it has nothing to reset.`,
					'Put the Markdown task list (- [ ] item) inside the block, or remove the block.',
					'checklist-without-list',
				);
			}
			node.data = { hName: 'div', hProperties: { className: ['checklist'], dataResets: resets } };
		});
	};
}
