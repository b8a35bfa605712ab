/**
 * A device fingerprint for the review queue's "one device behind many accounts": a hash of what
 * the browser openly tells every site (screen, time zone, languages, platform, cores, touch) —
 * nothing stored on the device, no tracking cookie, and only a keyed hash of it is kept.
 */
import { sha256Words, toHex } from './sha256';

let cached: string | null = null;

export function deviceFingerprint(): string {
  if (cached) return cached;
  const n = navigator as Navigator & { deviceMemory?: number };
  const parts = [
    `${screen.width}x${screen.height}x${screen.colorDepth}`,
    String(window.devicePixelRatio ?? 1),
    Intl.DateTimeFormat().resolvedOptions().timeZone ?? '',
    (navigator.languages ?? [navigator.language]).join(','),
    navigator.platform ?? '',
    String(navigator.hardwareConcurrency ?? ''),
    String(n.deviceMemory ?? ''),
    String(navigator.maxTouchPoints ?? 0),
  ];
  // the hash takes ASCII; anything else in a value becomes its code
  const text = parts.join('|').replace(/[^\x20-\x7e]/g, (c) => `&${c.charCodeAt(0)};`);
  cached = toHex(sha256Words(text)).slice(0, 32);
  return cached;
}
