const mb = (bytes: number) => new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024));

/** The limits checked in the browser before sending, so nobody waits for an upload that is refused. */
export function uploadSizeProblem(files: ReadonlyArray<{ name: string; size: number }>, maxUploadBytes: number, maxFileBytes: number): string | null {
  if (files.length === 0) return 'Välj minst en fil eller en mapp.';
  const large = files.find((f) => f.size > maxFileBytes);
  if (large) return `${large.name} är ${mb(large.size)} MB. En fil får vara högst ${mb(maxFileBytes)} MB: dela upp den eller använd kommandoraden.`;
  const total = files.reduce((sum, f) => sum + f.size, 0);
  if (total > maxUploadBytes) {
    return `Filerna är ${mb(total)} MB tillsammans. Du kan skicka högst ${mb(maxUploadBytes)} MB åt gången: packa dem i en zip-fil, dela upp dem i flera importer eller använd kommandoraden.`;
  }
  return null;
}
