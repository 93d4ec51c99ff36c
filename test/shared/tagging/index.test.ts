import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../shared/article/mention.js';
import { DEFAULT_MIN_CONFIDENCE, isAlertable, tagText } from '../../../shared/tagging/index.js';

/** [category, subtype] of each alertable mention, in text order. */
const alerts = (text: string) => tagText(text).filter((m) => isAlertable(m)).map((m) => [m.category, m.subtype]);

describe('tagText: sanctions', () => {
  it.each([
    ['imposed', 'The European Union imposed sanctions on Belarus on Monday.', [['sanctions', 'imposed']]],
    ['imposed, verb "sanctioned"', 'The Treasury sanctioned three Iranian shipping companies.', [['sanctions', 'imposed']]],
    ['eased', 'Washington lifted its embargo on arms sales to Vietnam.', [['sanctions', 'eased']]],
    ['extended', 'EU leaders extended economic sanctions on Russia for six months.', [['sanctions', 'extended']]],
    ['threatened', 'The US threatened Iran with new sanctions.', [['sanctions', 'threatened']]],
    ['called-for', 'Human rights groups urged the UN to impose an arms embargo on South Sudan.', [['sanctions', 'called-for']]],
    ['enforcement', 'The network helped North Korea evade UN sanctions.', [['sanctions', 'enforcement']]],
    ['asset freeze without the word', 'Switzerland froze the assets of five Russian oligarchs.', [['sanctions', 'imposed']]],
    ['consumer boycott counts', 'Activists are calling for a boycott of Israeli goods.', [['sanctions', 'called-for']]],
  ])('%s', (_what, text, expected) => {
    expect(alerts(text)).toEqual(expected);
  });

  it.each([
    ['"sanctioned" meaning approved', 'Parliament sanctioned the deployment plan after a long debate.'],
    ['"sanctioned" meaning authorised, compound', 'It was a state-sanctioned campaign of intimidation.'],
    ['boycott of elections (political abstention)', 'The main opposition party said it will boycott the elections.'],
    ['boycott of a meeting', 'Nigeria boycotted the summit in protest.'],
    ['court asset freeze', 'A court froze the bank accounts of the fraud suspects.'],
    ['administrative ban on a party', 'The government banned the opposition party from the elections.'],
    ['tariffs are trade policy', 'China must drop barriers to U.S. exports or face tariff penalties.'],
    ['negated', 'The EU did not impose sanctions on Turkey.'],
    // Regression rows from tagging the BBC corpus (BBC News, 2004-2005).
    ['doping sanctions are sporting discipline', 'The USADA claims that 10 athletes have received sanctions for testing positive for THG and modafinil.'],
    ['boycott of a concert is a protest of one event', "More than 20 Jonesboro ministers urged music fans to boycott Nelly's 12 March concert at Arkansas State University in a bid to have it cancelled."],
  ])('not alerted: %s', (_what, text) => {
    expect(alerts(text).filter(([c]) => c === 'sanctions')).toEqual([]);
  });
});

