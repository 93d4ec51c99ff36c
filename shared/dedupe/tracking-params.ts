/**
 * Query parameters that say how a reader arrived, not which article they read: dropped from
 * canonical URLs. Names are matched case-insensitively. Parameters that can select content on
 * some sites (`id`, `p`, `page`, `cid`, `source`, `partner`) are deliberately absent.
 */
export const TRACKING_PARAMS: ReadonlySet<string> = new Set([
  // Google Analytics / Ads, Microsoft, Yandex, Meta, X, TikTok, LinkedIn click ids
  '_ga', '_gl', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'fbclid', 'igshid',
  'twclid', 'ttclid', 'li_fat_id', 'srsltid',
  // Mailchimp, HubSpot, Marketo, Adobe, Webtrends
  'mc_cid', 'mc_eid', '_hsenc', '_hsmi', 'mkt_tok', 's_cid', 's_kwcid', 'wt.mc_id', 'wt_mc_id',
  // publishers' own share and referral tags (BBC ns_/at_, NYT smid, Microsoft Start ocid, CNN/Guardian CMP)
  'ref', 'ref_src', 'ref_url', 'referrer', 'cmpid', 'cmp', 'ocid', 'icid', 'smid', 'smtyp', 'emc',
  'ns_mchannel', 'ns_source', 'ns_campaign', 'ns_linkname', 'ns_fee', 'at_medium', 'at_campaign',
  'at_custom1', 'at_custom2', 'at_custom3', 'at_custom4', 'rss',
]);

/** Parameter families matched by prefix: Google's utm_* and Piwik/Matomo's pk_* and mtm_*. */
export const TRACKING_PARAM_PREFIXES: readonly string[] = ['utm_', 'pk_', 'mtm_'];
