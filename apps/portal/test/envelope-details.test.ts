// The details of answers and error envelopes, through real HTTP, rule by rule from the server's
// source (ONLYOFFICE/CommunityServer 7c503dfb): "HH" module/ASC.Api/ASC.Api/Impl/ApiHttpHandler.cs,
// "IASR" module/ASC.Api/ASC.Api/Interfaces/ResponseTypes/IApiStandartResponce.cs, "Deals"
// module/ASC.Api/ASC.Api.CRM/CRMApi.Deals.cs; docs/real-server.md states them.
import { decodeOpportunity } from '@oo-crm/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BEYOND_INT32, HRESULT, NOT_AN_INT32 } from '../src/aspnet/dotnet.js';
import { type RunningPortal, startPortal } from '../src/index.js';
import { withBidScale } from '../src/routes/wire.js';
import { login } from './helpers.js';

let portal: RunningPortal;
let user: string;
let guest: string;
// A deal the demo user sees, put where a path says `{id}`.
let visible: number;
beforeAll(async () => {
  portal = await startPortal();
  user = await login(portal);
  guest = await login(portal, portal.guest);
  const listed = await fetch(`${portal.url}/api/2.0/crm/opportunity/bycontact/1234`, {
    headers: { authorization: user },
  });
  visible = ((await listed.json()) as { response: Array<{ id: number }> }).response[0]!.id;
});
afterAll(() => portal.close());

const get = async (path: string, token = user) => {
  const response = await fetch(
    `${portal.url}/api/2.0/crm/opportunity/${path.replace('{id}', `${visible}`)}`,
    {
      headers: { authorization: token },
    },
  );
  return { status: response.status, text: await response.text() };
};

describe('hresult: the innermost exception’s HResult (IASR 54-65)', () => {
  it.each([
    ['id 0: ArgumentException', '0', 400, HRESULT.argument, 'Value does not fall within the expected range.'],
    ['id beyond Int32: OverflowException', '2147483648', 400, HRESULT.overflow, BEYOND_INT32],
    ['unknown id: HttpException', '999999', 404, HRESULT.http, 'Not found'],
    [
      'bycontact beyond Int32: OverflowException',
      'bycontact/2147483648',
      400,
      HRESULT.overflow,
      BEYOND_INT32,
    ],
    ['a bad int: FormatException', 'filter?contactid=abc', 400, HRESULT.format, NOT_AN_INT32],
    [
      'an int beyond Int32: OverflowException',
      'filter?opportunityStagesid=9999999999',
      400,
      HRESULT.overflow,
      BEYOND_INT32,
    ],
    ['a bad Guid: FormatException', 'filter?responsibleid=nope', 400, HRESULT.format, undefined],
    ['a bad bool: FormatException', 'filter?contactAlsoIsParticipant=maybe', 400, HRESULT.format, undefined],
    ['a bad enum name: ArgumentException', 'filter?stageType=nope', 400, HRESULT.argument, undefined],
    ['a bad date: ArgumentException', 'filter?fromDate=nope&toDate=nope', 400, HRESULT.argument, undefined],
  ])('%s', async (_, path, status, hresult, message) => {
    const answer = await get(path);
    expect(answer.status).toBe(status);
    const body = JSON.parse(answer.text) as { error: { hresult: number; message: string } };
    expect(body.error.hresult).toBe(hresult);
    if (message !== undefined) expect(body.error.message).toBe(message);
  });

  it('no CRM access: HttpException (403)', async () => {
    const answer = await get('{id}', guest);
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.text)).toMatchObject({ error: { message: 'Forbidden', hresult: HRESULT.http } });
  });

  it('a failed login: AuthenticationException, HTTP 500', async () => {
    const response = await fetch(`${portal.url}/api/2.0/authentication`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userName: portal.user.userName, password: 'wrong' }),
    });
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({
      status: 1,
      statusCode: 500,
      error: { message: 'User authentication failed', hresult: HRESULT.authentication },
    });
  });
});

