import { defaultLang, parseArgs, UsageError } from '../../src/cli/args';

function usage(argv: string[]): UsageError {
  try {
    parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) return e;
    throw e;
  }
  throw new Error('no usage error');
}

describe('parseArgs', () => {
  it('parses check with its options, in either spelling', () => {
    expect(parseArgs(['check', 'a.xlsx', 'dir', '--format', 'json', '--profile=p.json'])).toMatchObject({
      command: 'check',
      paths: ['a.xlsx', 'dir'],
      format: 'json',
      profile: 'p.json',
      lang: 'zh',
      rules: {},
      fileTimeout: 60,
      fileMemory: 768,
    });
    expect(parseArgs(['check', '--format=text', '--lang', 'en', 'a.xlsx'])).toMatchObject({
      format: 'text',
      lang: 'en',
      paths: ['a.xlsx'],
    });
  });

  it('takes paths after -- as paths', () => {
    expect(parseArgs(['check', '--', '--odd-name.xlsx'])).toMatchObject({ paths: ['--odd-name.xlsx'] });
  });

  it('gives help and version', () => {
    expect(parseArgs(['--help'])).toEqual({ command: 'help', lang: 'zh' });
    expect(parseArgs(['check', '-h', '--lang', 'en'])).toEqual({ command: 'help', lang: 'en' });
    expect(parseArgs(['-V'])).toEqual({ command: 'version', lang: 'zh' });
    expect(parseArgs(['--version'])).toEqual({ command: 'version', lang: 'zh' });
  });

  it('rejects what it does not know, in Chinese and English', () => {
    expect(usage([]).text.zh).toContain('缺少命令');
    expect(usage(['check']).text.zh).toContain('文件');
    expect(usage(['chek', 'a.xlsx']).text.en).toContain('Unknown command');
    expect(usage(['a.xlsx']).text.zh).toContain('kpicheck check a.xlsx');
    expect(usage(['check', 'a.xlsx', '--format', 'xml']).text.en).toContain('text, json');
    expect(usage(['check', 'a.xlsx', '--format']).text.en).toContain('needs a value');
    expect(usage(['check', 'a.xlsx', '--fix']).text.en).toContain('--fix');
    expect(usage(['check', 'a.xlsx', '-x']).text.en).toContain('-x');
    expect(usage(['check', 'a.xlsx', '--lang', 'fr']).text.en).toContain('zh, en');
    expect(usage(['template']).text.en).toContain('Unknown command');
  });

  it('reports usage errors in the language asked for', () => {
    expect(usage(['check', '--lang', 'en']).lang).toBe('en');
    expect(usage(['check']).lang).toBe('zh');
  });

  it('defaults to Chinese, English when the locale says so', () => {
    expect(defaultLang({})).toBe('zh');
    expect(defaultLang({ LANG: 'zh_CN.UTF-8' })).toBe('zh');
    expect(defaultLang({ LANG: 'en_US.UTF-8' })).toBe('en');
    expect(defaultLang({ LANG: 'en_US.UTF-8', LC_ALL: 'zh_CN.UTF-8' })).toBe('zh');
    expect(parseArgs(['check', 'a.xlsx'], { LANG: 'en_GB' })).toMatchObject({ lang: 'en' });
    expect(parseArgs(['check', 'a.xlsx', '--lang', 'zh'], { LANG: 'en_GB' })).toMatchObject({ lang: 'zh' });
  });
});

describe('help', () => {
  it('explains every option of every command that checks files', () => {
    const { HELP } = jest.requireActual('../../src/cli/messages') as typeof import('../../src/cli/messages');
    for (const flag of [
      '--format',
      '-o',
      '--force',
      '--quiet',
      '--max-warnings',
      '--rule',
      '--verbose',
      '--profile',
      '--jobs',
      '--file-timeout',
      '--file-memory',
      '--lang',
      '--fix',
      '--kinds',
      '--review-sheet',
      '--dry-run',
      '--baseline',
      '--help',
      '--version',
    ]) {
      expect(HELP.zh).toContain(flag);
      expect(HELP.en).toContain(flag);
    }
  });

  it('parses report with its options', () => {
    expect(parseArgs(['report', 'dir', '-o', '审核汇总.xlsx', '--baseline', 'last'])).toMatchObject({
      command: 'report',
      paths: ['dir'],
      output: '审核汇总.xlsx',
      format: 'xlsx',
      baseline: 'last',
    });
    expect(parseArgs(['report', 'dir', '-o', 'r.html'])).toMatchObject({ format: 'html' });
    expect(() => parseArgs(['report', 'dir'])).toThrow(UsageError);
    expect(() => parseArgs(['report', 'dir', '-o', 'r.csv'])).toThrow(UsageError);
    expect(() => parseArgs(['check', 'a.xlsx', '--baseline', 'x'])).toThrow(UsageError);
  });
});
