import type { Element } from 'hast';
import { visit } from 'unist-util-visit';

/** Mermaid's own sequence-diagram ids: a page-wide counter (`actor7`, `root-7`, `actor7_popup`). */
const actorId = /^(actor|root-)(\d+)(_popup)?$/;

/** Attributes that point at an id: `url(#…)` in paint and marker attributes, `#…` in links, id lists in ARIA. */
const referenceAttributes = new Set(['ariaLabelledBy', 'ariaDescribedBy', 'href', 'xLinkHref']);

/**
 * Makes every id inside one diagram's SVG unique on any page and the same in every build: ids Mermaid did not
 * prefix with the SVG's own id get it in front (`diagram-1a2b…-actor0`), and sequence-diagram actors are
 * numbered from zero in the order they appear, since Mermaid numbers them with a counter that lives as long
 * as the page drawing them (the same diagram got different ids depending on what the browser drew before it).
 * References to a renamed id (`url(#…)`, `href="#…"`, ARIA id lists) follow it.
 */
export function namespaceIds(svg: Element): void {
	const own = svg.properties['id'];
	const prefix = typeof own === 'string' ? own : '';
	const renamed = new Map<string, string>();
	const actors = new Map<string, number>();
	visit(svg, 'element', (node) => {
		const id = node.properties['id'];
		if (typeof id !== 'string' || node === svg || id.startsWith(prefix)) return;
		const actor = actorId.exec(id);
		let name = id;
		if (actor) {
			const [, kind = '', number = '', popup = ''] = actor;
			if (!actors.has(number)) actors.set(number, actors.size);
			name = `${kind}${String(actors.get(number))}${popup}`;
		}
		renamed.set(id, `${prefix}-${name}`);
		node.properties['id'] = `${prefix}-${name}`;
	});
	if (renamed.size === 0) return;
	const rename = (value: string): string =>
		value
			.replace(/url\(#([^)]+)\)/g, (whole, id: string) => {
				const to = renamed.get(id);
				return to ? `url(#${to})` : whole;
			})
			.replace(/^#(.+)$/, (whole, id: string) => {
				const to = renamed.get(id);
				return to ? `#${to}` : whole;
			});
	visit(svg, 'element', (node) => {
		for (const [key, value] of Object.entries(node.properties)) {
			if (typeof value === 'string') node.properties[key] = rename(value);
			else if (Array.isArray(value) && referenceAttributes.has(key))
				node.properties[key] = value.map((token) =>
					typeof token === 'string' ? (renamed.get(token) ?? token) : token,
				);
		}
	});
}
