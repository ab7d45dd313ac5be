/**
 * Every exception the component throws to a route, with Kling's documented error codes: {@link
 * dev.camelkling.exceptions.KlingException} and its subclasses, one package so a route's {@code onException} and
 * a user's imports find them in one place (docs/troubleshooting.md says what each means and what was already done).
 */
package dev.camelkling.exceptions;
