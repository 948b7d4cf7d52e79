const oneDecimal = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });

/** Bytes as people read file sizes: "812 byte", "79,1 kB", "12,4 MB" (1 kB = 1 024 byte). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte`;
  if (bytes < 1024 * 1024) return `${oneDecimal.format(bytes / 1024)} kB`;
  return `${oneDecimal.format(bytes / (1024 * 1024))} MB`;
}
