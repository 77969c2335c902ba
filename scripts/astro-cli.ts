import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const astroBin = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));

/** Runs the Astro CLI for one edition, streaming its output; resolves with the exit code. */
export function runAstro(
	args: string[],
	{
		edition,
		cwd,
		quiet = false,
		env = {},
	}: { edition: string; cwd?: string; quiet?: boolean; env?: Record<string, string> },
): Promise<{ code: number; output: string }> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [astroBin, ...args], {
			cwd,
			env: { ...process.env, ...env, EDITION: edition, ASTRO_TELEMETRY_DISABLED: '1' },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		const collect = (chunk: Buffer): void => {
			output += chunk.toString();
			if (!quiet) process.stdout.write(chunk);
		};
		child.stdout.on('data', collect);
		child.stderr.on('data', collect);
		child.on('error', reject);
		child.on('close', (code) => {
			resolve({ code: code ?? 1, output });
		});
	});
}
