import type { Element, ElementContent, Text } from 'hast';
import postcss, { type ChildNode, type Root as CssRoot } from 'postcss';

/** Presentation attributes whose value may differ between the light and the dark drawing (colours only). */
const colourAttributes = new Set(['fill', 'stroke', 'floodColor', 'stopColor', 'color', 'lightingColor']);

/**
 * Elements the dark theme adds and the light one does not: Mermaid's dark theme defines a gradient for its
 * "neo" look, which these diagrams (classic look) never use; it is kept, so the dark stylesheet's
 * `url(#…-gradient)` still points at something.
 */
const unusedExtras = new Set(['linearGradient']);

/** The diagram could not be merged: the two drawings differ in more than colour. */
export class SchemeMismatch extends Error {}

/**
 * Merges the light and the dark drawing of one diagram (drawn with the same id) into one SVG: where they
 * differ, which is only in colours, the value becomes a custom property, `var(--dc3)`, set on the SVG for the
 * light theme and, on screen only, for Starlight's dark theme (`:root[data-theme='dark']`). Print therefore
 * always gets the light colours. Anything else that differs stops the build: shipping a diagram that looks
 * different from what Mermaid drew would be worse than shipping two.
 */
export function mergeSchemes(light: Element, dark: Element): Element {
	const id = idOf(light);
	if (!id || id !== idOf(dark)) throw new SchemeMismatch('the two drawings need one id');
	const variables = new Map<string, { name: string; light: string; dark: string }>();
	const variable = (lightValue: string, darkValue: string): string => {
		const key = `${lightValue}\u0000${darkValue}`;
		let entry = variables.get(key);
		if (!entry) {
			entry = { name: `--dc${String(variables.size)}`, light: lightValue, dark: darkValue };
			variables.set(key, entry);
		}
		return `var(${entry.name})`;
	};
	const styles: Text[] = [];

	const element = (a: Element, b: Element, path: string): Element => {
		if (a.tagName !== b.tagName) throw new SchemeMismatch(`${path}: <${a.tagName}> and <${b.tagName}>`);
		const properties: Element['properties'] = {};
		for (const key of new Set([...Object.keys(a.properties), ...Object.keys(b.properties)])) {
			const [left, right] = [a.properties[key], b.properties[key]];
			if (String(left) === String(right)) properties[key] = left;
			else if (colourAttributes.has(key) && typeof left === 'string' && typeof right === 'string')
				properties[key] = variable(left, right);
			else throw new SchemeMismatch(`${path}/<${a.tagName}>: attribute ${key} is ${String(left)} and ${String(right)}`);
		}
		const extra = b.children.slice(a.children.length);
		if (
			a.children.length > b.children.length ||
			!extra.every((child) => child.type === 'element' && unusedExtras.has(child.tagName))
		)
			throw new SchemeMismatch(
				`${path}/<${a.tagName}>: ${String(a.children.length)} and ${String(b.children.length)} children`,
			);
		const children = a.children.map((child, index) =>
			content(child, b.children[index], `${path}/${a.tagName}`, a.tagName),
		);
		return { ...a, properties, children: [...children, ...extra] };
	};

	const content = (a: ElementContent, b: ElementContent | undefined, path: string, parent: string): ElementContent => {
		if (!b || a.type !== b.type) throw new SchemeMismatch(`${path}: a ${a.type} and a ${String(b?.type)}`);
		if (a.type === 'element' && b.type === 'element') return element(a, b, path);
		if (a.type === 'text' && b.type === 'text') {
			if (parent === 'style') {
				const merged: Text = { type: 'text', value: mergeCss(a.value, b.value, variable) };
				styles.push(merged);
				return merged;
			}
			if (a.value !== b.value) throw new SchemeMismatch(`${path}: text "${a.value}" and "${b.value}"`);
		}
		return a;
	};

	const merged = element(light, dark, '');
	const [style] = styles;
	if (!style) throw new SchemeMismatch('the drawing has no <style>');
	const entries = [...variables.values()];
	const declarations = (scheme: 'light' | 'dark'): string =>
		entries.map((entry) => `${entry.name}:${entry[scheme]}`).join(';');
	style.value =
		`#${id}{${declarations('light')}}` +
		`@media screen{:root[data-theme='dark'] #${id}{${declarations('dark')}}}` +
		style.value;
	return merged;
}

function idOf(element: Element): string {
	const id = element.properties['id'];
	return typeof id === 'string' ? id : '';
}

/** The light stylesheet with every declaration whose value the dark one changes turned into a variable. */
function mergeCss(light: string, dark: string, variable: (light: string, dark: string) => string): string {
	const [a, b] = [postcss.parse(light), postcss.parse(dark)];
	const walk = (left: CssRoot | ChildNode, right: CssRoot | ChildNode): void => {
		if (left.type !== right.type) throw new SchemeMismatch(`style: a ${left.type} and a ${right.type}`);
		if (left.type === 'rule' && right.type === 'rule' && left.selector !== right.selector)
			throw new SchemeMismatch(`style: rules ${left.selector} and ${right.selector}`);
		if (left.type === 'atrule' && right.type === 'atrule' && left.params !== right.params)
			throw new SchemeMismatch(`style: @${left.name} ${left.params} and ${right.params}`);
		if (left.type === 'decl' && right.type === 'decl') {
			if (left.prop !== right.prop) throw new SchemeMismatch(`style: ${left.prop} and ${right.prop}`);
			if (left.value !== right.value) left.value = variable(left.value, right.value);
			return;
		}
		const leftNodes: ChildNode[] = ('nodes' in left ? left.nodes : undefined) ?? [];
		const rightNodes: ChildNode[] = ('nodes' in right ? right.nodes : undefined) ?? [];
		if (leftNodes.length !== rightNodes.length) throw new SchemeMismatch('style: the rules differ');
		leftNodes.forEach((node, index) => {
			const other = rightNodes[index];
			if (other) walk(node, other);
		});
	};
	walk(a, b);
	return a.toString();
}
