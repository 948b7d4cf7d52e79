import { formatFileSize } from '@/lib/format/file-size';
import { formatDateTime } from '@/lib/format/date-time';

/** Which files this upload held and when it came, so the administrator knows what is checked. */
export function UploadedFiles({ files, createdAt }: { files: ReadonlyArray<{ name: string; bytes: number }>; createdAt: string }) {
  return (
    <p>
      Uppladdat <time dateTime={createdAt}>{formatDateTime(createdAt)}</time>:{' '}
      {files.map((f, i) => (
        <span key={i}>
          {i > 0 && ', '}
          {f.name} ({formatFileSize(f.bytes)})
        </span>
      ))}
      .
    </p>
  );
}
