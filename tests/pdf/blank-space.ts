import { execFileSync } from 'node:child_process';

/** The margins every handout is printed with (src/handouts/generate.ts): the footer sits in the bottom one. */
const margins = { topMm: 16, bottomMm: 20 };
/** Low resolution is enough: a row of ink is one text line's worth of detail at most. */
const dpi = 30;
/** Grey levels darker than this count as ink: anti-aliased edges of text and rules, not paper. */
const inkBelow = 200;

/**
 * How much of each page of a PDF is left blank at its end: the share of the content area (between the top
 * and bottom margins, so the stamped footer does not count) below its last row with any ink. Rendered with
 * Poppler's `pdftoppm` at a low resolution, every page in one run; this measures what a reader sees (white
 * paper under the last line), whatever the fonts, and needs no knowledge of the page's structure. A page
 * whose content area is empty is 100 % blank.
 */
export function blankShares(path: string): number[] {
	const images = execFileSync('pdftoppm', ['-gray', '-r', String(dpi), path], { maxBuffer: 1 << 30 });
	const shares: number[] = [];
	let offset = 0;
	while (offset < images.length) {
		// Binary PGM, one after another: "P5\n<width> <height>\n<max>\n" then one byte a pixel.
		const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(images.subarray(offset, offset + 64).toString('latin1'));
		if (!header) throw new Error(`pdftoppm did not return PGM images for ${path}`);
		const width = Number(header[1]);
		const height = Number(header[2]);
		offset += header[0].length;
		const pixels = images.subarray(offset, offset + width * height);
		offset += width * height;
		// A landscape page has the same margins on its shorter side.
		const pixelsPerMm = dpi / 25.4;
		const top = Math.round(margins.topMm * pixelsPerMm);
		const bottom = Math.round(height - margins.bottomMm * pixelsPerMm);
		let last = top - 1;
		for (let row = bottom - 1; row >= top && last < top; row -= 1) {
			const line = pixels.subarray(row * width, (row + 1) * width);
			if (line.some((value) => value < inkBelow)) last = row;
		}
		shares.push((bottom - 1 - last) / (bottom - top));
	}
	return shares;
}
