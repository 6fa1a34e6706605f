/**
 * Text files read exactly as their encoding says, never with silent
 * replacement characters: UTF-8 (a leading byte order mark is skipped),
 * UTF-16 little or big endian (detected by its byte order mark, or by the
 * zero bytes of ASCII text as in RFC 4627 §3) decoded, UTF-32 detected the
 * same way and refused naming it. Invalid UTF-8 and binary data (a NUL byte)
 * are refused naming the path, the byte offset and the line.
 */

/** The encodings `decodeText` detects. */
export type TextEncodingName = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'UTF-32LE' | 'UTF-32BE';

/**
 * The encoding of text bytes and the length of its byte order mark (0 when
 * there is none): by the BOM, else by the pattern of zero bytes in the first
 * four bytes of text that starts with ASCII text characters (RFC 4627 §3), else UTF-8.
 * @example detectTextEncoding(new Uint8Array([0x5b, 0, 0x31, 0])) // { encoding: 'UTF-16LE', bom: 0 }
 */
export function detectTextEncoding(b: Uint8Array): { encoding: TextEncodingName; bom: number } {
  const at = (i: number) => (i < b.length ? b[i] : -1);
  if (at(0) === 0xef && at(1) === 0xbb && at(2) === 0xbf) return { encoding: 'UTF-8', bom: 3 };
  if (at(0) === 0xff && at(1) === 0xfe && at(2) === 0 && at(3) === 0) return { encoding: 'UTF-32LE', bom: 4 };
  if (at(0) === 0 && at(1) === 0 && at(2) === 0xfe && at(3) === 0xff) return { encoding: 'UTF-32BE', bom: 4 };
  if (at(0) === 0xff && at(1) === 0xfe) return { encoding: 'UTF-16LE', bom: 2 };
  if (at(0) === 0xfe && at(1) === 0xff) return { encoding: 'UTF-16BE', bom: 2 };
  if (b.length >= 4) {
    // ASCII text characters: tab, line breaks, printable
    const ascii = (x: number) => x === 9 || x === 10 || x === 13 || (x >= 0x20 && x < 0x7f);
    const [b0, b1, b2, b3] = b;
    if (ascii(b0) && b1 === 0 && b2 === 0 && b3 === 0) return { encoding: 'UTF-32LE', bom: 0 };
    if (b0 === 0 && b1 === 0 && b2 === 0 && ascii(b3)) return { encoding: 'UTF-32BE', bom: 0 };
    if (ascii(b0) && b1 === 0 && ascii(b2) && b3 === 0) return { encoding: 'UTF-16LE', bom: 0 };
    if (b0 === 0 && ascii(b1) && b2 === 0 && ascii(b3)) return { encoding: 'UTF-16BE', bom: 0 };
  }
  return { encoding: 'UTF-8', bom: 0 };
}

/** 1 + the number of newline bytes before `offset`. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * The offset where the first invalid UTF-8 sequence of `bytes` starts: the
 * shortest invalid prefix is found by bisection over streaming decodes (a
 * prefix ending inside a character is not invalid); its last byte k is
 * reported, or the lead byte of an unfinished sequence that k breaks.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const k = shortestInvalidPrefix(bytes) - 1;
  let start = k;
  while (start > 0 && k - start < 3 && (bytes[start - 1] & 0xc0) === 0x80) start--;
  const lead = start - 1;
  if (lead >= 0 && bytes[lead] >= 0xc0) {
    const length = bytes[lead] >= 0xf0 ? 4 : bytes[lead] >= 0xe0 ? 3 : 2;
    if (lead + length > k) return lead;
  }
  return k;
}

/** The length of the shortest prefix of `bytes` that is not valid UTF-8 (the whole length when only the end is cut). */
function shortestInvalidPrefix(bytes: Uint8Array): number {
  const valid = (n: number): boolean => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let lo = 0; // a prefix of lo bytes is valid
  let hi = bytes.length; // a prefix of hi bytes is invalid (or hi is the end: the text ends inside a character)
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (valid(mid)) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * The text of a file's bytes (without its byte order mark), decoded by the
 * encoding `detectTextEncoding` finds. Throws `TypeError` naming `path`:
 * for UTF-32 (named, not read), for bytes that are not valid in their
 * encoding (with the byte offset and line for UTF-8), and for a NUL character
 * (binary data: with its offset).
 * @example decodeText(readFileBytes('W.csv'), 'W.csv')
 */
export function decodeText(bytes: Uint8Array, path: string): string {
  const { encoding, bom } = detectTextEncoding(bytes);
  if (encoding === 'UTF-32LE' || encoding === 'UTF-32BE') {
    throw new TypeError(`${path}: ${encoding} text (${bom > 0 ? 'byte order mark' : 'zero bytes'} at the start) is not read; save the file as UTF-8`);
  }
  const body = bytes.subarray(bom);
  let text: string;
  try {
    text = new TextDecoder(encoding.toLowerCase(), { fatal: true }).decode(body);
  } catch {
    if (encoding !== 'UTF-8') throw new TypeError(`${path}: invalid ${encoding} text (detected by its ${bom > 0 ? 'byte order mark' : 'zero bytes'}); save the file as UTF-8`);
    const offset = bom + firstInvalidUtf8(body);
    throw new TypeError(
      `${path}: not UTF-8 text: the byte 0x${bytes[offset].toString(16).padStart(2, '0')} at offset ${offset} (line ${lineAt(bytes, offset)}) starts an invalid sequence; ` +
        'a binary file is read only in a known format (.npy, .npz, safetensors, a TF.js model.json)',
    );
  }
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    const offset = encoding === 'UTF-8' ? bom + new TextEncoder().encode(text.slice(0, nul)).length : bom + 2 * nul;
    throw new TypeError(
      `${path}: binary data (a NUL byte at offset ${offset}), not text; ` +
        'a binary file is read only in a known format (.npy, .npz, safetensors, a TF.js model.json)',
    );
  }
  return text;
}
