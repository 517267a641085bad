// The one file importing aedes: an in-process broker on 127.0.0.1 (random port) for fast unit tests, with an
// optional user name and password it checks the way a broker's password file would.
import { createServer } from 'node:net';
import { Aedes, type AuthenticateError } from 'aedes';

export interface InProcessBroker {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export async function startAedes(opts: { username?: string; password?: string } = {}): Promise<InProcessBroker> {
  const broker = await Aedes.createBroker({
    authenticate: (_client, username, password, done) => {
      if (opts.username === undefined) return done(null, true);
      if (username === opts.username && password?.toString() === opts.password) return done(null, true);
      const err = Object.assign(new Error('bad user name or password'), { returnCode: 4 }) as AuthenticateError;
      done(err, false);
    },
  });
  const server = createServer(broker.handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = address && typeof address === 'object' ? address.port : 0;
  return {
    url: `mqtt://127.0.0.1:${port}`,
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        broker.close(() => server.close(() => resolve()));
      }),
  };
}
