// Test helpers that return the AppError code something throws, so tests never match message text.
import { isAppError } from '../../graph/errors.ts';

function codeOf(error: unknown): string {
  return isAppError(error) ? error.code : `not an AppError: ${String(error)}`;
}

export function thrownCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return codeOf(error);
  }
  return undefined;
}

export async function rejectedCode(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    return codeOf(error);
  }
  return undefined;
}
