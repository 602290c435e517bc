import type { AgrementAuthorityCode } from '@bxl/common';

/** The authority named in an agreement's text; the VGC before the Flemish Community it contains. */
export const AUTHORITY_PATTERNS: ReadonlyArray<[AgrementAuthorityCode, RegExp]> = [
  ['VGC', /\bVGC\b|vlaamse gemeenschapscommissie|commission communautaire flamande/i],
  [
    'COCOF',
    /\bCOCOF\b|\bFGC\b|commission communautaire fran[cç]aise|franse gemeenschapscommissie/i,
  ],
  [
    'COCOM',
    /\bCOCOM\b|\bGGC\b|\bIRISCARE\b|commission communautaire commune|gemeenschappelijke gemeenschapscommissie/i,
  ],
  ['FLEMISH_COMMUNITY', /vlaamse gemeenschap|communaut[eé] flamande|flemish community/i],
  ['FEDERAL', /f[eé]d[eé]ral|\bINAMI\b|\bRIZIV\b|\bSPF\b|\bFOD\b/i],
  ['CPAS_LAW', /\bCPAS\b|\bOCMW\b|loi organique|organieke wet/i],
];

export function authorityOf(text: string): AgrementAuthorityCode {
  return AUTHORITY_PATTERNS.find(([, pattern]) => pattern.test(text))?.[0] ?? 'OTHER';
}
