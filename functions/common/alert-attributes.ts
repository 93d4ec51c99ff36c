/** SNS message attribute names on every alert; subscription filter policies refer to them. */
export const ALERT_ATTRIBUTE = {
  category: 'category',
  countries: 'countries',
  severity: 'severity',
} as const;
