import { refusalMessage, type RefusalCode } from './messages';

/** HTTP status of each refusal. */
const STATUS: Record<RefusalCode, number> = {
  VALIDATION: 400,
  TOO_FAST: 400,
  UPLOADS_OFF: 403,
  FORM_NOT_FOUND: 404,
  NOT_FOUND: 404,
  FORM_CLOSED: 409,
  FORM_FULL: 409,
  VERSION_RETIRED: 409,
  PAYLOAD_TOO_LARGE: 413,
  FILE_TOO_LARGE: 413,
  FILE_TYPE: 415,
  LOCKED: 423,
  RATE_LIMITED: 429,
};

const NAMES: Record<number, string> = {
  400: 'ValidationError',
  403: 'ForbiddenError',
  404: 'NotFoundError',
  409: 'ConflictError',
  413: 'PayloadTooLargeError',
  415: 'UnsupportedMediaTypeError',
  423: 'LockedError',
  429: 'RateLimitError',
};

/** A refused forms request: answered as Strapi answers errors, with a localized message. */
export class Refusal extends Error {
  readonly status: number;
  readonly code: RefusalCode;
  readonly details: Record<string, unknown>;

  constructor(code: RefusalCode, locale: unknown, details: Record<string, unknown> = {}) {
    super(refusalMessage(code, locale));
    this.code = code;
    this.status = STATUS[code];
    this.details = { ...details, code };
  }

  /** The body `{ error: { status, name, message, details } }`. */
  body() {
    return {
      data: null,
      error: {
        status: this.status,
        name: NAMES[this.status] ?? 'ApplicationError',
        message: this.message,
        details: this.details,
      },
    };
  }
}
