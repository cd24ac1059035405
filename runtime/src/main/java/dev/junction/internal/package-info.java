/**
 * Not API. Support for the code that the Junction processor generates, and the runtime's internals.
 *
 * <p>Generated classes call into this package; applications should not. Anything here may change in any
 * release without notice.
 */
package dev.junction.internal;
