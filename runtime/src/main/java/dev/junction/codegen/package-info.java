/**
 * The contract between the Junction processor and the runtime: the only runtime package that generated code uses,
 * besides the public API in {@code dev.junction}. Not for applications.
 *
 * <p>Generated {@code XTable} classes describe a model with a {@link dev.junction.codegen.ModelType}, generated
 * {@code XRelations} classes describe relations with {@link dev.junction.codegen.ToMany} and
 * {@link dev.junction.codegen.ToOne}, and the other generated classes call {@link dev.junction.codegen.Internal}.
 * The contract is versioned by {@link dev.junction.codegen.Contract#VERSION}: the processor writes the version it
 * generated for into every model registry, and the runtime refuses, at {@code ConnectionManager.configure}, models
 * generated for another version, saying which versions of {@code junction-processor} and {@code junction-runtime} to
 * align. Within one version, the names and signatures here do not change.
 */
package dev.junction.codegen;
