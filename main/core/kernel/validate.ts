import { DossierError } from '../../../preload/contract/errors';

/**
 * Checks for arguments that arrive from outside (IPC, HTTP, CLI). The contract's types hold at
 * compile time only; at run time every argument is `unknown` until checked here.
 */
export function requireId<T extends number>(value: unknown, name: string): T {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new DossierError('INVALID_INPUT', `"${name}" must be a positive whole number.`);
  }
  return value as T;
}

export function optionalInt(
  value: unknown,
  name: string,
  range: { min?: number; max?: number } = {},
): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new DossierError('INVALID_INPUT', `"${name}" must be a whole number.`);
  }
  if (range.min !== undefined && value < range.min)
    throw new DossierError('INVALID_INPUT', `"${name}" must be at least ${range.min}.`);
  if (range.max !== undefined && value > range.max)
    throw new DossierError('INVALID_INPUT', `"${name}" must be at most ${range.max}.`);
  return value;
}

export function optionalString(value: unknown, name: string, maxLength = 10_000): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new DossierError('INVALID_INPUT', `"${name}" must be text.`);
  if (value.length > maxLength)
    throw new DossierError('INVALID_INPUT', `"${name}" is too long (at most ${maxLength} characters).`);
  return value;
}

export function requireString(value: unknown, name: string, maxLength = 10_000): string {
  const s = optionalString(value, name, maxLength);
  if (s === undefined) throw new DossierError('INVALID_INPUT', `"${name}" is required.`);
  return s;
}

export function requireStringArray(value: unknown, name: string): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    throw new DossierError('INVALID_INPUT', `"${name}" must be a list of text values.`);
  }
  return value as string[];
}

export function optionalBoolean(value: unknown, name: string): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw new DossierError('INVALID_INPUT', `"${name}" must be true or false.`);
  return value;
}
