/**
 * Fixtures for tests of this subgraph (unit tests here, suites in `tests/`): `@bxl/collaborations/testkit`.
 */

/** Staff exactly at the CSSI note's minimum frame (§ 2.2): two GPs sharing 1.2 FTE, one nurse. */
export const MINIMUM_FRAME_STAFFING = [
  { function: 'SOCIAL_WORKER', fte: 3 },
  { function: 'ADMINISTRATION', fte: 1 },
  { function: 'RECEPTION', fte: 1.5 },
  { function: 'COMMUNITY_ACTION', fte: 0.5 },
  { function: 'COORDINATION', fte: 1 },
  { function: 'GENERAL_PRACTITIONER', fte: 1.2, persons: 2 },
  { function: 'NON_MEDICAL_HEALTH', fte: 0.5 },
  { function: 'PSYCHOLOGIST', fte: 0.5 },
];
