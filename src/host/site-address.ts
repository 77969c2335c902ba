import { z } from 'astro/zod';

/** Where an edition is published: its origin (for the sitemap and canonical links) and the sub-path under it. */
export interface SiteAddress {
	/** e.g. `https://ml-course.example.com`; absent means the local server `npm start` runs. */
	site: string | undefined;
	/** Always starts and ends with `/`: `/` at a domain root, `/ml-course/` under a sub-path. */
	base: string;
}

const SiteUrlSchema = z
	.url()
	.refine((value) => /^https?:\/\//.test(value), 'must start with http:// or https://')
	.refine(
		(value) => !URL.canParse(value) || new URL(value).pathname === '/',
		'must be an origin only; put a sub-path in BASE_PATH',
	);

const BasePathSchema = z
	.string()
	.regex(/^[A-Za-z0-9._~\-/]*$/, 'may hold only letters, digits, "-", ".", "_", "~" and "/"')
	.refine((value) => !value.split('/').includes('..'), 'must not contain ".."')
	.transform((value) => `/${value}/`.replace(/\/{2,}/g, '/'));

/**
 * Reads `SITE_URL` and `BASE_PATH` once, where a build or a server starts; everything downstream receives the
 * result. A bad value stops the build with what was wrong and an example of a good one.
 */
export function parseSiteAddress(env: { SITE_URL?: string | undefined; BASE_PATH?: string | undefined }): SiteAddress {
	const site = env.SITE_URL === undefined || env.SITE_URL === '' ? undefined : SiteUrlSchema.safeParse(env.SITE_URL);
	if (site && !site.success) {
		throw new Error(
			`SITE_URL="${String(env.SITE_URL)}" ${site.error.issues[0]?.message ?? 'is not valid'}. ` +
				'Example: SITE_URL=https://ml-course.example.com',
		);
	}
	const base = BasePathSchema.safeParse(env.BASE_PATH ?? '');
	if (!base.success) {
		throw new Error(
			`BASE_PATH="${String(env.BASE_PATH)}" ${base.error.issues[0]?.message ?? 'is not valid'}. ` +
				'Example: BASE_PATH=/ml-course/',
		);
	}
	return { site: site?.data.replace(/\/$/, ''), base: base.data };
}
