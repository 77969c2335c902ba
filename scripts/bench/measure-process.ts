import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readdirSync, readFileSync } from 'node:fs';

/** How one child process ran: its exit code, wall time and memory high-water marks. */
export interface ProcessMeasurement {
	code: number;
	seconds: number;
	/** Peak resident memory of the largest single process in the tree (its VmHWM: the Astro build, not a wrapper), in MiB. */
	peakRssMiB: number;
	/** Peak resident memory of the main process and all its descendants together (e.g. the diagram browser), in MiB. */
	peakTreeRssMiB: number;
	output: string;
}

/** Options for {@link measureProcess}. */
export interface MeasureOptions {
	cwd?: string | undefined;
	env?: NodeJS.ProcessEnv;
	/** Stream the child's output while it runs. */
	echo?: boolean;
	/** A file to write the child's output to as it runs, to follow or read a long run. */
	logFile?: string | undefined;
}

const pollMs = 200;

/**
 * Runs a command and measures it from outside: wall time, and memory by polling `/proc` (Linux), since
 * `/usr/bin/time` reports only the largest single process, not the browser the build launches beside it.
 */
export function measureProcess(
	program: string,
	args: string[],
	{ cwd, env = process.env, echo = false, logFile }: MeasureOptions = {},
): Promise<ProcessMeasurement> {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn(program, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		const log = logFile === undefined ? undefined : createWriteStream(logFile);
		const collect = (chunk: Buffer): void => {
			output += chunk.toString();
			if (echo) process.stdout.write(chunk);
			log?.write(chunk);
		};
		child.stdout.on('data', collect);
		child.stderr.on('data', collect);
		let peakRssKiB = 0;
		let peakTreeKiB = 0;
		const poll = (): void => {
			if (child.pid === undefined) return;
			const tree = treeMemory(child.pid);
			peakRssKiB = Math.max(peakRssKiB, tree.largestHwmKiB);
			peakTreeKiB = Math.max(peakTreeKiB, tree.rssKiB);
		};
		const timer = setInterval(poll, pollMs);
		child.on('error', (error) => {
			clearInterval(timer);
			reject(error);
		});
		child.on('close', (code) => {
			clearInterval(timer);
			log?.end();
			resolve({
				code: code ?? 1,
				seconds: (performance.now() - started) / 1000,
				peakRssMiB: peakRssKiB / 1024,
				peakTreeRssMiB: peakTreeKiB / 1024,
				output,
			});
		});
	});
}

/** A `kB` field of `/proc/<pid>/status`, or 0 once the process is gone. */
function statusField(pid: number, field: string): number {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
		return match?.[1] ? Number(match[1]) : 0;
	} catch {
		return 0;
	}
}

/**
 * Resident memory of a process and every descendant together, and the largest high-water mark among them,
 * from the parent links in `/proc/<pid>/stat`.
 */
function treeMemory(root: number): { rssKiB: number; largestHwmKiB: number } {
	const children = new Map<number, number[]>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			// The command name in parentheses may hold spaces: the fields after its closing bracket are fixed.
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
		} catch {
			// The process ended between listing and reading: it holds no memory any more.
		}
	}
	let rssKiB = 0;
	let largestHwmKiB = 0;
	const pending = [root];
	while (pending.length > 0) {
		const pid = pending.pop() ?? root;
		rssKiB += statusField(pid, 'VmRSS');
		largestHwmKiB = Math.max(largestHwmKiB, statusField(pid, 'VmHWM'));
		pending.push(...(children.get(pid) ?? []));
	}
	return { rssKiB, largestHwmKiB };
}