describe('tagText: military deployment', () => {
  it.each([
    ['deployed', 'The Pentagon deployed 3,000 troops to Poland.', [['military-deployment', 'deployed']]],
    ['moved brigades', 'Beijing moved two brigades to the border.', [['military-deployment', 'deployed']]],
    ['warships arrived', 'Two Russian warships arrived in Havana on Wednesday.', [['military-deployment', 'deployed']]],
    ['stationed', 'About 28,000 US troops are stationed in South Korea.', [['military-deployment', 'stationed']]],
    ['mobilised', 'Armenia declared a general mobilisation on Sunday.', [['military-deployment', 'mobilised']]],
    ['called up reservists', 'Israel called up 300,000 reservists.', [['military-deployment', 'mobilised']]],
    ['exercise', 'China staged large-scale military drills around Taiwan.', [['military-deployment', 'exercise']]],
    ['withdrawn', 'The last Soviet troops pulled out of Afghanistan in 1989.', [['military-deployment', 'withdrawn']]],
    ['demobilised', 'The demobilisation of rebel and army units began in March.', [['military-deployment', 'demobilised']]],
  ])('%s', (_what, text, expected) => {
    expect(alerts(text)).toEqual(expected);
  });

  // General news phrasing with no "deploy" or "send": rules deployment.overflight, air-cover, patrol,
  // offshore, enter, withdrawal-completed, fortify and the widened alert, mobilise, exercise, stationed rules.
  it.each([
    ['warplanes flew over a city', 'Israeli warplanes flew low over Beirut on Tuesday.', 'deployed'],
    ["a state's aircraft overflew", 'Russian military aircraft overflew the disputed islands twice this week.', 'deployed'],
    ['aircraft named by their state', 'Greek aircraft flew over the island after the incident.', 'deployed'],
    ['air cover', 'American fighter jets provided air cover over the capital.', 'deployed'],
    ['patrolling warships', 'Iranian gunboats were patrolling the Strait of Hormuz.', 'deployed'],
    ['freedom of navigation', 'A US destroyer sailed near the reef in a freedom of navigation operation.', 'deployed'],
    ['ships lying off a coast', 'Two Chinese naval vessels were anchored off the island.', 'stationed'],
    ['stationed off the coast', 'Two Russian frigates are stationed off the Syrian coast.', 'stationed'],
    ['massed around', 'Thousands of soldiers massed around the disputed town.', 'deployed'],
    ['entered a named place', 'Ethiopian troops entered Somalia on Sunday.', 'deployed'],
    ['sailed for', 'A British task force sailed for the South Atlantic.', 'deployed'],
    ['advancing deep into', 'Government forces advanced deep into rebel territory.', 'deployed'],
    ['withdrawal completed', 'Israeli forces completed their withdrawal from the town.', 'withdrawn'],
    ['back to barracks', 'The army returned to barracks after the election.', 'withdrawn'],
    ['on high alert', 'Troops along the frontier remained on high alert.', 'mobilised'],
    ['raised the alert level', 'Seoul raised its military alert level after the launch.', 'mobilised'],
    ['leave cancelled', 'The ministry cancelled all leave for soldiers and officers.', 'mobilised'],
    ['recalled reservists', 'Taiwan recalled 10,000 reservists.', 'mobilised'],
    ['reinforced positions', 'Thailand reinforced its positions along the border.', 'mobilised'],
    ['drills off the coast', 'Chinese drills off the coast of Taiwan angered Taipei.', 'exercise'],
    ['exercises involving forces', 'Exercises involving 40,000 troops began on Monday.', 'exercise'],
    ['a mock invasion', 'Marines staged a mock invasion of the island.', 'exercise'],
    ['a base opened', 'Russia opened a military base in Kyrgyzstan.', 'stationed'],
  ])('general phrasing: %s', (_what, text, subtype) => {
    expect(alerts(text)).toContainEqual(['military-deployment', subtype]);
  });

  it.each([
    ['a ceremonial fly-past', 'RAF jets flew over Buckingham Palace for the Queen\'s birthday.'],
    ['airliners', 'A Ryanair aircraft flew over the Alps before landing.'],
    ['airliner jets', 'Boeing jets flew over the Atlantic.'],
    ['police helicopters', 'Police helicopters flew over the crowd.'],
    ['sorties, not a place', 'The aircraft flew over 200 sorties last month.'],
    ['fire-fighting planes', 'Firefighting planes flew over the blaze all day.'],
    ['a team advancing', 'Navy advanced into the semi-finals.'],
    ['scout troops', 'Scout troops entered the park.'],
    ['entering a war is not a place', 'The army entered the war in 1917.'],
    ['entering politics', 'He served in the forces before entering politics.'],
    ['police patrols', 'Police patrolling the area arrested two men.'],
    ['coastguard patrols', 'Coast guard vessels were patrolling off the coast.'],
    ['patrol attacked', 'Troops patrolling the border were killed by a roadside bomb.'],
    ['a profit alert', 'The company raised its profit alert.'],
    ['a health alert', 'The bird flu alert level was raised in Hong Kong.'],
    ['fans massing', 'Fans massed around the stadium.'],
    ['a market withdrawal', 'The firm completed its withdrawal from the Chinese market.'],
    ['civilians evacuated', 'The evacuation of residents was completed on Sunday.'],
    ['market positions', 'The bank strengthened its positions in Asia.'],
    ['a fly-over of a parade', 'Military planes flew over the parade in Moscow.'],
  ])('general phrasing, not alerted: %s', (_what, text) => {
    expect(alerts(text).filter(([c]) => c === 'military-deployment')).toEqual([]);
  });

  it.each([
    ['police at polling stations', 'Police were deployed at polling stations across the country.'],
    ['security forces are not the military', 'Security forces were deployed to disperse the protesters.'],
    ['software deployment', 'The bank deployed new software across its branches.'],
    ['an attack on troops', 'Militants attacked Israeli troops near the border.'],
    ['clashes', 'Border clashes between India and China erupted in August.'],
    ['arms sale', 'The United States continued to send arms to Pakistan last year.'],
    ['arms delivery', 'Russia delivered S-400 missile systems to Turkey.'],
    ['willingness, not a withdrawal', 'Syria says it is willing to withdraw its troops from Lebanon.'],
    ['a demand, not a deployment', 'The opposition demanded that British troops be withdrawn from Iraq.'],
    ['a planned deployment', 'NATO will send more troops to the Baltic states next year.'],
    ['a delegation is not a force', 'Moscow decided to send a delegation of Soviet leaders.'],
    ['physical exercise', 'Soldiers need regular physical exercise.'],
    ['mobilising voters', 'The party mobilised voters in the north.'],
    // Regression row from tagging the BBC corpus: an era long past, outside the trigger's clause.
    ['wartime service is background', 'He served as a pilot with the Royal Air Force during World War II, flying fighter planes to the Middle East.'],
  ])('not alerted: %s', (_what, text) => {
    expect(alerts(text).filter(([c]) => c === 'military-deployment')).toEqual([]);
  });
});

