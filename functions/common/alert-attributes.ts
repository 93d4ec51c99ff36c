/** SNS message attribute names on every alert; subscription filter policies refer to them. */
export const ALERT_ATTRIBUTE = {
  /** Stable per alert: a subscriber that sees one twice can drop the repeat. */
  alertId: 'alertId',
  /** alert | update | digest */
  kind: 'kind',
  category: 'category',
  countries: 'countries',
  severity: 'severity',
} as const;
