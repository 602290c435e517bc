import { BUDGETS, FrameUnit, MINIMUM_FRAME } from './cssi-rules';
import type { BudgetKind, BudgetLine, FrameRequirement } from './cssi-rules';

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

export interface Readiness {
  meetsFrame: boolean;
  /** Every function of the frame, met or not. */
  functions: FrameCheck[];
  /** Only the functions below their minimum, with what is missing. */
  missing: FrameCheck[];
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

/** A centre's staffing against the minimum frame: what is missing, function by function. */
export function readiness(
  staffing: readonly StaffingEntry[],
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
  return { meetsFrame: missing.length === 0, functions, missing };
}

export interface Budget {
  kind: BudgetKind;
  total: number;
  lines: readonly BudgetLine[];
}

/** The yearly budget of a CSSI of a kind, with its breakdown; the total is the sum of the lines. */
export function budget(kind: BudgetKind): Budget {
  const lines = BUDGETS[kind].lines;
  return { kind, lines, total: lines.reduce((sum, entry) => sum + entry.amount, 0) };
}