describe('startIndex echoed on every answer and error envelope (HH 58-59)', () => {
  it.each([
    [
      'one opportunity, JSON',
      '{id}?startIndex=5',
      200,
      '{"count":1,"startIndex":5,"status":0,"statusCode":200,"response":{',
    ],
    [
      'one opportunity, XML',
      '{id}.xml?startIndex=5',
      200,
      '<result><count>1</count><startIndex>5</startIndex><status>0</status>',
    ],
    ['a 404', '999999?startIndex=5', 404, '{"startIndex":5,"status":1,"statusCode":404,"error":{'],
    ['a 400', '0?startIndex=3', 400, '{"startIndex":3,"status":1,"statusCode":400,"error":{'],
    ['a 400 on the filter', 'filter?contactid=abc&startIndex=2', 400, '{"startIndex":2,"status":1,'],
    ['a negative startIndex is 0: not written', '999999?startIndex=-4', 404, '{"status":1,"statusCode":404,'],
  ])('%s', async (_, path, status, start) => {
    const answer = await get(path);
    expect(answer.status).toBe(status);
    expect(answer.text.startsWith(start)).toBe(true);
  });
});

describe('`fields=` and `updatedSince` on opportunity/{id} (Deals 52-61; HH 58-59)', () => {
  it.each([
    ['fields= projects the object (names ignoring case)', '{id}?fields=Title,id', ['title', 'id']],
    ['fields= naming nothing known leaves an empty object', '{id}?fields=nothing', []],
    ['updatedSince has no effect on one object', '{id}?updatedSince=2030-01-01', undefined],
  ])('%s', async (_, path, keys) => {
    const answer = await get(path);
    expect(answer.status).toBe(200);
    const { response } = JSON.parse(answer.text) as { response: Record<string, unknown> };
    if (keys === undefined) expect(response['title']).toBeTypeOf('string');
    else expect(Object.keys(response).sort()).toEqual([...keys].sort());
  });

  it('an unparsable updatedSince is ASP.NET’s 500 page, not the envelope (ApiContext.cs 89)', async () => {
    const answer = await get('{id}?updatedSince=garbage');
    expect(answer.status).toBe(500);
    expect(answer.text.startsWith('<!DOCTYPE html>')).toBe(true);
  });
});

describe('bidValue at the database’s scale in JSON, re-printed in XML (docs/real-server.md, "Values")', () => {
  it.each([
    ['an integer', '{"bidValue":1500,"id":1}', '{"bidValue":1500.000000000,"id":1}'],
    ['a fraction', '{"bidValue":12.5}', '{"bidValue":12.500000000}'],
    [
      'the text of a string is left alone',
      '{"fieldValue":"\\"bidValue\\":1"}',
      '{"fieldValue":"\\"bidValue\\":1"}',
    ],
    [
      'each one of a list',
      '[{"bidValue":-3},{"bidValue":0.25}]',
      '[{"bidValue":-3.000000000},{"bidValue":0.250000000}]',
    ],
    ['no number', '{"bidValue":null,"x":{"bidValue":7}}', '{"bidValue":null,"x":{"bidValue":7.000000000}}'],
    ['past what toFixed writes', '{"bidValue":1e+21}', '{"bidValue":1e+21}'],
  ])('%s', (_, json, written) => {
    expect(withBidScale(json)).toBe(written);
  });

  it('is the one global pattern it replaced, on any JSON', () => {
    // The former reading (a global pattern over the whole text), kept here as the reference.
    const reference = (json: string) =>
      json.replace(/"bidValue":(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/g, (whole, n: string) =>
        Math.abs(Number(n)) < 1e21 ? `"bidValue":${Number(n).toFixed(9)}` : whole,
      );
    const withBids = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue({ maxDepth: 1 }),
        fc.dictionary(fc.constantFrom('bidValue', 'id', '"bidValue":1', 'x'), tie('value')),
        fc.array(tie('value'), { maxLength: 4 }),
        fc.record({ bidValue: fc.oneof(fc.double(), fc.integer(), fc.constant(null)) }),
      ),
    })).value;
    fc.assert(
      fc.property(withBids, (value) => {
        const json = JSON.stringify(value) ?? 'null';
        expect(withBidScale(json)).toBe(reference(json));
      }),
      { numRuns: 500 },
    );
  });

  it('on the wire: 9 decimals in JSON on {id} and the lists, the same values as XML’s', async () => {
    const one = await get('{id}');
    const list = await get('bycontact/1234');
    for (const text of [one.text, list.text]) {
      expect(text).toMatch(/"bidValue":\d+\.\d{9}[,}]/);
      expect(text).not.toMatch(/"bidValue":\d+[,}]/);
    }
    const xml = await get('{id}.xml');
    expect(xml.text).not.toMatch(/<bidValue>\d+\.0+<\/bidValue>/);
    expect(decodeOpportunity(one.text, 'json')).toEqual(decodeOpportunity(xml.text, 'xml'));
  });
});
