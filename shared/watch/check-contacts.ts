import type { ConfigProblem } from '../config/problems.js';
import { formatPath } from '../config/problems.js';
import type { Watch } from './watch.js';

/** RFC 2606 / RFC 6761: example.com, .net and .org, and the .example, .invalid, .test and .localhost TLDs. */
const EXAMPLE_DOMAIN = /(?:^|\.)(?:example\.(?:com|net|org)|[^.]+\.(?:example|invalid|test|localhost))$/i;
/**
 * Numbers reserved for fiction: North American 555-0100 to 555-0199 in every area code, and
 * Ofcom's drama ranges 07700 900xxx (mobile) and 020 7946 0xxx (London).
 */
const FICTIONAL_NUMBER = /^\+(?:1\d{3}55501\d{2}|447700900\d{3}|44207946\d{4})$/;

/** Whether an email address is at a domain reserved for examples (it can never be delivered). */
export const isExampleEmail = (address: string): boolean => EXAMPLE_DOMAIN.test(address.slice(address.lastIndexOf('@') + 1));

/** Whether an E.164 number is reserved for fiction (+1 555-01xx, UK drama numbers). */
export const isExamplePhone = (number: string): boolean => FICTIONAL_NUMBER.test(number);

/**
 * Subscriptions that can only be placeholders: example-domain addresses and fictional numbers.
 * The shipped config uses them so `npm start` and the tests run as is; a deploy must not subscribe them.
 */
export function exampleContacts(watches: readonly Watch[]): ConfigProblem[] {
  return watches.flatMap((watch, w) => [
    ...watch.subscriptions.email.flatMap((address, i) =>
      isExampleEmail(address) ? [{ path: formatPath(['watches', w, 'subscriptions', 'email', i]), message: `"${address}" is an example address` }] : [],
    ),
    ...watch.subscriptions.sms.flatMap((number, i) =>
      isExamplePhone(number) ? [{ path: formatPath(['watches', w, 'subscriptions', 'sms', i]), message: `"${number}" is a number reserved for fiction` }] : [],
    ),
  ]);
}
