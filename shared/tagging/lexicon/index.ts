import { AIR_SEA_RULES } from './deployment-air-sea.js';
import { DEPLOYMENT_RULES } from './deployment.js';
import { SANCTIONS_RULES } from './sanctions.js';
import type { LexiconRule } from './types.js';

/** Every rule, in priority order: where two rules' triggers overlap, the earlier rule wins. */
export const LEXICON: readonly LexiconRule[] = [...SANCTIONS_RULES, ...DEPLOYMENT_RULES, ...AIR_SEA_RULES];

/**
 * Literal word starts, at least one of which occurs in every sentence any rule can tag (the
 * lexicon test checks every rule's examples). One pass of this list over a text finds the few
 * sentences worth running the rules on; rules then filter further by their own `keywords`.
 */
export const ANCHOR_STEMS: readonly string[] = [
  // sanctions
  'sanction', 'embargo', 'boycott', 'blacklist', 'black-list', 'entity list', 'froze', 'freez', 'frozen', 'barred', 'bars ',
  'bar ', 'banned', 'bans', 'ban ', 'banning', 'prohibit', 'forbid', 'forbade', 'blocked', 'blocking', 'blocks', 'block ',
  'designat', 'export control', 'cut off', 'cuts off', 'cutting off', 'restrictive measures', 'asset freeze', 'swift',
  // forces
  'troop', 'soldier', 'servicem', 'servicewom', 'forces', 'force of', 'task force', 'expeditionary', 'military', 'army',
  'armies', 'navy', 'naval', 'marine', 'paratroop', 'commando', 'infantry', 'brigade', 'battalion', 'regiment', 'airborne',
  'mechanised', 'mechanized', 'tank division', 'divisions of',
  'peacekeep', 'peace-keep', 'reservist', 'reserves', 'conscript', 'reinforcement', 'warship', 'warplane', 'war-plane',
  'war plane', 'war vessel', 'war ship', 'gunboat', 'destroyer', 'frigate', 'corvette', 'submarine', 'aircraft carrier', 'carrier group',
  'carrier strike', 'fleet', 'flotilla', 'patrol', 'bomber', 'fighter', 'jets', 'helicopter', 'gunship', 'tanks', 'transport',
  'cargo', 'attack aircraft', 'attack plane', 'attack jet', 'attack drone', 'spy plane', 'spy drone', 'spy aircraft',
  'surveillance', 'reconnaissance',
  'armored', 'armoured', 'artillery', 'missile', 'air defen', 'contingent', 'national guard', 'garrison', 'boots on',
  'squadron', 'personnel', 'special units', 'combat', 'tank column', 'convoy', 'uss ', 'hms ', 'hmas ', 'hmcs ',
  // aircraft and ships named by a state's adjective, air cover, patrols
  'aircraft', 'planes', 'drones', 'overfl', 'air cover', 'air umbrella', 'air patrol', 'freedom of navigation',
  'freedom-of-navigation',
  // deployment words without a force noun
  'mobili', 'demobili', 'deploy', 'redeploy', 'exercise', 'drill', 'manoeuvre', 'maneuver', 'war game', 'war-game',
  'wargame', 'build-up', 'buildup', 'build up', 'builds up', 'building up', 'built up', 'withdraw', 'withdrew',
  'pull-out', 'pullout', 'pull-back', 'pullback', 'drawdown', 'evacuation', 'repatriation', 'disband', 'dissolv',
  'stood down', 'stand down', 'stands down', 'standing down', 'alert', 'readiness', 'war footing', 'standby', 'stand-by',
  'ready for', 'war posture', 'presence', 'advanced', 'advancing', 'advance on', 'advance into', 'advance to',
  'advances on', 'advances into', 'intervention', 'landed', 'landing', 'call-up', 'callup', 'called up',
  'call up', 'calls up', 'calling up', 'concentration', 'force movement', 'defcon', 'reinforc', 'fortif', 'simulated', 'mock ',
];
