// What an API error answers, pure: the status, code and message of an AppError, and the JSON
// error shape {"error":{"code","message","fields"?,…details}}. describe-error.ts (every error
// of the app) and the front's RSVP handler (lib/front/front-rsvp.ts) both answer with it.
import { AppError, HTTP_STATUS, type AppErrorCode } from "../errors.ts";

export type ErrorAnswer = {
  status: number;
  code: AppErrorCode | "internal";
  message: string;
  fields?: Record<string, string>;
  details?: Record<string, unknown>;
  retryAfterSeconds?: number;
};

export function appErrorAnswer(error: AppError): ErrorAnswer {
  const retry = error.details?.retryAfterSeconds;
  return {
    status: HTTP_STATUS[error.code],
    code: error.code,
    message: error.message,
    fields: error.fields,
    details: error.details,
    retryAfterSeconds: typeof retry === "number" ? retry : undefined,
  };
}

/** The body of an error answer. */
export function errorJson(answer: ErrorAnswer) {
  return {
    error: {
      code: answer.code,
      message: answer.message,
      ...(answer.fields ? { fields: answer.fields } : {}),
      ...(answer.details ?? {}),
    },
  };
}
