import type { Element } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Attributes Mermaid writes that HTML's SVG does not allow (the Nu HTML Checker reports each): `name` on a
 * sequence diagram's `rect` and `line`, and `width`/`height` on a state diagram's start `circle` (its size is
 * `r`); and its `data-type` on a participant's `g`, which hast reads as the RDFa property `dataType` and writes
 * back as `datatype`. None is drawn or read by anything: the stylesheet selects by class. Names are hast's.
 */
const disallowed: { attribute: string; on?: ReadonlySet<string> }[] = [
	{ attribute: 'name' },
	{ attribute: 'dataType' },
	{ attribute: 'width', on: new Set(['circle']) },
	{ attribute: 'height', on: new Set(['circle']) },
];

/** Removes the attributes above from every element of the SVG. */
export function dropDisallowedAttributes(svg: Element): void {
	visit(svg, 'element', (node) => {
		for (const { attribute, on } of disallowed) {
			// Undefined, not deleted: hast-util-to-html writes no attribute for an undefined property.
			if (!on || on.has(node.tagName)) node.properties[attribute] = undefined;
		}
	});
}
