import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** A body's size as it would cross the network: raw, gzip and brotli, in bytes. */
export interface Sizes {
	raw: number;
	gzip: number;
	brotli: number;
}

/** An empty total to add sizes to. */
export const noBytes: Sizes = { raw: 0, gzip: 0, brotli: 0 };

/** The raw, gzip (level 9) and brotli (quality 11) sizes of one body, as a static host would precompress it. */
export function compressedSizes(body: Buffer | string): Sizes {
	const buffer = typeof body === 'string' ? Buffer.from(body) : body;
	return {
		raw: buffer.byteLength,
		gzip: gzipSync(buffer, { level: 9 }).byteLength,
		brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength,
	};
}

/** The sum of two sizes. */
export function addSizes(a: Sizes, b: Sizes): Sizes {
	return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli };
}
