// A browser without JavaScript, for the crash test: finds the form that holds a button with a
// given text in a server-rendered page and posts its fields as that browser would (multipart, to
// the page's own address). React renders a server action's form with hidden fields that name the
// action; nothing here needs to know them.

export interface PageForm {
  /** Absolute address the form posts to. */
  url: string;
  fields: Array<[string, string]>;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#x27;': "'", '&#39;': "'", '&lt;': '<', '&gt;': '>' };

function decode(value: string): string {
  return value.replace(/&(?:amp|quot|#x27|#39|lt|gt);/g, (e) => ENTITIES[e] as string);
}

function attribute(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decode(m[1] as string) : null;
}

/** The form around the first submit button whose text contains `buttonText`, or null. */
export function findForm(html: string, pageUrl: string, buttonText: string): PageForm | null {
  for (const m of html.matchAll(/<form\b[^>]*>[\s\S]*?<\/form>/g)) {
    const form = m[0];
    const buttons = [...form.matchAll(/<button\b[^>]*>([\s\S]*?)<\/button>/g)].map((b) => b[1]?.replace(/<[^>]+>/g, '') ?? '');
    if (!buttons.some((b) => decode(b).includes(buttonText))) continue;
    const fields: Array<[string, string]> = [];
    for (const input of form.matchAll(/<input\b[^>]*>/g)) {
      const tag = input[0];
      const name = attribute(tag, 'name');
      const type = attribute(tag, 'type') ?? 'text';
      if (!name) continue;
      if ((type === 'radio' || type === 'checkbox') && !/\schecked(?:=""|\s|>|\/)/.test(tag)) continue;
      fields.push([name, attribute(tag, 'value') ?? '']);
    }
    const action = attribute(form.slice(0, form.indexOf('>') + 1), 'action');
    return { url: new URL(action || '', pageUrl).toString(), fields };
  }
  return null;
}

/** Posts the form; returns the status and the redirect target, never following it. */
export async function postForm(form: PageForm, cookie: string, origin: string): Promise<{ status: number; location: string | null; setCookie: string[] }> {
  const body = new FormData();
  for (const [k, v] of form.fields) body.append(k, v);
  const res = await fetch(form.url, { method: 'POST', body, redirect: 'manual', headers: { Cookie: cookie, Origin: origin }, signal: AbortSignal.timeout(30_000) });
  await res.arrayBuffer();
  return { status: res.status, location: res.headers.get('location'), setCookie: res.headers.getSetCookie() };
}
