#!/usr/bin/env node
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { renderOpenApi } from '../contract.js';
import { openDatabase } from '../db/database.js';
import { loadMigrations, migrate } from '../db/migrate.js';
import { findPartner } from '../db/partners.js';
import { withTenant } from '../db/tenant.js';
import { issueApiKey } from '../services/apiKeys.js';
import { configOrExit, createLogger, serve, startService } from '../server.js';

const USAGE = `usage: partnerdesk <command>

  serve                                   run the service (the default)
  migrate                                 apply pending migrations and exit
  openapi [--out FILE]                    write the OpenAPI contract (default openapi/openapi.json; - for stdout)
  partners create --name NAME --kind KIND [--indirect-provider-id ID] [--competency LEVEL]
                                          create a partner and print it with its first admin_agent key
  keys create --partner ID [--name NAME]  a new admin_agent key for a partner (e.g. when its keys are lost);
                                          other roles are created with it through POST /v1/api-keys

Configuration comes from the environment (see README).`;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

async function main(argv: string[]): Promise<void> {
  const [command = 'serve', ...rest] = argv;
  switch (command) {
    case 'serve':
      return serve(configOrExit());
    case 'migrate': {
      const config = configOrExit();
      const log = createLogger(config);
      const database = await openDatabase(config, log);
      try {
        const applied = await migrate(database.ownerUrl, loadMigrations());
        process.stdout.write(`${JSON.stringify({ applied })}\n`);
      } finally {
        await database.stop();
      }
      return;
    }
    case 'openapi': {
      const { values } = parseArgs({
        args: rest,
        options: { out: { type: 'string', default: 'openapi/openapi.json' } },
      });
      const document = await renderOpenApi();
      if (values.out === '-') process.stdout.write(document);
      else {
        await mkdir(dirname(values.out), { recursive: true });
        await writeFile(values.out, document);
      }
      return;
    }
    case 'partners': {
      const [sub, ...args] = rest;
      if (sub !== 'create') fail(USAGE);
      const { values } = parseArgs({
        args,
        options: {
          name: { type: 'string' },
          kind: { type: 'string' },
          'indirect-provider-id': { type: 'string' },
          competency: { type: 'string' },
        },
      });
      const config = configOrExit();
      const operatorToken = config.operatorToken ?? 'cli-local-operator-token';
      const service = await startService({ ...config, operatorToken }, createLogger({ logLevel: 'warn' }), {
        jobs: false,
      });
      try {
        // Through the HTTP route itself, so the CLI applies exactly the API's rules and errors.
        const response = await service.app.inject({
          method: 'POST',
          url: '/v1/partners',
          headers: { authorization: `Bearer ${operatorToken}` },
          payload: {
            name: values.name,
            kind: values.kind,
            ...(values['indirect-provider-id'] ? { indirectProviderId: values['indirect-provider-id'] } : {}),
            ...(values.competency ? { competency: values.competency } : {}),
          },
        });
        process.stdout.write(`${JSON.stringify(response.json(), null, 2)}\n`);
        if (response.statusCode !== 201) process.exitCode = 1;
      } finally {
        await service.close();
      }
      return;
    }
    case 'keys': {
      const [sub, ...args] = rest;
      if (sub !== 'create') fail(USAGE);
      const { values } = parseArgs({
        args,
        options: { partner: { type: 'string' }, name: { type: 'string', default: 'operator-issued admin key' } },
      });
      if (!values.partner || !/^[0-9a-f-]{36}$/i.test(values.partner)) fail('keys create needs --partner <partner id>');
      const config = configOrExit();
      const service = await startService(config, createLogger({ logLevel: 'warn' }), { jobs: false });
      try {
        const partnerId = values.partner;
        const key = await withTenant(service.app.pool, partnerId, async (tx) => {
          if (!(await findPartner(tx, partnerId))) return undefined;
          return issueApiKey(tx, { partnerId, name: values.name, role: 'admin_agent' });
        });
        if (key) process.stdout.write(`${JSON.stringify(key, null, 2)}\n`);
        else {
          process.stderr.write(`no partner ${values.partner}\n`);
          process.exitCode = 1;
        }
      } finally {
        await service.close();
      }
      return;
    }
    case 'help':
    case '--help':
      process.stdout.write(`${USAGE}\n`);
      return;
    default:
      fail(USAGE);
  }
}

await main(process.argv.slice(2));
