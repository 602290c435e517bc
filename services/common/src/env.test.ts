import { z } from 'zod';

import { baseEnvShape, EnvError, parseEnv, portSchema } from './env';

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof EnvError) {
      return error.problems;
    }
    throw error;
  }
  throw new Error('expected an EnvError');
}

describe('parseEnv', () => {
  it('applies the defaults of the base shape to an empty environment', () => {
    expect(parseEnv(baseEnvShape, {})).toEqual({
      NODE_ENV: 'development',
      LOG_LEVEL: 'info',
      HOST: '127.0.0.1',
      DB_STATEMENT_TIMEOUT_MS: 8000,
    });
  });

  it('keeps the values given instead of the defaults', () => {
    const env = parseEnv(baseEnvShape, {
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgres://user@db.example:5432/directory',
      DB_STATEMENT_TIMEOUT_MS: '0',
    });
    expect(env).toEqual({
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgres://user@db.example:5432/directory',
      DB_STATEMENT_TIMEOUT_MS: 0,
    });
  });

  it('returns only the variables of the shape, not the rest of the environment', () => {
    const env = parseEnv(baseEnvShape, { PATH: '/usr/bin', NODE_ENV: 'test' });
    expect(env).not.toHaveProperty('PATH');
    expect(env.NODE_ENV).toBe('test');
  });

  it('lists every problem at once, each named by its variable', () => {
    const problems = problemsOf(() =>
      parseEnv(baseEnvShape, {
        NODE_ENV: 'staging',
        LOG_LEVEL: 'loud',
        HOST: '',
        DATABASE_URL: 'not a url',
      }),
    );
    expect(problems).toHaveLength(4);
    const named = problems.map((problem) => problem.slice(0, problem.indexOf(':')));
    expect(named.sort()).toEqual(['DATABASE_URL', 'HOST', 'LOG_LEVEL', 'NODE_ENV']);
  });

  it('puts every problem in the message, one per line', () => {
    const source = { NODE_ENV: 'staging', HOST: '' };
    let caught: unknown;
    try {
      parseEnv(baseEnvShape, source);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(EnvError);
    const error = caught as EnvError;
    expect(error.name).toBe('EnvError');
    expect(error.problems).toHaveLength(2);
    for (const problem of error.problems) {
      expect(error.message).toContain(`  - ${problem}`);
    }
    expect(error.message.split('\n')).toHaveLength(3);
  });

  it('reports a missing required variable of an extended shape along with the others', () => {
    const shape = { ...baseEnvShape, GATEWAY_SECRET: z.string().min(16) };
    const problems = problemsOf(() => parseEnv(shape, { LOG_LEVEL: 'chatty' }));
    expect(problems).toHaveLength(2);
    expect(problems.some((problem) => problem.startsWith('GATEWAY_SECRET: '))).toBe(true);
    expect(problems.some((problem) => problem.startsWith('LOG_LEVEL: '))).toBe(true);
  });
});

describe('portSchema', () => {
  const shape = { PORT: portSchema(4000) };

  it('uses the fallback when the variable is absent', () => {
    expect(parseEnv(shape, {}).PORT).toBe(4000);
    expect(parseEnv({ PORT: portSchema(4321) }, {}).PORT).toBe(4321);
  });

  it('uses the fallback for an empty value (PORT= in a compose file), not port 0', () => {
    expect(parseEnv(shape, { PORT: '' }).PORT).toBe(4000);
  });

  it('coerces the string of the environment to a number', () => {
    expect(parseEnv(shape, { PORT: '8080' }).PORT).toBe(8080);
  });

  it('accepts 0 (system-chosen port) and 65535', () => {
    expect(parseEnv(shape, { PORT: '0' }).PORT).toBe(0);
    expect(parseEnv(shape, { PORT: '65535' }).PORT).toBe(65535);
  });

  it.each(['65536', '-1', '80.5', 'http'])('rejects %p', (value) => {
    const problems = problemsOf(() => parseEnv(shape, { PORT: value }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^PORT: /);
  });

  it('reports bad ports alongside the problems of the base shape', () => {
    const problems = problemsOf(() =>
      parseEnv({ ...baseEnvShape, ...shape }, { PORT: '70000', NODE_ENV: 'qa' }),
    );
    expect(problems).toHaveLength(2);
  });
});
