/**
 * The organisation's logo: a PNG or JPEG of at most 200 kB, stored as a data: URL. The type is
 * read from the file's first bytes, never from its name or the browser's claim. SVG is refused:
 * an SVG file is a program as much as a picture (scripts, external references), and without a
 * proven sanitiser in the project we cannot make one safe, so we do not take the risk.
 */
export const LOGO_MAX_BYTES = 200 * 1024;
export const LOGO_ACCEPT = 'image/png,image/jpeg';

export type LogoCheck = { ok: true; dataUrl: string; bytes: number } | { ok: false; message: string };

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 1024)).toLowerCase();
  return head.includes('<svg') || head.trimStart().startsWith('<?xml');
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array | null {
  try {
    const binary = atob(text);
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

const TOO_BIG = `Bilden är för stor. Den får vara högst ${LOGO_MAX_BYTES / 1024} kB. Gör bilden mindre och försök igen.`;

/** The data: URL of an uploaded file, or why it cannot be a logo. */
export function logoFromBytes(bytes: Uint8Array): LogoCheck {
  if (bytes.length === 0) return { ok: false, message: 'Välj en bildfil.' };
  if (bytes.length > LOGO_MAX_BYTES) return { ok: false, message: TOO_BIG };
  const type = startsWith(bytes, PNG) ? 'image/png' : startsWith(bytes, JPEG) ? 'image/jpeg' : null;
  if (!type) {
    return {
      ok: false,
      message: looksLikeSvg(bytes)
        ? 'SVG-bilder går inte att använda, eftersom de kan innehålla kod. Spara logotypen som PNG eller JPEG och försök igen.'
        : 'Filen är ingen PNG- eller JPEG-bild. Välj en bild i något av de formaten.',
    };
  }
  return { ok: true, dataUrl: `data:${type};base64,${toBase64(bytes)}`, bytes: bytes.length };
}

/** Checks a stored or submitted data: URL the same way as an uploaded file. */
export function checkLogoDataUrl(dataUrl: string): LogoCheck {
  const match = /^data:image\/(?:png|jpeg);base64,([A-Za-z0-9+/]+={0,2})$/.exec(dataUrl);
  // Base64 is 4/3 of the bytes: refuse an oversized text before decoding it.
  if (!match?.[1] || match[1].length > Math.ceil(LOGO_MAX_BYTES / 3) * 4) {
    return match ? { ok: false, message: TOO_BIG } : { ok: false, message: 'Logotypen måste vara en PNG- eller JPEG-bild.' };
  }
  const bytes = fromBase64(match[1]);
  if (!bytes) return { ok: false, message: 'Logotypen måste vara en PNG- eller JPEG-bild.' };
  const check = logoFromBytes(bytes);
  // The stated type must be the one the bytes show.
  return check.ok && check.dataUrl !== dataUrl ? { ok: false, message: 'Logotypen måste vara en PNG- eller JPEG-bild.' } : check;
}
