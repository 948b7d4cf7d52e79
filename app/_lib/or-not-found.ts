import 'server-only';
import { notFound } from 'next/navigation';
import { NotFoundError } from '@/lib/data/errors';

/** For pages: an unknown or out-of-scope thing is the not-found page, the same for both. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
