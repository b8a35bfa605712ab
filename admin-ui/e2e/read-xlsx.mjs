// Reads the sheets of an .xlsx file as rows of cell texts, with nothing but Node: an .xlsx is a
// zip of XML parts, and the exports write strings inline (no shared-strings table), so the zip's
// central directory, inflate and a few regular expressions are enough for a test to open one.
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

function entries(zip) {
  // the end-of-central-directory record sits in the last 64 KiB + 22 bytes
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file (no end of central directory)');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const files = new Map();
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('broken central directory');
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + size);
    files.set(name, method === 8 ? inflateRawSync(raw) : raw);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

const unescape = (text) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');

function column(ref) {
  let n = 0;
  for (const ch of ref.replace(/\d+$/, '')) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function rows(xml) {
  const result = [];
  for (const [, rowXml] of xml.matchAll(/<row\b[^>]*>([\s\S]*?)<\/row>/g)) {
    const row = [];
    for (const [, attrs, body] of rowXml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const ref = /\br="([A-Z]+\d+)"/.exec(attrs)?.[1];
      const inline = body && /<is>([\s\S]*?)<\/is>/.exec(body);
      const value = inline
        ? [...inline[1].matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((m) => unescape(m[1])).join('')
        : body
          ? unescape(/<v>([\s\S]*?)<\/v>/.exec(body)?.[1] ?? '')
          : '';
      row[ref ? column(ref) : row.length] = value;
    }
    result.push(Array.from(row, (v) => v ?? ''));
  }
  return result;
}

/** {sheetName: rows[]} in workbook order. */
export function readXlsx(path) {
  const files = entries(readFileSync(path));
  const workbook = files.get('xl/workbook.xml')?.toString('utf8');
  const rels = files.get('xl/_rels/workbook.xml.rels')?.toString('utf8');
  if (!workbook || !rels) throw new Error('not an .xlsx workbook');
  const targets = new Map(
    [...rels.matchAll(/<Relationship\b([^>]*)\/?>/g)].map(([, a]) => [/\bId="([^"]+)"/.exec(a)[1], /\bTarget="([^"]+)"/.exec(a)[1]]),
  );
  const sheets = {};
  for (const [, attrs] of workbook.matchAll(/<sheet\b([^>]*)\/>/g)) {
    const name = unescape(/\bname="([^"]*)"/.exec(attrs)[1]);
    const target = targets.get(/\br:id="([^"]+)"/.exec(attrs)[1]).replace(/^\/?(xl\/)?/, 'xl/');
    sheets[name] = rows(files.get(target).toString('utf8'));
  }
  return sheets;
}
