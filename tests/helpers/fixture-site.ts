import { cp, mkdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runAstro } from '../../scripts/astro-cli.ts';

const fixtures = new URL('../fixtures/', import.meta.url);
// Inside the repository, so the copied site resolves this project's node_modules.
const work = new URL('../.work/', import.meta.url);

/** A small site built from the shared configuration plus one scenario's content. */
export interface FixtureBuild {
	code: number;
	output: string;
	root: string;
	/** Whether the edition's output folder holds a home page, i.e. looks published. */
	published: boolean;
}

/**
 * Builds `tests/fixtures/<scenario>/` (content only) on top of `tests/fixtures/site/` (the course's own
 * configuration) with the real Astro CLI, as `npm run build` would.
 */
export async function buildFixture(
	scenario: string,
	edition = 'student',
	{ env = {}, name = `${scenario}-${edition}` }: { env?: Record<string, string>; name?: string } = {},
): Promise<FixtureBuild> {
	const root = new URL(`${name}/`, work);
	await rm(root, { recursive: true, force: true });
	await mkdir(root, { recursive: true });
	await cp(new URL('site/', fixtures), root, { recursive: true });
	await cp(new URL(`${scenario}/`, fixtures), root, { recursive: true });
	const { code, output } = await runAstro(['build'], { edition, cwd: fileURLToPath(root), quiet: true, env });
	const shownEdition = edition === 'instructor' ? 'instructor' : 'student';
	return {
		code,
		output,
		root: fileURLToPath(root),
		published: existsSync(new URL(`dist/${shownEdition}/index.html`, root)),
	};
}
