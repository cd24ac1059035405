package dev.junction.processor;

import javax.tools.Diagnostic.Kind;

/**
 * Every message the processor reports, with a stable code. A code is never reused for another meaning. Each
 * template names the element and the offending value, states the rule, and ends with a fix.
 */
enum Diagnostic {
    MODEL_NOT_A_CLASS("JUNCTION-MOD-001", Kind.ERROR,
            "@Model %s is %s; a model must be a concrete top-level or static nested class. Move the annotation to such a class"),
    MODEL_NO_CONSTRUCTOR("JUNCTION-MOD-002", Kind.ERROR,
            "@Model %s has no non-private constructor without arguments, which generated code needs to create instances."
                    + " Add `%s() {}`"),
    MODEL_GENERIC("JUNCTION-MOD-003", Kind.ERROR,
            "@Model %s declares type parameters %s; rows map to one concrete class. Remove the type parameters"),
    MODEL_PRIVATE("JUNCTION-MOD-004", Kind.ERROR,
            "@Model %s is private, so the generated classes in package %s cannot use it. Make it package-private or public"),
    MODEL_DUPLICATE_TABLE("JUNCTION-MOD-005", Kind.ERROR,
            "@Model %s maps table `%s` on connection `%s`, which %s maps already; one table of one connection has one"
                    + " model. Give one of them another table, or merge them"),
    MODEL_BLANK_TABLE("JUNCTION-MOD-006", Kind.ERROR,
            "@Model %s has table name `%s`, which is not a usable identifier. Use a table name such as `%s`"),
    MODEL_UNDEFINED_TYPE("JUNCTION-MOD-007", Kind.ERROR,
            "@Model %s uses type %s (%s), which no source file, class path entry or annotation processor declared by"
                    + " the last processing round, so Junction generated no code for it. Declare or import %s, add the"
                    + " dependency that has it, or fix the processor that should generate it"),
    ID_MISSING("JUNCTION-ID-001", Kind.ERROR,
            "@Model %s has no @Id field; every model needs exactly one. Annotate its key with @Id, for example `@Id Long id;`"),
    ID_DUPLICATE("JUNCTION-ID-002", Kind.ERROR,
            "@Model %s has a second @Id field `%s` (the first is `%s`); composite keys are not supported. Keep one @Id"),
    ID_PRIMITIVE("JUNCTION-ID-003", Kind.ERROR,
            "@Id field `%s` of %s has primitive type %s, which cannot be null before the database generates it. Declare it"
                    + " as %s"),
    COLUMN_UNSUPPORTED_TYPE("JUNCTION-COL-001", Kind.ERROR,
            "Field `%s` of %s has type %s, which Junction cannot map to a column. Supported: %s. Mark it @Transient, or"
                    + " change its type"),
    COLUMN_DUPLICATE("JUNCTION-COL-002", Kind.ERROR,
            "Field `%s` of %s maps to column `%s`, which field `%s` maps already. Give one of them another @Column name"),
    COLUMN_NO_ACCESSORS("JUNCTION-COL-003", Kind.ERROR,
            "Field `%s` of %s is private and has no %s, so generated code cannot %s it. Add `%s`, or make the field"
                    + " package-private"),
    COLUMN_FINAL("JUNCTION-COL-004", Kind.ERROR,
            "Field `%s` of %s is final, so rows cannot be read into it. Remove `final`, or mark it @Transient"),
    COLUMN_RESERVED_CONSTANT("JUNCTION-COL-005", Kind.ERROR,
            "Field `%s` of %s would become the constant %s.%s, which Junction uses itself. Rename the field, for"
                    + " example to `%s`"),
    COLUMN_BLANK_NAME("JUNCTION-COL-006", Kind.ERROR,
            "@Column on field `%s` of %s has the blank name `%s`. Give the column name, for example @Column(\"%s\"),"
                    + " or remove the annotation"),
    COLUMN_CONSTANT_CLASH("JUNCTION-COL-007", Kind.ERROR,
            "Field `%s` of %s would become the constant %s.%s, as field `%s` does already. Rename one of them"),
    COLUMN_ID_FINDER_CLASH("JUNCTION-COL-008", Kind.ERROR,
            "Field `%s` of %s is not the @Id (`%s` is), but its finder %s.findById would clash with the finder by id."
                    + " Rename the field, or make it the @Id"),
    CONNECTION_UNKNOWN("JUNCTION-CONN-001", Kind.ERROR,
            "@Connection of %s names `%s`, which is not among the connections given with -Ajunction.connections (%s).%s"),
    CONNECTION_SUSPICIOUS("JUNCTION-CONN-002", Kind.WARNING,
            "@Connection of %s names `%s`, which no other model uses, while %s %s `%s`; a connection name that one"
                    + " model uses and that is one or two edits from another is likely a typo. Did you mean `%s`? If"
                    + " both are meant, declare the connections with -Ajunction.connections=%s"),
    CONNECTION_BLANK("JUNCTION-CONN-003", Kind.ERROR,
            "@Connection of %s has the blank %s name `%s`. Name a configured connection, for example `default`"),
    RELATION_NOT_COLLECTION("JUNCTION-REL-001", Kind.ERROR,
            "@HasMany field `%s` of %s has type %s; it must be a List, Set or Collection of a @Model. Declare it as"
                    + " `List<%s> %s;`"),
    RELATION_COLLECTION("JUNCTION-REL-002", Kind.ERROR,
            "@%s field `%s` of %s has collection type %s, but it refers to one model. Declare it as `%s %s;`, or use"
                    + " @HasMany"),
    RELATION_TARGET_NOT_MODEL("JUNCTION-REL-003", Kind.ERROR,
            "@%s field `%s` of %s refers to %s, which is not a @Model; a relation refers to a @Model class. %s"),
    RELATION_FOREIGN_KEY_MISSING("JUNCTION-REL-004", Kind.ERROR,
            "@%s field `%s` of %s names foreign key `%s`, but %s has no such column; %s. %s"),
    RELATION_FOREIGN_KEY_TYPE("JUNCTION-REL-005", Kind.ERROR,
            "@%s field `%s` of %s uses foreign key `%s` of type %s (field `%s` of %s), which cannot hold the id of %s"
                    + " (type %s); a foreign key has the type of the key it references, or that type's primitive or"
                    + " wrapper (long and Long, int and Integer, short and Short), and an enum key the same enum."
                    + " Declare `%s` as %s"),
    RELATION_INVERSE_MISSING("JUNCTION-REL-006", Kind.ERROR,
            "@%s field `%s` of %s names inverseOf `%s`, but %s has no relation field of that name. %s"),
    RELATION_INVERSE_KIND("JUNCTION-REL-007", Kind.ERROR,
            "@%s field `%s` of %s names inverseOf `%s`, which is a @%s; @%s must pair with @%s. %s"),
    RELATION_INVERSE_TYPE("JUNCTION-REL-008", Kind.ERROR,
            "@%s field `%s` of %s names inverseOf `%s` on %s, but that field refers to %s, not %s. Point inverseOf at a"
                    + " field that refers to %s"),
    RELATION_INVERSE_FOREIGN_KEY("JUNCTION-REL-009", Kind.ERROR,
            "@%s field `%s` of %s uses foreign key `%s`, but its inverse `%s` on %s uses `%s`; both sides of a relation"
                    + " name the same column. Use `%s` on both"),
    RELATION_INVERSE_ONE_SIDED("JUNCTION-REL-010", Kind.WARNING,
            "@%s field `%s` of %s names inverseOf `%s`, but `%s` on %s does not name `%s` back, so loading that side"
                    + " will not fill this one. Add `inverseOf = \"%s\"` to `%s`: `%s`"),
    RELATION_CONFLICTING_ANNOTATIONS("JUNCTION-REL-011", Kind.ERROR,
            "Field `%s` of %s carries %s; a field is one column or one relation. Keep one of them"),
    SCHEMA_UNUSABLE("JUNCTION-SCHEMA-001", Kind.ERROR,
            "Schema snapshot %s given with -A%s %s; no model is checked against the database. %s"),
    SCHEMA_CONNECTION_MISSING("JUNCTION-SCHEMA-002", Kind.WARNING,
            "@Connection of %s names `%s`, which schema snapshot `%s` does not have (it has %s), so %s is not checked"
                    + " against the database. %s"),
    SCHEMA_TABLE_MISSING("JUNCTION-SCHEMA-003", Kind.ERROR,
            "@Model %s maps table `%s`, which connection `%s` does not have in the schema snapshot. %s"),
    SCHEMA_COLUMN_MISSING("JUNCTION-SCHEMA-004", Kind.ERROR,
            "Field `%s` of %s maps to column `%s`, which table `%s` on connection `%s` does not have in the schema"
                    + " snapshot. %s"),
    SCHEMA_COLUMN_TYPE("JUNCTION-SCHEMA-005", Kind.ERROR,
            "Field `%s` of %s has type %s, but column `%s` of table `%s` on connection `%s` is `%s`, which holds %s. %s"),
    SCHEMA_COLUMN_NULLABLE("JUNCTION-SCHEMA-006", Kind.ERROR,
            "Field `%s` of %s has primitive type %s, but column `%s` of table `%s` on connection `%s` is nullable, so a"
                    + " NULL in it could not be read into the field. Declare the field as %s, or make the column NOT NULL"),
    SCHEMA_ID_NOT_GENERATED("JUNCTION-SCHEMA-007", Kind.ERROR,
            "@Id field `%s` of %s maps to column `%s` of table `%s` on connection `%s`, which the database does not"
                    + " generate, but inserting a %s whose id is null relies on the database to produce it. Make `%s`"
                    + " an identity column (PostgreSQL: GENERATED BY DEFAULT AS IDENTITY; MySQL and MariaDB:"
                    + " AUTO_INCREMENT), or give it a default"),
    INTERNAL_ERROR("JUNCTION-INT-001", Kind.ERROR,
            "Junction processor internal error while processing %s: %s. This is a bug in Junction; please report it"
                    + " with this stack trace: %s");

    private final String code;
    private final Kind kind;
    private final String template;

    Diagnostic(String code, Kind kind, String template) {
        this.code = code;
        this.kind = kind;
        this.template = template;
    }

    String code() {
        return code;
    }

    Kind kind() {
        return kind;
    }

    /** The full message: {@code [CODE] text}. */
    String format(Object... args) {
        return "[" + code + "] " + String.format(template, args);
    }
}
