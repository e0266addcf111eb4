import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { DATA_DIR } from '../shared/paths.ts';

// A plain `node:http` server in its own process that answers every request
// with the same bytes: the ceiling a Node process on this machine reaches.
const SERVER = `
const { createServer } = require('node:http');
const { readFileSync } = require('node:fs');
const body = readFileSync(process.env.BODY_FILE);
createServer((request, response) => {
  response.writeHead(200, { 'content-type': 'text/html;charset=utf-8', 'content-length': body.length });
  response.end(body);
}).listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('ready\\n'));
`;

/** The bare server, answering with a given body. */
export interface BareServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the bare server on a port.
 * @param port a free port
 * @param body what it answers (the portal's home page, so that the bytes are the same)
 */
export const startBareServer = async (port: number, body: string): Promise<BareServer> => {
  const file = path.join(DATA_DIR, 'bare-server-body.html');
  writeFileSync(file, body);
  const child = spawn(process.execPath, ['-e', SERVER], {
    env: { ...process.env, PORT: String(port), BODY_FILE: file },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`bare server exited with ${code}`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
};
