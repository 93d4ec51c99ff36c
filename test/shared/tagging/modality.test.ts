import { describe, expect, it } from 'vitest';
import { detect } from '../../../shared/tagging/detect.js';
import { readModality } from '../../../shared/tagging/modality.js';

const read = (text: string) => {
  const c = detect(text)[0];
  if (!c) throw new Error(`no candidate in ${text}`);
  return readModality(text, c);
};

describe('readModality', () => {
  it.each([
    ['asserted', 'Russia sent troops to the border.', 'asserted'],
    ['reported', 'Russia sent troops to the border, officials said.', 'reported'],
    ['negated', 'Russia did not send troops to the border.', 'negated'],
    ['hypothetical', 'Russia could send troops to the border.', 'hypothetical'],
    ['planned', 'Russia will send troops to the border.', 'planned'],
    ['planned (passive future in the trigger)', 'More troops are to be sent to the border.', 'planned'],
    ['threatened', 'Russia threatened to send troops to the border.', 'threatened'],
    ['historical', 'Decades ago Britain used to station troops in Aden.', 'historical'],
    ['a willingness is not a withdrawal', 'Syria says it is willing to withdraw its troops from Lebanon.', 'hypothetical'],
    ['a decision is asserted', 'The US responded with a decision to send 400 army paratroops and marines to the island.', 'asserted'],
    ['a denial governs the clause it introduces', 'The Russian defence ministry denied that it had deployed troops to Venezuela.', 'negated'],
    ['dismissing reports is a denial', 'Officials dismissed reports that Russia had sent troops to Syria.', 'negated'],
    ['a denial elsewhere in the sentence does not negate', 'Russia sent troops to the border, officials said, although Moscow denies any plan to invade.', 'reported'],
    ['the subordinate clause has its own modality', 'Pompeo warned that the US will not stand idly by as Moscow inserts military personnel into Venezuela.', 'asserted'],
  ])('%s', (_what, text, modality) => {
    expect(read(text).modality).toBe(modality);
  });

  it.each([
    ['a threat of sanctions is an asserted threat', 'The US threatened to impose sanctions on Iran.', 'threatened', 'asserted'],
    ['a conditional measure is a threat', 'The US is prepared to consider imposing sanctions if they fail to cooperate.', 'threatened', 'asserted'],
    ['a call is the event', 'Activists called for a boycott of Israeli goods.', 'called-for', 'asserted'],
    ['an obligation is a call', 'The EU should impose sanctions on Belarus.', 'called-for', 'asserted'],
    ['a planned easing stays planned', 'Sanctions on Iran will be lifted next year.', 'eased', 'planned'],
  ])('sanctions: %s', (_what, text, subtype, modality) => {
    expect(read(text)).toEqual({ subtype, modality });
  });
});

describe('readModality with the article’s publication year', () => {
  const sentence = 'The measures add to an arms embargo the EU imposed on Venezuela in 2017.';
  const modalityIn = (year?: number) => {
    const c = detect(sentence)[0]!;
    return readModality(sentence, c, { year }).modality;
  };

  it('reads an event dated to an earlier year as background', () => {
    expect(modalityIn(2019)).toBe('historical');
  });

  it('reads the same sentence as news in the year it happened, or when the year is unknown', () => {
    expect(modalityIn(2017)).toBe('asserted');
    expect(modalityIn(undefined)).toBe('asserted');
  });

  it('does not treat an ongoing measure "since" a year as background', () => {
    const ongoing = 'The EU has kept an arms embargo on Venezuela since 2017.';
    expect(readModality(ongoing, detect(ongoing)[0]!, { year: 2019 }).modality).not.toBe('historical');
  });
});
