// The reference portal in its own process for the HTTP benchmark, so that client and server do
// not share one event loop. Contact 4242 holds 100 opportunities; prints the URL, then serves.
import { startTestPortal } from '@oo-crm/portal/testing';

const portal = await startTestPortal();
portal.test.setState('contact {contactId} has {count} opportunities', { contactId: 4242, count: 100 });
process.stdout.write(`${JSON.stringify({ url: portal.url, user: portal.user })}\n`);
process.on('SIGTERM', () => portal.close().then(() => process.exit(0)));
