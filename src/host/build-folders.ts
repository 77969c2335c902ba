import { isAbsolute, join, resolve } from 'node:path';

/** Where a build writes, as absolute paths. */
export interface BuildFolders {
	/** Holds `student/` and `instructor/`. */
	dist: string;
	/** Astro's render cache, one folder per edition inside: it is keyed by file content only, so never shared. */
	astroCache: string;
	/**
	 * The caches keyed by their whole input, safe to share between any builds: drawn diagrams
	 * (`course-diagrams/`) and printed handout pages (`course-handouts/`).
	 */
	cache: string;
}

/**
 * Reads `COURSE_DIST_DIR` and `COURSE_ASTRO_CACHE_DIR` once; both default to the usual places (`dist/` and
 * `node_modules/.astro/`). The determinism test sets both, to render the same commit a second time beside
 * the first build.
 */
export function parseBuildFolders(
	root: string,
	env: { COURSE_DIST_DIR?: string | undefined; COURSE_ASTRO_CACHE_DIR?: string | undefined } = {},
): BuildFolders {
	const folder = (value: string | undefined, fallback: string): string =>
		value === undefined || value === '' ? join(root, fallback) : isAbsolute(value) ? value : resolve(root, value);
	return {
		dist: folder(env.COURSE_DIST_DIR, 'dist'),
		astroCache: folder(env.COURSE_ASTRO_CACHE_DIR, 'node_modules/.astro'),
		cache: join(root, 'node_modules/.cache'),
	};
}
