import { describe, expect, it } from 'vitest';
import { exampleContacts, isExampleEmail, isExamplePhone } from '../../../shared/watch/check-contacts.js';
import { aWatch } from '../../support/factories.js';

describe('isExampleEmail', () => {
  it.each(['desk@example.com', 'desk@example.org', 'desk@example.net', 'desk@mail.example.com', 'desk@tocsin.invalid', 'desk@ops.test', 'desk@corp.example', 'desk@host.localhost'])(
    'flags %s',
    (address) => expect(isExampleEmail(address)).toBe(true),
  );

  it.each(['desk@examples.com', 'desk@example.co.uk', 'desk@test.com', 'desk@myexample.com', 'desk@tocsin.dev'])('lets %s through', (address) =>
    expect(isExampleEmail(address)).toBe(false),
  );
});

describe('isExamplePhone', () => {
  it.each(['+15555550100', '+12125550199', '+13105550142', '+447700900123', '+442079460000'])('flags the fictional number %s', (number) => expect(isExamplePhone(number)).toBe(true));

  it.each(['+12125550200', '+12125551234', '+447700901123', '+442079470000', '+155555501000'])('lets %s through', (number) => expect(isExamplePhone(number)).toBe(false));
});

describe('exampleContacts', () => {
  it('given example subscriptions among real ones, when listed, then each placeholder is named at its path', () => {
    const watches = [
      aWatch({ subscriptions: { email: ['desk@tocsin.dev', 'team@example.com'], sms: ['+442071838750'] } }),
      aWatch({ id: 'russia', subscriptions: { email: [], sms: ['+12025550123', '+15555550101'] } }),
    ];

    expect(exampleContacts(watches)).toEqual([
      { path: 'watches[0].subscriptions.email[1]', message: '"team@example.com" is an example address' },
      { path: 'watches[1].subscriptions.sms[0]', message: '"+12025550123" is a number reserved for fiction' },
      { path: 'watches[1].subscriptions.sms[1]', message: '"+15555550101" is a number reserved for fiction' },
    ]);
  });
});
