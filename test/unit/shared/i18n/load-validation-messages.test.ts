/**
 * The validation messages are fetched only when something must be explained; a lost
 * connection must not leave a refusal without words, nor keep the failure for later.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

const VALIDATION = '../../../../shared/i18n/validation';
const LOADER = '../../../../shared/i18n/load-validation-messages';

afterEach(() => {
  vi.doUnmock(VALIDATION);
  vi.resetModules();
});

describe('the validation messages, loaded on need', () => {
  it('explain a refusal in the page’s language once fetched', async () => {
    const { validationMessagesOrPlain } = await import(LOADER);
    const format = await validationMessagesOrPlain('fr');
    const issues = [{ code: 'invalid_type', expected: 'string', path: ['name'], message: '' }];
    expect(format(issues, 'fr', {})).toMatch(/name/);
    expect(format(issues, 'fr', {})).not.toBe('données invalides');
  });

  it('say « données invalides » / « invalid data » when they cannot be fetched, and are fetched again next time', async () => {
    vi.doMock(VALIDATION, () => {
      throw new Error('network lost');
    });
    const { loadValidationMessages, validationMessagesOrPlain } = await import(LOADER);
    expect((await validationMessagesOrPlain('fr'))([], 'fr')).toBe('données invalides');
    expect((await validationMessagesOrPlain('en'))([], 'en')).toBe('invalid data');
    await expect(loadValidationMessages()).rejects.toThrow();

    vi.doUnmock(VALIDATION);
    const format = await loadValidationMessages();
    expect(format([{ code: 'invalid_type', expected: 'string', path: ['name'], message: '' }], 'en', {})).toMatch(/name/);
  });
});
