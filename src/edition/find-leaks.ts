import { relative } from 'node:path';
import type { InstructorPiece } from './instructor-text.ts';
import { TextFinder } from './text-finder.ts';

/** A text to search (an output file's text, or a handout's extracted text) and the file it came from. */
export interface ScannedText {
	path: string;
	text: string;
}

/**
 * Builds the search for instructor text once, and returns what finds it in one text: a message for every
 * instructor piece and every instructor marker that text contains (none for a clean text).
 */
export function leakFinder(
	pieces: readonly InstructorPiece[],
	markers: readonly string[],
): (scanned: ScannedText) => string[] {
	const finder = new TextFinder([...pieces.map((piece) => piece.text), ...markers]);
	return ({ path, text }) => {
		const shown = relative(process.cwd(), path);
		return finder.findIn(text).map((index) => {
			const piece = pieces[index];
			return piece
				? `${shown} contains "${piece.text}" (from ${piece.source})`
				: `${shown} contains the instructor marker "${markers[index - pieces.length] ?? ''}"`;
		});
	};
}
