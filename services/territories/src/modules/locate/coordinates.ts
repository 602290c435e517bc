import type { Problem } from '@bxl/common';

/** Problems with one point, naming the field (`points[3].latitude`, or `latitude`). */
export function coordinateProblems(latitude: number, longitude: number, prefix = ''): Problem[] {
  const problems: Problem[] = [];
  if (!Number.isFinite(latitude) || latitude < -90 || latitude > 90) {
    problems.push({
      field: `${prefix}latitude`,
      message: `latitude must be between -90 and 90, got ${latitude}`,
    });
  }
  if (!Number.isFinite(longitude) || longitude < -180 || longitude > 180) {
    problems.push({
      field: `${prefix}longitude`,
      message: `longitude must be between -180 and 180, got ${longitude}`,
    });
  }
  return problems;
}
