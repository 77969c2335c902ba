// `npm test`: every check that proves the project works, in order, with a pass/fail summary at the end.
// Each step runs even when an earlier one failed (except those that need the build), so one run shows
// everything that is wrong.
import { spawn } from 'node:child_process';

interface Step {
	name: string;
	command: string[];
	needsBuild?: boolean;
}

const steps: Step[] = [
	{ name: 'Types (astro check)', command: ['npx', 'astro', 'check'] },
	{ name: 'Lint (ESLint, Prettier)', command: ['npm', 'run', 'lint'] },
	{ name: 'Unit tests', command: ['npm', 'run', 'test:unit'] },
	{ name: 'Fixture builds (bad input fails, a sub-path works)', command: ['npm', 'run', 'test:builds'] },
	{ name: 'Build both editions and their handouts (with the leak check)', command: ['npm', 'run', 'build'] },
	{ name: 'Handouts (the real PDFs)', command: ['npm', 'run', 'test:pdf'], needsBuild: true },
	{
		name: 'Determinism (a second clean build is byte-identical)',
		command: ['npm', 'run', 'test:determinism'],
		needsBuild: true,
	},
	{ name: 'End-to-end tests (Playwright, Chromium)', command: ['npm', 'run', 'test:e2e'], needsBuild: true },
];

function run(command: string[]): Promise<number> {
	const [program = '', ...args] = command;
	return new Promise((resolve) => {
		const child = spawn(program, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
		child.on('close', (code) => {
			resolve(code ?? 1);
		});
		child.on('error', () => {
			resolve(1);
		});
	});
}

const results: { name: string; ok: boolean; seconds: number; skipped?: boolean }[] = [];
let built = true;
for (const step of steps) {
	if (step.needsBuild && !built) {
		results.push({ name: step.name, ok: false, seconds: 0, skipped: true });
		continue;
	}
	console.log(`\n━━ ${step.name} ━━  ${step.command.join(' ')}\n`);
	const started = performance.now();
	const ok = (await run(step.command)) === 0;
	if (step.name.startsWith('Build both')) built = ok;
	results.push({ name: step.name, ok, seconds: (performance.now() - started) / 1000 });
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
