/**
 * Command-line tools that ship in the runtime jar: {@link dev.junction.tools.SchemaSnapshot} writes the schema
 * snapshot that the processor option {@code -Ajunction.schema} checks models against.
 */
package dev.junction.tools;
