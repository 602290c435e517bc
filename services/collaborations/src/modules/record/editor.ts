import { requireRole, Role } from '@bxl/common';

import type { CollaborationsContext } from '../../context';
import type { CollaborationRecord } from './collaboration-record.entity';
import type { RecordSpec } from './record-spec';

/** The writes an editor may make on one kind of record; each needs the editor role. */
export function editor<E extends CollaborationRecord>(
  context: CollaborationsContext,
  spec: RecordSpec<E>,
) {
  const identity = requireRole(context.identity, Role.EDITOR);
  const { writer } = context.services;
  return {
    create: (input: object) => writer.create(context.em, identity, spec, input),
    update: (input: { id: string; version: number }) =>
      writer.update(context.em, identity, spec, input),
    setArchived: (id: string, version: number, archived: boolean) =>
      writer.setArchived(context.em, identity, spec, id, version, archived),
  };
}
