import type { DiagramMeasure } from './render.ts';

/** The smallest label a reader can read: 11 CSS px on screen, 8 pt on paper (1 pt = 96/72 CSS px). */
export const readableLabel = { screenPx: 11, printPt: 8 } as const;
const printMinimumPx = (readableLabel.printPt * 96) / 72;

/** Where a diagram is shown, and how wide (and, on paper, how tall) its place is, in CSS px. */
export interface View {
	name: string;
	medium: 'screen' | 'print';
	/** The content column at this view, measured in Chromium (tests/e2e/diagrams.spec.ts checks it). */
	column: number;
	/** On paper a diagram shrinks to this height rather than split (diagrams.css, `max-height` in print). */
	maxHeight?: number;
	minimumPx: number;
}

const millimetre = 96 / 25.4;

/**
 * The three views the build checks. Screen: Starlight's column at a 1440 px and a 390 px wide window. Print:
 * an A4 page inside the 15 mm side margins print.css and the handouts use; a diagram may take up to 245 mm of
 * the page's 261 mm height (the rest is for its caption).
 */
export const views: readonly View[] = [
	{ name: 'a laptop (1440 px window)', medium: 'screen', column: 720, minimumPx: readableLabel.screenPx },
	{ name: 'a phone (390 px window)', medium: 'screen', column: 358, minimumPx: readableLabel.screenPx },
	{
		name: 'A4 print',
		medium: 'print',
		column: Math.floor(180 * millimetre),
		maxHeight: Math.floor(245 * millimetre),
		minimumPx: printMinimumPx,
	},
];

/** An aside (an instructor note, a tip) takes this much of the column: 16 px padding each side and its border. */
export const asideInset = 36;

/**
 * The narrowest a diagram is shown on screen (its SVG's `min-width`): where its smallest label is 11 px, and
 * never wider than its natural size. A column narrower than that scrolls.
 */
export function screenMinWidth(measure: DiagramMeasure): number {
	return Math.min(measure.width, Math.ceil((measure.width * readableLabel.screenPx) / measure.smallestLabelPx));
}

/**
 * The width a diagram is shown at, as the rules of diagrams.css decide it. On screen: the column's width,
 * but no wider than its natural size and no narrower than `screenMinWidth` (the frame scrolls). On paper,
 * where nothing scrolls: the column's width, no wider than its natural size, and short enough for the page.
 */
export function displayedWidth(measure: DiagramMeasure, view: View, inset = 0): number {
	const column = view.column - inset;
	if (view.medium === 'screen') return Math.max(screenMinWidth(measure), Math.min(column, measure.width));
	const byHeight = view.maxHeight === undefined ? Infinity : (view.maxHeight * measure.width) / measure.height;
	return Math.min(column, measure.width, byHeight);
}

/** A label too small to read at one view. */
export interface Unreadable {
	view: View;
	labelPx: number;
	label: string;
}

/** The views at which the diagram's smallest label is below the readable minimum. */
export function unreadableViews(measure: DiagramMeasure, inset = 0): Unreadable[] {
	return views.flatMap((view) => {
		const labelPx = (measure.smallestLabelPx * displayedWidth(measure, view, inset)) / measure.width;
		return labelPx + 1e-6 < view.minimumPx ? [{ view, labelPx, label: measure.smallestLabel }] : [];
	});
}

/** What to tell the author about the views where the diagram is unreadable. */
export function describeUnreadable(problems: Unreadable[], measure: DiagramMeasure): string {
	const where = problems
		.map(({ view, labelPx }) => {
			const size = view.medium === 'print' ? `${((labelPx * 72) / 96).toFixed(1)} pt` : `${labelPx.toFixed(1)} px`;
			const minimum = view.medium === 'print' ? `${String(readableLabel.printPt)} pt` : `${String(view.minimumPx)} px`;
			return `${size} in ${view.name} (minimum ${minimum})`;
		})
		.join(', ');
	return (
		`Its labels would be too small to read: ${where}; it is ${String(Math.round(measure.width))} × ` +
		`${String(Math.round(measure.height))} px, its smallest label "${measure.smallestLabel}".`
	);
}
