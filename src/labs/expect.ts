// Expected results a page states for its local cells, written once: `:expect[between 0.75 and 0.9]{of="PR-AUC="}`.
// The reader sees the label ("between 0.75 and 0.9"); the local-cell runner reads the range from the same label
// and the number from the cell's output, after the text `of` names (on the first line holding `line`, if given).
import type { TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';

/** The text directive that states an expected result. */
export const expectDirective = 'expect';

export interface Expectation {
	/** The label as the reader reads it. */
	label: string;
	min: number;
	max: number;
	/** The text in the output after which the number stands (`fraud rate=`). */
	of: string;
	/** Only lines holding this text are searched (`resampled`), when the same `of` appears on several lines. */
	line?: string | undefined;
}

const number = String.raw`[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;

/** A number as written in prose or printed output: `1,095`, `0.84`, `9.1%` (the percent sign is dropped). */
export function parseNumber(text: string): number {
	return Number(text.replaceAll(',', '').replace(/%$/, ''));
}

/** Half a unit of the last written digit: 0.05 for "0.8", 0.5 for "657". */
function halfUnit(written: string): number {
	const decimals = written.replaceAll(',', '').split('.')[1]?.length ?? 0;
	return 0.5 * 10 ** -decimals;
}

/**
 * The range a label states, or an explanation of why it states none. "between A and B", "A–B" and "A to B" are
 * ranges; "above A", "at least A", "below B", "under B" are bounds; "about X" (around, roughly) is X within 5 % or
 * half a unit of its last digit, whichever is wider (`tolerance` overrides: "0.02" or "10%"); a bare number is
 * exactly that number to its written precision.
 */
export function rangeOf(label: string, tolerance?: string): { min: number; max: number } | string {
	const between = new RegExp(String.raw`(${number})\s*%?\s*(?:–|—|-|to|and)\s*(?:USD\s*)?(${number})`, 'i').exec(label);
	if (between?.[1] && between[2]) return { min: parseNumber(between[1]), max: parseNumber(between[2]) };
	const above = new RegExp(
		String.raw`(?:above|over|more than|at least|greater than)\s+(?:USD\s*)?(${number})`,
		'i',
	).exec(label);
	if (above?.[1]) return { min: parseNumber(above[1]), max: Number.POSITIVE_INFINITY };
	const below = new RegExp(String.raw`(?:below|under|less than|at most)\s+(?:USD\s*)?(${number})`, 'i').exec(label);
	if (below?.[1]) return { min: Number.NEGATIVE_INFINITY, max: parseNumber(below[1]) };
	const about = new RegExp(String.raw`(?:about|around|roughly|approximately)\s+(?:USD\s*)?(${number})`, 'i').exec(
		label,
	);
	if (about?.[1]) {
		const value = parseNumber(about[1]);
		let spread = Math.max(Math.abs(value) * 0.05, halfUnit(about[1]));
		if (tolerance !== undefined) {
			const relative = /%$/.test(tolerance);
			const amount = parseNumber(tolerance);
			if (Number.isNaN(amount)) return `tolerance="${tolerance}" is not a number or a percentage.`;
			spread = relative ? (Math.abs(value) * amount) / 100 : amount;
		}
		return { min: value - spread, max: value + spread };
	}
	const exact = new RegExp(String.raw`^\s*(?:exactly\s+)?(?:USD\s*)?(${number})`, 'i').exec(label);
	if (exact?.[1]) {
		const value = parseNumber(exact[1]);
		return { min: value - halfUnit(exact[1]), max: value + halfUnit(exact[1]) };
	}
	return `"${label}" states no number the build can check: write "between A and B", "above A", "below B", "about X" or a number.`;
}

/** Reads one `:expect` directive; a string is what is wrong with it. */
export function readExpectation(node: TextDirective): Expectation | string {
	const label = toString(node);
	const attributes = node.attributes ?? {};
	const of = attributes['of'];
	if (!of) return `:expect[${label}] needs of="…": the text in the cell's output after which the number stands.`;
	const range = rangeOf(label, attributes['tolerance'] ?? undefined);
	if (typeof range === 'string') return range;
	return { label, ...range, of, line: attributes['line'] ?? undefined };
}

/** The number an expectation reads from a cell's output, or `undefined` when the output does not hold it. */
export function readValue(output: string, expectation: Expectation): number | undefined {
	for (const line of output.split('\n')) {
		if (expectation.line !== undefined && !line.includes(expectation.line)) continue;
		const at = line.indexOf(expectation.of);
		if (at < 0) continue;
		const match = new RegExp(String.raw`^[\s=:]*(${number})`).exec(line.slice(at + expectation.of.length));
		if (match?.[1]) return parseNumber(match[1]);
	}
	return undefined;
}
