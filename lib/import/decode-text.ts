import iconv from 'iconv-lite';

// Swedish Excel saves "CSV (semikolonavgränsad)" as Windows-1252, while newer tools write
// UTF-8; the only reliable tell is whether the bytes are valid UTF-8.
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = iconv.decode(bytes, 'win1252');
  }
  // TextDecoder strips one BOM already; this covers a BOM that survived another path.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
