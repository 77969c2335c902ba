import { isAbsolute, join, resolve } from 'node:path';

/** Where a build writes, as absolute paths: the editions' output and every cache. */
export interface BuildFolders {
	/** Holds `student/` and `instructor/`. */
	dist: string;
	/** Holds Astro's render cache (`.astro/<edition>`) and the diagram cache (`.cache/course-diagrams`). */
	cache: string;
}

/**
 * Reads `COURSE_DIST_DIR` and `COURSE_CACHE_DIR` once. Both default to the usual places (`dist/`, and
 * `node_modules/` for the caches); the determinism test sets both, to build the same commit a second time
 * from nothing, beside the first build.
 */
export function parseBuildFolders(
	root: string,
	env: { COURSE_DIST_DIR?: string | undefined; COURSE_CACHE_DIR?: string | undefined } = {},
): BuildFolders {
	const folder = (value: string | undefined, fallback: string): string =>
		value === undefined || value === '' ? join(root, fallback) : isAbsolute(value) ? value : resolve(root, value);
	return { dist: folder(env.COURSE_DIST_DIR, 'dist'), cache: folder(env.COURSE_CACHE_DIR, 'node_modules') };
}
