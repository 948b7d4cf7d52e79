/** Route handlers get the segment as sent; a malformed escape is looked up as it is (and not found). */
export function decodedParam(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
