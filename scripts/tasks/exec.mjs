import { spawn } from 'node:child_process';

/**
 * Runs a command with inherited stdio and resolves with its exit code.
 * @param {string} command executable
 * @param {string[]} args arguments
 * @param {import('node:child_process').SpawnOptions} [options]
 * @returns {Promise<number>}
 */
export const run = (command, args, options = {}) =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });

/**
 * Runs a command and throws when it fails.
 * @param {string} command executable
 * @param {string[]} args arguments
 * @param {import('node:child_process').SpawnOptions} [options]
 */
export const runOrThrow = async (command, args, options = {}) => {
  const code = await run(command, args, options);
  if (code !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${code}`);
  }
};
