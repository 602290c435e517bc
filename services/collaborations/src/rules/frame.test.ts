import { MINIMUM_FRAME_STAFFING } from '../testkit';
import { INTEGRATION_CRITERIA } from './cssi-integration';
import { BudgetKind, BUDGETS, FrameUnit, MINIMUM_FRAME } from './cssi-rules';
import { budget, readiness } from './frame';

const fullFrame = MINIMUM_FRAME_STAFFING;

describe('readiness against the minimum frame', () => {
  it('meets the frame with exactly the minimum', () => {
    const result = readiness(fullFrame);
    expect(result.meetsFrame).toBe(true);
    expect(result.missing).toEqual([]);
    expect(result.functions).toHaveLength(MINIMUM_FRAME.length);
  });

  it('lists exactly the missing functions and how much is missing, in FTE or people', () => {
    const result = readiness([
      { function: 'SOCIAL_WORKER', fte: 1.2 },
      { function: 'SOCIAL_WORKER', fte: 0.6 },
      { function: 'ADMINISTRATION', fte: 1 },
      { function: 'RECEPTION', fte: 0.5 },
      { function: 'COORDINATION', fte: 1.5 },
      { function: 'GENERAL_PRACTITIONER', fte: 0.8 },
      { function: 'PSYCHOLOGIST', fte: 0.1 },
      { function: 'PSYCHOLOGIST', fte: 0.2 },
    ]);
    expect(result.meetsFrame).toBe(false);
    expect(
      result.missing.map(({ function: f, unit, present, missing }) => ({
        f,
        unit,
        present,
        missing,
      })),
    ).toEqual([
      { f: 'SOCIAL_WORKER', unit: FrameUnit.FTE, present: 1.8, missing: 1.2 },
      { f: 'RECEPTION', unit: FrameUnit.FTE, present: 0.5, missing: 1 },
      { f: 'COMMUNITY_ACTION', unit: FrameUnit.FTE, present: 0, missing: 0.5 },
      { f: 'GENERAL_PRACTITIONER', unit: FrameUnit.PERSONS, present: 1, missing: 1 },
      { f: 'NON_MEDICAL_HEALTH', unit: FrameUnit.PERSONS, present: 0, missing: 1 },
      { f: 'PSYCHOLOGIST', unit: FrameUnit.FTE, present: 0.3, missing: 0.2 },
    ]);
  });

  it('counts a function with zero FTE as nobody', () => {
    const result = readiness([{ function: 'NON_MEDICAL_HEALTH', fte: 0 }]);
    expect(result.missing.find((c) => c.function === 'NON_MEDICAL_HEALTH')?.present).toBe(0);
  });
});

describe('readiness against the four integration criteria', () => {
  it('counts a criterion as met only when declared MET, and is ready only with the frame too', () => {
    const declared = [
      { criterion: 'BENEFICIARY_CONCERTATION', status: 'MET', evidence: 'weekly meeting' },
      { criterion: 'SHARED_PROFESSIONAL_SECRECY', status: 'IN_PROGRESS' },
      { criterion: 'COMMON_PROJECT', status: 'MET' },
    ];
    const partly = readiness(fullFrame, declared);
    expect(partly.meetsFrame).toBe(true);
    expect(partly.criteria.map((check) => [check.criterion.code, check.status, check.met])).toEqual(
      [
        ['BENEFICIARY_CONCERTATION', 'MET', true],
        ['SHARED_PROFESSIONAL_SECRECY', 'IN_PROGRESS', false],
        ['COMMUNITY_ACTION', null, false],
        ['COMMON_PROJECT', 'MET', true],
      ],
    );
    expect(partly.missingCriteria.map((criterion) => criterion.code)).toEqual([
      'SHARED_PROFESSIONAL_SECRECY',
      'COMMUNITY_ACTION',
    ]);
    expect([partly.meetsIntegrationCriteria, partly.ready]).toEqual([false, false]);

    const allMet = INTEGRATION_CRITERIA.map(({ code }) => ({ criterion: code, status: 'MET' }));
    expect(readiness(fullFrame, allMet).ready).toBe(true);
    const shortOfFrame = readiness(fullFrame.slice(1), allMet);
    expect([shortOfFrame.meetsIntegrationCriteria, shortOfFrame.ready]).toEqual([true, false]);
  });
});

describe('budgets', () => {
  it.each([
    [BudgetKind.NEW, 500_000],
    [BudgetKind.EXISTING, 160_000],
  ])('the %s budget adds up to the published %d €', (kind, total) => {
    expect(budget(kind).total).toBe(total);
    expect(BUDGETS[kind].publishedTotal).toBe(total);
  });

  it('breaks the new structure down as the texts do', () => {
    expect(budget(BudgetKind.NEW).lines.map((l) => [l.code, l.fte, l.amount])).toEqual([
      ['SOCIAL_WORKER', 3, 180_000],
      ['ADMINISTRATION', 1, 60_000],
      ['RECEPTION', 1.5, 90_000],
      ['COMMUNITY_ACTION', null, 40_000],
      ['COORDINATION', 1, 80_000],
      ['RUNNING_COSTS', null, 30_000],
      ['PSYCHOLOGIST', null, 20_000],
    ]);
    expect(budget(BudgetKind.EXISTING).lines.map((l) => [l.code, l.fte, l.amount])).toEqual([
      ['ADMINISTRATION', 0.5, 30_000],
      ['RECEPTION', 0.5, 30_000],
      ['COORDINATION', 1, 80_000],
      ['PSYCHOLOGIST', null, 20_000],
    ]);
  });
});
