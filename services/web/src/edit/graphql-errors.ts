import type { CombinedError } from '@urql/core';

/** What an API refusal says, read once: its code, the problems by field, the version it is at. */
export interface Refusal {
  code: string;
  message: string;
  /** Problem messages by field (`nameNl`, `typeCodes[0]`…). */
  fields: Map<string, string>;
  currentVersion?: number;
}

export function refusalOf(error: CombinedError | undefined): Refusal | null {
  const first = error?.graphQLErrors[0];
  if (!error) {
    return null;
  }
  const extensions = (first?.extensions ?? {}) as {
    code?: string;
    problems?: Array<{ field?: string; message: string }>;
    currentVersion?: number;
  };
  return {
    code: extensions.code ?? 'NETWORK',
    message: first?.message ?? error.message,
    fields: new Map(
      (extensions.problems ?? []).map((problem) => [problem.field ?? '', problem.message]),
    ),
    currentVersion: extensions.currentVersion,
  };
}
