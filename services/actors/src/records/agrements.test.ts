import { authorityOf } from './agrements';

describe('agrément authorities', () => {
  it('finds the authority of an agreement, the VGC before the Flemish Community', () => {
    expect(authorityOf('Erkend door de Vlaamse Gemeenschapscommissie')).toBe('VGC');
    expect(authorityOf('Erkend door de Vlaamse Gemeenschap')).toBe('FLEMISH_COMMUNITY');
    expect(authorityOf('agréé par la Commission communautaire française')).toBe('COCOF');
    expect(authorityOf('Iriscare')).toBe('COCOM');
    expect(authorityOf('convention INAMI')).toBe('FEDERAL');
    expect(authorityOf('loi organique des CPAS')).toBe('CPAS_LAW');
    expect(authorityOf('label de qualité')).toBe('OTHER');
  });
});
