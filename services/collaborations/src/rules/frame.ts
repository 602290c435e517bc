import { INTEGRATION_CRITERIA } from './cssi-integration';
import { BUDGETS, FrameUnit, MINIMUM_FRAME } from './cssi-rules';
import type { BudgetKind, BudgetRule, FrameRequirement } from './cssi-rules';
import type { Labelled } from './sources';

/** One declared staff function of a centre. */
export interface StaffingEntry {
  function: string;
  fte: number;
  /** How many people fill it; absent: one person per entry with FTE above zero. */
  persons?: number | null;
}

export interface FrameCheck extends FrameRequirement {
  present: number;
  missing: number;
}

/** A centre's declared stand on one integration criterion (status `MET`, `IN_PROGRESS`, `NOT_MET`). */
export interface DeclaredCriterion {
  criterion: string;
  status: string;
  evidence?: string | null;
}

export interface CriterionCheck {
  criterion: Labelled;
  /** What the centre declared; null if it said nothing. */
  status: string | null;
  evidence: string | null;
  met: boolean;
}

export interface Readiness {
  meetsFrame: boolean;
  /** Every function of the frame, met or not. */
  functions: FrameCheck[];
  /** Only the functions below their minimum, with what is missing. */
  missing: FrameCheck[];
  /** The four integration criteria of the CSSI note, each with what the centre declared. */
  criteria: CriterionCheck[];
  meetsIntegrationCriteria: boolean;
  /** The criteria not declared met. */
  missingCriteria: Labelled[];
  /** The frame met and the four criteria met. */
  ready: boolean;
}

/** FTE are kept to the hundredth: 0.1 + 0.2 must be 0.3, not 0.30000000000000004. */
const round = (value: number) => Math.round(value * 100) / 100;

function present(staffing: readonly StaffingEntry[], requirement: FrameRequirement): number {
  const entries = staffing.filter((entry) => entry.function === requirement.function);
  if (requirement.unit === FrameUnit.FTE) {
    return round(entries.reduce((sum, entry) => sum + entry.fte, 0));
  }
  return entries.reduce((sum, entry) => sum + (entry.persons ?? (entry.fte > 0 ? 1 : 0)), 0);
}

/** A criterion counts as met only when declared `MET`. */
function criteriaChecks(declared: readonly DeclaredCriterion[]): CriterionCheck[] {
  return INTEGRATION_CRITERIA.map((criterion) => {
    const line = declared.find((candidate) => candidate.criterion === criterion.code);
    return {
      criterion,
      status: line?.status ?? null,
      evidence: line?.evidence ?? null,
      met: line?.status === 'MET',
    };
  });
}

/**
 * A centre against the two conditions the CSSI note states: the minimum frame (what is missing,
 * function by function) and the four integration criteria ("font partie des conditions d'agrément").
 */
export function readiness(
  staffing: readonly StaffingEntry[],
  declaredCriteria: readonly DeclaredCriterion[] = [],
  frame: readonly FrameRequirement[] = MINIMUM_FRAME,
): Readiness {
  const functions = frame.map((requirement) => {
    const have = present(staffing, requirement);
    return {
      ...requirement,
      present: have,
      missing: round(Math.max(0, requirement.minimum - have)),
    };
  });
  const missing = functions.filter((check) => check.missing > 0);
  const criteria = criteriaChecks(declaredCriteria);
  const missingCriteria = criteria.filter((check) => !check.met).map((check) => check.criterion);
  return {
    meetsFrame: missing.length === 0,
    functions,
    missing,
    criteria,
    meetsIntegrationCriteria: missingCriteria.length === 0,
    missingCriteria,
    ready: missing.length === 0 && missingCriteria.length === 0,
  };
}

export interface Budget extends BudgetRule {
  kind: BudgetKind;
  /** The sum of the lines (equal to `publishedTotal`: a unit test checks). */
  total: number;
}

/** The yearly budget of a CSSI of a kind, with its breakdown; the total is the sum of the lines. */
export function budget(kind: BudgetKind): Budget {
  const rule = BUDGETS[kind];
  return { ...rule, kind, total: rule.lines.reduce((sum, entry) => sum + entry.amount, 0) };
}
