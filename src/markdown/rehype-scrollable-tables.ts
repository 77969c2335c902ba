import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';

/** How many header cells name a table's region ("Table: Threshold, Recall, Precision, TP, …"). */
const namedColumns = 4;

/**
 * Puts every table in a frame that scrolls sideways when the table is wider than the text column:
 *
 * ```html
 * <div class="table-frame">
 *   <div class="table-scroll" role="region" tabindex="0" aria-label="Table: Threshold, Recall, …"><table>…</table></div>
 * </div>
 * ```
 * Cells never break inside a word or a number (styles/tables.css), so a wide table scrolls instead; a region that
 * scrolls must be reachable with the keyboard (WCAG 2.1.1) and named. The frame does not scroll, so it can show
 * that the table does (src/screen/table-overflow.ts marks it). Tables with the same columns on one page get
 * their place among them ("…, 2 of 3"), as callouts do.
 */
export function rehypeScrollableTables() {
	return function transformer(tree: Root): void {
		const byName = new Map<string, Element[]>();
		visit(tree, 'element', (element, index, parent) => {
			if (element.tagName !== 'table' || !parent || index === undefined) return;
			const name = tableName(element);
			const scroller = h('div.table-scroll', { role: 'region', tabIndex: 0, ariaLabel: name }, [element]);
			parent.children[index] = h('div.table-frame', [scroller]);
			byName.set(name, [...(byName.get(name) ?? []), scroller]);
			return SKIP;
		});
		for (const [name, scrollers] of byName) {
			if (scrollers.length < 2) continue;
			scrollers.forEach((scroller, position) => {
				scroller.properties['ariaLabel'] = `${name}, ${String(position + 1)} of ${String(scrollers.length)}`;
			});
		}
	};
}

/** "Table: " and the first header cells, or the first row's cells for a table without a header. */
function tableName(table: Element): string {
	const headers: string[] = [];
	let firstRow: Element | undefined;
	visit(table, 'element', (element) => {
		if (element.tagName === 'th') headers.push(toString(element).trim());
		if (element.tagName === 'tr') firstRow ??= element;
	});
	const cells = (headers.length > 0 ? headers : (firstRow?.children ?? []).map((cell) => toString(cell).trim())).filter(
		(text) => text !== '',
	);
	if (cells.length === 0) return 'Table';
	return `Table: ${cells.slice(0, namedColumns).join(', ')}${cells.length > namedColumns ? ', …' : ''}`;
}
