/**
 * What each Kling video model accepts, as data ({@link dev.camelkling.capabilities.CapabilityMap}), and the
 * validators that check a request against it before anything is sent (and paid for).
 *
 * <p>
 * The map follows the Kling documentation: a combination is rejected only when the docs say it is unsupported;
 * where support is unconfirmed the request is let through and Kling decides.
 */
package dev.camelkling.capabilities;
