import { BodyKind } from '../../rules/pssi-rules';
import { memberProblems, memberReferences } from '../member/member.input';
import { referenceProblems } from './actor-references';
import { dateProblems, periodProblems } from './validation';

describe('member validation', () => {
  it('admits only the roles of the body, and someone in each seat', () => {
    const problems = memberProblems(
      BodyKind.COORDINATION_CELL,
      [
        { role: 'RESEARCHER', personName: 'R' },
        { role: 'CITIZEN', personName: 'C' },
        { role: 'COCOM_REPRESENTATIVE' },
      ],
      'coordinationCell',
    );
    expect(problems.map((p) => p.field)).toEqual([
      'coordinationCell[1].role',
      'coordinationCell[2]',
    ]);
    expect(
      memberProblems(BodyKind.WORKING_GROUP, [{ role: 'CITIZEN', personName: 'C' }], 'wg'),
    ).toEqual([]);
  });

  it('checks organisations and services against what the actors subgraph said', () => {
    const references = memberReferences(
      [
        { role: 'PARTY', organisationId: 'org:a', serviceId: 'svc:a' },
        { role: 'PARTY', organisationId: 'org:b', serviceId: 'svc:a' },
        { role: 'PARTY', organisationId: 'org:gone' },
      ],
      'parties',
    );
    const facts = {
      organisations: new Set(['org:a', 'org:b']),
      services: new Map([['svc:a', { id: 'svc:a', organisationId: 'org:a', typeCodes: ['casg'] }]]),
    };
    expect(referenceProblems(references, facts)).toEqual([
      { field: 'parties[1].serviceId', message: 'service svc:a is not a service of org:b' },
      { field: 'parties[2].organisationId', message: 'unknown organisation org:gone' },
    ]);
  });
});

describe('dates', () => {
  it('takes real calendar dates only, and a period that does not end before it starts', () => {
    expect(dateProblems('2025-02-28', 'd')).toEqual([]);
    expect(dateProblems('2025-02-30', 'd')).toHaveLength(1);
    expect(dateProblems('28/02/2025', 'd')).toHaveLength(1);
    expect(
      periodProblems('2025-03-01', '2025-01-01', ['start', 'end']).map((p) => p.field),
    ).toEqual(['end']);
  });
});
