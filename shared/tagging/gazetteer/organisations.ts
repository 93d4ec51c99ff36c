/**
 * Named bodies that impose sanctions or deploy forces and keep their own name as actors,
 * and government bodies that stand for their state ("the Treasury" is not a state, but its
 * sanctions are the state's).
 */
export interface OrganisationEntry {
  /** Canonical name reported on the actor. */
  name: string;
  surfaces: readonly string[];
  /** Set when the body acts for one state: the actor then resolves to that state. */
  state?: string;
}

export const ORGANISATIONS: readonly OrganisationEntry[] = [
  { name: 'EU', surfaces: ['European Union', 'EU', 'E.U.', 'European Commission', 'European Council', 'Brussels', 'EU3', 'European Community', 'EC', 'EEC', 'European Economic Community'] },
  { name: 'UN', surfaces: ['United Nations', 'UN', 'U.N.', 'Security Council', 'UN Security Council', 'U.N. Security Council', 'UNSC', 'General Assembly', 'UNPROFOR', 'MONUC', 'MONUSCO', 'UNIFIL', 'UNAMID', 'MINUSMA', 'UNCIP', 'UNEF', 'blue helmets', 'Blue Helmets'] },
  { name: 'NATO', surfaces: ['NATO', 'Nato', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'Atlantic alliance', 'KFOR', 'ISAF', 'SFOR', 'IFOR'] },
  { name: 'OAS', surfaces: ['Organization of American States', 'Organisation of American States', 'OAS'] },
  { name: 'AU', surfaces: ['African Union', 'AU', 'AMISOM', 'Organisation of African Unity', 'Organization of African Unity', 'OAU'] },
  { name: 'ECOWAS', surfaces: ['ECOWAS', 'Economic Community of West African States', 'ECOMOG'] },
  { name: 'ASEAN', surfaces: ['ASEAN', 'Asean', 'Association of Southeast Asian Nations'] },
  { name: 'Arab League', surfaces: ['Arab League', 'League of Arab States'] },
  { name: 'GCC', surfaces: ['Gulf Cooperation Council', 'GCC'] },
  { name: 'OSCE', surfaces: ['OSCE', 'Organization for Security and Co-operation in Europe', 'Organisation for Security and Co-operation in Europe', 'CSCE'] },
  { name: 'CSTO', surfaces: ['CSTO', 'Collective Security Treaty Organization'] },
  { name: 'CIS', surfaces: ['Commonwealth of Independent States', 'CIS'] },
  { name: 'Warsaw Pact', surfaces: ['Warsaw Pact', 'Warsaw Treaty Organization', 'WTO forces'] },
  { name: 'IAAF', surfaces: ['IAAF', 'World Athletics'] },
  { name: 'IOC', surfaces: ['International Olympic Committee', 'IOC'] },
  { name: 'FIFA', surfaces: ['FIFA', 'Fifa'] },
  { name: 'OPEC', surfaces: ['OPEC', 'Opec'] },
  { name: 'US Treasury', surfaces: ['Treasury Department', 'US Treasury', 'U.S. Treasury', 'Office of Foreign Assets Control', 'OFAC', 'Commerce Department', 'Department of Commerce', 'Bureau of Industry and Security', 'Pentagon'], state: 'US' },
  { name: 'US Congress', surfaces: ['US Congress', 'U.S. Congress', 'Congress', 'US Senate', 'U.S. Senate', 'House of Representatives'], state: 'US' },
  { name: 'US administration', surfaces: ['Trump administration', 'Biden administration', 'Obama administration', 'Bush administration', 'Clinton administration', 'Reagan administration', 'Carter administration', 'Nixon administration', 'Kennedy administration'], state: 'US' },
  { name: 'Israel Defense Forces', surfaces: ['IDF', 'Israel Defense Forces', 'Israel Defence Forces'], state: 'IL' },
  { name: 'Korean People\'s Army', surfaces: ["Korean People's Army", 'KPA'], state: 'KP' },
  { name: "People's Liberation Army", surfaces: ["People's Liberation Army", 'PLA'], state: 'CN' },
  { name: 'Kwantung Army', surfaces: ['Kwantung Army'], state: 'JP' },
  { name: 'Red Army', surfaces: ['Red Army'], state: 'SU' },
  { name: 'Wehrmacht', surfaces: ['Wehrmacht'], state: 'DE' },
];

/**
 * Leaders named as the acting side ("President Bill Clinton has imposed sanctions"): the actor
 * resolves to their state. Surnames only where news uses them alone.
 */
export const LEADERS: readonly { surface: string; state: string }[] = [
  ...['Trump', 'Biden', 'Obama', 'Clinton', 'Reagan', 'Carter', 'Nixon', 'Kennedy', 'Eisenhower', 'Truman', 'Roosevelt', 'Pompeo', 'Blinken', 'Rubio', 'Kerry', 'Tillerson'].map((surface) => ({ surface, state: 'US' })),
  ...['Putin', 'Medvedev', 'Lavrov', 'Yeltsin', 'Shoigu'].map((surface) => ({ surface, state: 'RU' })),
  ...['Khrushchev', 'Brezhnev', 'Gorbachev', 'Stalin', 'Andropov'].map((surface) => ({ surface, state: 'SU' })),
  ...['Xi Jinping', 'Hu Jintao', 'Mao', 'Deng Xiaoping'].map((surface) => ({ surface, state: 'CN' })),
  ...['Kim Jong-un', 'Kim Jong Un', 'Kim Jong-il', 'Kim Jong-Il', 'Kim Il-sung', 'Kim Il-Sung'].map((surface) => ({ surface, state: 'KP' })),
  ...['Maduro', 'Chavez', 'Chávez'].map((surface) => ({ surface, state: 'VE' })),
  ...['Erdogan', 'Erdoğan'].map((surface) => ({ surface, state: 'TR' })),
  ...['Netanyahu'].map((surface) => ({ surface, state: 'IL' })),
  ...['Khamenei', 'Rouhani', 'Ahmadinejad'].map((surface) => ({ surface, state: 'IR' })),
  ...['Zelensky', 'Zelenskyy'].map((surface) => ({ surface, state: 'UA' })),
  ...['Lukashenko'].map((surface) => ({ surface, state: 'BY' })),
  ...['Assad'].map((surface) => ({ surface, state: 'SY' })),
  ...['Saddam Hussein', 'Saddam'].map((surface) => ({ surface, state: 'IQ' })),
  ...['Gaddafi', 'Qaddafi', 'Qadhafi'].map((surface) => ({ surface, state: 'LY' })),
  ...['Macron', 'Chirac', 'Sarkozy', 'Mitterrand', 'Mitterand', 'de Gaulle'].map((surface) => ({ surface, state: 'FR' })),
  ...['Blair', 'Sunak', 'Starmer', 'Thatcher', 'Jack Straw'].map((surface) => ({ surface, state: 'GB' })),
  ...['Merkel', 'Scholz', 'Schroeder', 'Schröder', 'Hitler'].map((surface) => ({ surface, state: 'DE' })),
  ...['Modi'].map((surface) => ({ surface, state: 'IN' })),
  ...['Nasser', 'Nasir', 'Sadat', 'Mubarak', 'Sisi'].map((surface) => ({ surface, state: 'EG' })),
  ...['Idi Amin'].map((surface) => ({ surface, state: 'UG' })),
];
