import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Edition } from '../../src/edition/edition.ts';
import { measureProcess, type ProcessMeasurement } from './measure-process.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const astroBin = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
const logs = fileURLToPath(new URL('../../bench-results/logs/', import.meta.url));
/** Where a build's output goes while it runs (`bench-results/logs/<name>.log`). */
const logFile = (name: string): string => {
	mkdirSync(logs, { recursive: true });
	return `${logs}${name}.log`;
};
const env = (extra: Record<string, string>): NodeJS.ProcessEnv => ({
	...process.env,
	ASTRO_TELEMETRY_DISABLED: '1',
	...extra,
});

/** A measured build, with what the course integration reported about its diagrams. */
export interface BuildMeasurement extends Omit<ProcessMeasurement, 'output'> {
	/** Seconds per edition, as `scripts/build.ts` reports them. */
	editions: Partial<Record<Edition, number>>;
	diagramsFromCache: number;
	diagramsRendered: number;
}

/** Deletes the diagram cache and both editions' Astro caches, so the next build starts cold. */
export async function clearBuildCaches(root = projectRoot): Promise<void> {
	for (const folder of [
		'node_modules/.cache/course-diagrams',
		'node_modules/.cache/course-handouts',
		'node_modules/.astro/student',
		'node_modules/.astro/instructor',
	]) {
		await rm(`${root}/${folder}`, { recursive: true, force: true });
	}
}

/**
 * `npm run build` without the handouts: both editions through `scripts/build.ts`, as a reader of the README
 * would run it. The handouts are measured on their own, so the sites compare with the baseline.
 */
export async function buildBothEditions(name: string): Promise<BuildMeasurement> {
	return summarise(
		await measureProcess(process.execPath, ['scripts/build.ts', '--no-handouts'], {
			cwd: projectRoot,
			env: env({}),
			logFile: logFile(name),
		}),
		'npm run build',
	);
}

/** The plain-Starlight baseline of the student edition into `dist/baseline/student/`; `cold` clears its Astro cache first. */
export async function buildBaseline({ cold }: { cold: boolean }): Promise<BuildMeasurement> {
	if (cold) await rm(`${projectRoot}/node_modules/.astro/baseline-student`, { recursive: true, force: true });
	return summarise(
		await measureProcess(process.execPath, [astroBin, 'build'], {
			cwd: projectRoot,
			env: env({ EDITION: 'student', COURSE_BASELINE: '1' }),
			logFile: logFile(cold ? 'baseline-cold' : 'baseline-warm'),
		}),
		'the baseline build',
	);
}

/** The student edition of a generated site (see `scale-course.ts`) built with the Astro CLI in its folder. */
export async function buildSite(root: string, name: string): Promise<BuildMeasurement> {
	return summarise(
		await measureProcess(process.execPath, [astroBin, 'build'], {
			cwd: root,
			env: env({ EDITION: 'student' }),
			logFile: logFile(name),
		}),
		`the site in ${root}`,
	);
}

/** Whether `npm run handouts` exists on this branch (it is being added separately). */
export function handoutsScriptExists(): boolean {
	const manifest = JSON.parse(readFileSync(`${projectRoot}/package.json`, 'utf8')) as {
		scripts?: Record<string, string>;
	};
	return manifest.scripts?.['handouts'] !== undefined;
}

/** `npm run handouts`, measured; the editions must be built. */
export async function buildHandouts({ cold }: { cold: boolean }): Promise<BuildMeasurement> {
	if (!existsSync(`${projectRoot}/dist/student/index.html`)) throw new Error('Handouts need the built editions.');
	// Cold: every page printed; warm: every page from the print cache, as in a rebuild that changed nothing.
	if (cold) await rm(`${projectRoot}/node_modules/.cache/course-handouts`, { recursive: true, force: true });
	return summarise(
		await measureProcess('npm', ['run', 'handouts'], {
			cwd: projectRoot,
			env: env({}),
			logFile: logFile(cold ? 'handouts-cold' : 'handouts-warm'),
		}),
		'npm run handouts',
	);
}

function summarise({ output, ...measured }: ProcessMeasurement, what: string): BuildMeasurement {
	if (measured.code !== 0) {
		// A failed build measures nothing useful: stop the benchmark and show why.
		throw new Error(`${what} failed (exit ${measured.code}):\n${output.slice(-4000)}`);
	}
	const editions: Partial<Record<Edition, number>> = {};
	for (const [, edition, seconds] of output.matchAll(/\b(student|instructor) (\d+(?:\.\d+)?) s\b/g)) {
		if (edition === 'student' || edition === 'instructor') editions[edition] = Number(seconds);
	}
	let diagramsFromCache = 0;
	let diagramsRendered = 0;
	for (const [, cached, rendered] of output.matchAll(/diagrams: (\d+) from cache, (\d+) rendered/g)) {
		diagramsFromCache += Number(cached);
		diagramsRendered += Number(rendered);
	}
	return { ...measured, editions, diagramsFromCache, diagramsRendered };
}
