import { describe, expect, it } from 'vitest';
import { foldName, nameKey, personName, personPairKeys, skeleton, skeletonKey, stripLegalForms } from '../../../shared/sanctions-lists/names.js';

describe('nameKey', () => {
  it.each([
    ['accents and case', 'Petróleos de Venezuela', 'petroleos de venezuela'],
    ['a legal form after a comma', 'PETROLEOS DE VENEZUELA, S.A.', 'petroleos de venezuela'],
    ['a Russian legal form in front', 'PJSC Sberbank of Russia', 'sberbank of russia'],
    ['a spelled-out legal form', 'PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA', 'sberbank of russia'],
    ['"Co., Ltd." and an ampersand', 'GLOBAL TECHNOLOGY IMPORT & EXPORT CO., LTD.', 'global technology import and export'],
    ['apostrophes inside a name', "AL QA'IDA", 'al qaida'],
    ['hyphens', 'AL-ASSAD, Bashar', 'al assad bashar'],
  ])('folds %s', (_, name, key) => {
    expect(nameKey(name)).toBe(key);
  });

  it('never strips a name down to nothing', () => {
    expect(stripLegalForms(['company', 'limited'])).toEqual(['company']);
    expect(nameKey('THE COMPANY')).toBe('company');
  });

  it('folds punctuation to spaces', () => {
    expect(foldName('  “Adrian Darya 1”  ')).toBe('adrian darya 1');
  });
});

describe('skeleton', () => {
  it.each([
    ['Hezbollah', 'Hizballah'],
    ['Laden', 'Ladin'],
    ['Mohammed', 'Muhammad'],
    ['Yevgeniy', 'Evgeny'],
    ['Khodorkovsky', 'Hodorkovskiy'],
    ['Usama', 'Osama'],
  ])('spells %s and %s alike', (a, b) => {
    expect(skeleton(foldName(a))).toBe(skeleton(foldName(b)));
  });

  it.each([
    ['Omar', 'Amir'],
    ['Sberbank', 'Sperbank'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(skeleton(foldName(a))).not.toBe(skeleton(foldName(b)));
  });

  it('keeps numbers as written', () => {
    expect(skeletonKey('adrian darya 1')).toBe('adrn drya 1'.replace('drya', skeleton('darya')));
  });
});

describe('personName', () => {
  it('splits OFAC\'s "SURNAME, Given Names" and drops particles', () => {
    expect(personName('MADURO MOROS, Nicolas')).toEqual({ surnames: ['maduro', 'moros'], given: ['nicolas'] });
    expect(personName('BIN LADIN, Usama bin Muhammad bin Awad')).toEqual({ surnames: ['ladin'], given: ['usama', 'muhammad', 'awad'] });
  });

  it('keys a person by given name and surname in either order and spelling', () => {
    const listed = personPairKeys(personName('MADURO MOROS, Nicolas'));
    const news = personPairKeys({ given: ['nicolas'], surnames: ['maduro'] });
    expect(listed).toEqual(expect.arrayContaining(news));
  });
});
