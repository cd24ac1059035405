/**
 * Not API. The engine behind {@code ConnectionManager}, {@code ModelQuery} and the generated code: one
 * {@link dev.junction.internal.JunctionRuntime} object that owns every connection (pool, dialect, statement shapes,
 * loader lane), the thread-bound transactions, read routing, listeners and policies. Everything here but the runtime
 * and {@link dev.junction.internal.QuerySpec} is package-private, and may change in any release without notice;
 * generated code uses {@code dev.junction.codegen} only.
 */
package dev.junction.internal;
