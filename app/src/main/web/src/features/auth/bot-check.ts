/**
 * The self-hosted bot check (kiểm tra chống máy tự động): an ALTCHA proof of work. The server
 * signs a challenge; the page finds the number that hashes to it and sends the standard ALTCHA
 * payload (base64 JSON) back with the form. It costs a person a second or two of their phone's
 * time, once, and a bot the same for every try.
 */
import { get } from '../../lib/api-client';
import { solve } from '../../lib/sha256';

export interface Challenge {
  algorithm: string;
  challenge: string;
  maxnumber: number;
  salt: string;
  signature: string;
}

export async function solveBotCheck(): Promise<string> {
  const challenge = await get<Challenge>('/api/altcha/challenge', { auth: false });
  if (challenge.algorithm !== 'SHA-256') throw new Error(`unsupported algorithm ${challenge.algorithm}`);
  const number = await solveInWorker(challenge).catch(() => solveInSlices(challenge));
  if (number === null) throw new Error('no solution');
  return btoa(JSON.stringify({
    algorithm: challenge.algorithm,
    challenge: challenge.challenge,
    number,
    salt: challenge.salt,
    signature: challenge.signature,
  }));
}

function solveInWorker(challenge: Challenge): Promise<number | null> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./bot-check-worker.ts', import.meta.url), { type: 'module' });
    } catch (e) {
      reject(e);
      return;
    }
    worker.onmessage = (event: MessageEvent<{ number: number | null }>) => {
      worker.terminate();
      resolve(event.data.number);
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(e);
    };
    worker.postMessage({ challenge: challenge.challenge, salt: challenge.salt, maxnumber: challenge.maxnumber });
  });
}

/** Without workers: the same search in slices, yielding to the page between them. */
async function solveInSlices(challenge: Challenge): Promise<number | null> {
  const slice = 5000;
  for (let start = 0; start <= challenge.maxnumber; start += slice) {
    const found = solve(challenge.challenge, challenge.salt, challenge.maxnumber, start, start + slice - 1);
    if (found !== null) return found;
    await new Promise((r) => setTimeout(r, 0));
  }
  return null;
}
