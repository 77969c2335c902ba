// `npm test`: every check that proves the project works, in order, with a pass/fail summary at the end.
// Each step runs even when an earlier one failed (except those that need the build), so one run shows
// everything that is wrong. Steps in one stage run side by side: each of them keeps one of the machine's two
// cores busy, so together they finish in the time of the longest. Their output is shown whole, step by step.
import { spawn, spawnSync } from 'node:child_process';
import { missingPythonMessage, pythonInterpreter, pythonPrerequisites } from '../src/labs/python-prerequisites.ts';

interface Step {
	name: string;
	command: string[];
}

interface Stage {
	steps: Step[];
	/** Needs the built site: not run when the build failed. */
	needsBuild?: boolean;
	/** This stage is the build. */
	isBuild?: boolean;
}

const stages: Stage[] = [
	// First and alone: it also writes the content collections' types (.astro/) that type-aware linting reads.
	{ steps: [{ name: 'Types (astro check)', command: ['npx', 'astro', 'check'] }] },
	{
		steps: [
			{ name: 'Lint (ESLint, Prettier)', command: ['npm', 'run', 'lint'] },
			{ name: 'Unit tests', command: ['npm', 'run', 'test:unit'] },
			{ name: 'Lab code check (every code block of every page)', command: ['npm', 'run', 'check:labs'] },
			{ name: 'Fixture builds (bad input fails, a sub-path works)', command: ['npm', 'run', 'test:builds'] },
			{ name: "Labs' local cells (Python, expected results)", command: ['npm', 'run', 'test:labs'] },
		],
	},
	{
		steps: [{ name: 'Build both editions and their handouts (with the leak check)', command: ['npm', 'run', 'build'] }],
		isBuild: true,
	},
	{
		steps: [
			{ name: 'Handouts (the real PDFs)', command: ['npm', 'run', 'test:pdf'] },
			{ name: 'Notebooks (against the built pages)', command: ['npm', 'run', 'test:notebooks'] },
			{ name: 'Determinism (a second clean build is byte-identical)', command: ['npm', 'run', 'test:determinism'] },
			{ name: 'Valid HTML (the Nu HTML Checker on every page)', command: ['npm', 'run', 'test:html'] },
		],
		needsBuild: true,
	},
	{
		steps: [{ name: 'End-to-end tests (Playwright, Chromium)', command: ['npm', 'run', 'test:e2e'] }],
		needsBuild: true,
	},
];

interface Result {
	name: string;
	ok: boolean;
	seconds: number;
	skipped?: boolean;
}

/** Runs one step; alone, its output streams as it comes; beside others, it is collected and shown at the end. */
function run(step: Step, alone: boolean): Promise<Result> {
	const [program = '', ...args] = step.command;
	const started = performance.now();
	const header = `\n━━ ${step.name} ━━  ${step.command.join(' ')}\n`;
	if (alone) console.log(header);
	return new Promise((resolve) => {
		const child = spawn(program, args, {
			stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'],
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		});
		let output = '';
		child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
		const finish = (code: number): void => {
			if (!alone) console.log(`${header}\n${output}`);
			resolve({ name: step.name, ok: code === 0, seconds: (performance.now() - started) / 1000 });
		};
		child.on('close', (code) => {
			finish(code ?? 1);
		});
		child.on('error', () => {
			finish(1);
		});
	});
}

// The local cells and the notebook checks need Debian's scientific Python: stop at once, saying what to install.
const python = pythonInterpreter();
const probe = spawnSync(
	python,
	[
		'-c',
		`import importlib.util, sys; print(" ".join(m for m in sys.argv[1:] if importlib.util.find_spec(m) is None))`,
		...pythonPrerequisites.map((entry) => entry.module),
	],
	{ encoding: 'utf8' },
);
const missing =
	probe.status === 0
		? probe.stdout.trim().split(/\s+/).filter(Boolean)
		: pythonPrerequisites.map((entry) => entry.module);
if (missing.length > 0) {
	console.error(`✗ ${missingPythonMessage(python, missing)}`);
	process.exit(1);
}

const results: Result[] = [];
let built = true;
for (const stage of stages) {
	if (stage.needsBuild && !built) {
		results.push(...stage.steps.map((step) => ({ name: step.name, ok: false, seconds: 0, skipped: true })));
		continue;
	}
	const outcomes = await Promise.all(stage.steps.map((step) => run(step, stage.steps.length === 1)));
	results.push(...outcomes);
	if (stage.isBuild) built = outcomes.every((outcome) => outcome.ok);
}

const passed = results.filter((result) => result.ok).length;
const failed = results.length - passed;
console.log('\n━━ Summary ━━');
for (const result of results) {
	const mark = result.ok ? '✓' : '✗';
	const note = result.skipped ? 'not run: the build failed' : `${result.seconds.toFixed(0)} s`;
	console.log(`  ${mark} ${result.name} (${note})`);
}
console.log(`\nsteps: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