describe('tagText: regressions', () => {
  it.each([
    ['"soldiers" read as an arms sale ("sold...")', 'Over the next several days, the number of Thai and Cambodian soldiers deployed to the area increased.', [['military-deployment', 'deployed']]],
    ['"positions" read as the verb "position"', 'The US conducted Operation Desert Strike, bombing Iraqi military positions and air defense systems.', []],
    ['"South American" read as "American"', 'Russian and Venezuelan forces conducted a joint military exercise in the South American country.', [['military-deployment', 'exercise']]],
    ['"reported to be assembling" read as planned', 'At that time Peruvian reinforcements were reported to be assembling near Leticia.', [['military-deployment', 'deployed']]],
    ['a call for mobilisation is an order', 'Egypt responded with military resistance and a call for general mobilization.', [['military-deployment', 'mobilised']]],
    ['a fleet of test cars', 'It is to deploy a fleet of 35,000 test cars across 40 countries.', []],
    ['spam blacklists', 'Spamhaus circulates blacklists of net addresses known to harbour infected machines.', []],
  ])('%s', (_what, text, expected) => {
    expect(alerts(text)).toEqual(expected);
  });
});

describe('mentions', () => {
  const text = 'In a show of solidarity, \u201cRussian\u201d forces \u2014 and Venezuelan ones \u2014 held joint drills. The EU imposed sanctions on Belarus.';
  const mentions = tagText(text);

  it('carry spans that are UTF-16 offsets into the original text', () => {
    expect(mentions.length).toBe(2);
    for (const m of mentions) {
      expect(text.slice(m.trigger.start, m.trigger.end)).toBe(m.trigger.text);
      expect(text.slice(m.evidence.start, m.evidence.end)).toBe(m.evidence.text);
      expect(m.trigger.start).toBeGreaterThanOrEqual(m.evidence.start);
      expect(m.trigger.end).toBeLessThanOrEqual(m.evidence.end);
    }
  });

  it('record rule ids, a confidence in 0..1 and, for sanctions, the target kind', () => {
    const sanction = mentions.find((m) => m.category === 'sanctions') as Mention;
    expect(sanction).toMatchObject({ ruleId: 'sanctions.imposed', targetKind: 'country', agents: [{ kind: 'organisation', name: 'EU' }], patients: [{ kind: 'state', code: 'BY' }] });
    expect(sanction.confidence).toBeGreaterThan(DEFAULT_MIN_CONFIDENCE);
    expect(sanction.confidence).toBeLessThanOrEqual(1);
  });

  it('returns nothing for an unrelated text', () => {
    expect(tagText('The central bank kept interest rates on hold.')).toEqual([]);
  });
});

describe('isAlertable', () => {
  const base = tagText('The EU imposed sanctions on Belarus.')[0] as Mention;

  it.each([
    ['asserted above the threshold', { modality: 'asserted' as const, confidence: 0.9 }, true],
    ['reported', { modality: 'reported' as const, confidence: 0.9 }, true],
    ['planned', { modality: 'planned' as const, confidence: 0.9 }, false],
    ['negated', { modality: 'negated' as const, confidence: 0.9 }, false],
    ['below the threshold', { modality: 'asserted' as const, confidence: DEFAULT_MIN_CONFIDENCE - 0.01 }, false],
  ])('by default: %s', (_what, change, expected) => {
    expect(isAlertable({ ...base, ...change })).toBe(expected);
  });

  it('honours a watch that opts in to other modalities and thresholds', () => {
    expect(isAlertable({ ...base, modality: 'planned' }, { modalities: ['planned'] })).toBe(true);
    expect(isAlertable({ ...base, confidence: 0.6 }, { minConfidence: 0.7 })).toBe(false);
  });
});
