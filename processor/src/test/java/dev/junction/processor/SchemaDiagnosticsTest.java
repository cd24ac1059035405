package dev.junction.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.junction.processor.Compilations.assertNothingGenerated;
import static dev.junction.processor.Compilations.classesOf;
import static dev.junction.processor.Compilations.compiler;
import static dev.junction.processor.Compilations.generatedSourceNames;
import static dev.junction.processor.Compilations.relationalClassesOf;
import static dev.junction.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks against a schema snapshot given with {@code -Ajunction.schema}: codes JUNCTION-SCHEMA-*. The snapshot is
 * the blog's: {@code users} on connection {@code default} (PostgreSQL), {@code posts} and {@code tags} on
 * {@code secondary} (MariaDB).
 */
class SchemaDiagnosticsTest {

    private static final String SNAPSHOT = """
            # Junction schema snapshot, format 1
            junction-schema\t1

            connection\tdefault\tPostgreSQL 16.4
            table\tdefault\tusers
            column\tdefault\tusers\tid\tbigint\tnot-null\tgenerated\tlong,int,short
            column\tdefault\tusers\tusername\tcharacter varying(255)\tnot-null\t-\tstring,enum
            column\tdefault\tusers\temail\tcharacter varying(255)\tnullable\t-\tstring,enum
            column\tdefault\tusers\tactive\tboolean\tnot-null\tgenerated\tboolean
            column\tdefault\tusers\trole\tcharacter varying(20)\tnot-null\t-\tstring,enum
            column\tdefault\tusers\tcreated_at\ttimestamp with time zone\tnot-null\tgenerated\toffsetDateTime,instant
            column\tdefault\tusers\tlocation\tpoint\tnullable\t-\t-

            connection\tsecondary\tMariaDB 11.4.2-MariaDB
            table\tsecondary\tposts
            column\tsecondary\tposts\tid\tbigint(20)\tnot-null\tgenerated\tlong,int,short
            column\tsecondary\tposts\tuser_id\tbigint(20)\tnullable\t-\tlong,int,short
            column\tsecondary\tposts\ttitle\tvarchar(200)\tnot-null\t-\tstring,enum
            column\tsecondary\tposts\tcontent\ttext\tnullable\t-\tstring,enum
            column\tsecondary\tposts\tviews\tint(11)\tnullable\t-\tint,short
            column\tsecondary\tposts\tpublished_on\tdate\tnullable\t-\tlocalDate
            table\tsecondary\ttags
            column\tsecondary\ttags\tid\tbigint(20)\tnot-null\tgenerated\tlong,int,short
            column\tsecondary\ttags\tname\tvarchar(50)\tnot-null\t-\tstring,enum
            """;

    /** The replica of {@code default}, on which {@code users} has no {@code email} column yet. */
    private static final String REPLICA = """
            connection\tdefault_replica\tPostgreSQL 16.4
            table\tdefault_replica\tusers
            column\tdefault_replica\tusers\tid\tbigint\tnot-null\tgenerated\tlong,int,short
            column\tdefault_replica\tusers\tusername\tcharacter varying(255)\tnot-null\t-\tstring,enum
            column\tdefault_replica\tusers\tactive\tboolean\tnot-null\tgenerated\tboolean
            column\tdefault_replica\tusers\trole\tcharacter varying(20)\tnot-null\t-\tstring,enum
            column\tdefault_replica\tusers\tcreated_at\ttimestamp with time zone\tnot-null\tgenerated\toffsetDateTime,instant
            """;

    private static final String USER = """
            package com.example;

            import dev.junction.annotation.Column;
            import dev.junction.annotation.Connection;
            import dev.junction.annotation.HasMany;
            import dev.junction.annotation.Id;
            import dev.junction.annotation.Model;
            import java.time.OffsetDateTime;
            import java.util.List;

            @Model(table = "users")
            public class User {
                @Id Long id;
                String username;
                String email;
                boolean active;
                Role role;
                OffsetDateTime createdAt;
                @HasMany(foreignKey = "user_id", inverseOf = "user")
                List<Post> posts;

                public enum Role { ADMIN, MEMBER }
            }
            """;

    private static final String POST = """
            package com.example;

            import dev.junction.annotation.BelongsTo;
            import dev.junction.annotation.Column;
            import dev.junction.annotation.Connection;
            import dev.junction.annotation.Id;
            import dev.junction.annotation.Model;
            import java.time.LocalDate;
            import java.time.LocalDateTime;

            @Model(table = "posts")
            @Connection("secondary")
            public class Post {
                @Id Long id;
                Long userId;
                String title;
                String content;
                Integer views;
                LocalDate publishedOn;
                @BelongsTo(foreignKey = "user_id", inverseOf = "posts")
                User user;
            }
            """;

    @TempDir
    Path directory;

    @Test
    void correctModelsCompileWithoutWarnings() {
        Compilation compilation = compile(SNAPSHOT, user(USER), post(POST));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(generatedSourceNames(compilation)).containsExactlyElementsIn(relationalClassesOf("Post", "User"));
    }

    @Test
    void withoutTheOptionNothingIsChecked() {
        JavaFileObject user = user(USER.replace("@Model(table = \"users\")", "@Model(table = \"members\")"));
        JavaFileObject post = post(POST.replace("Integer views;", "int views;"));
        Compilation compilation = Compilations.compile(user, post);
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void wrongColumnFailsTheBuildWithTheCodeOnTheField() {
        JavaFileObject post = post(POST.replace("String content;", "String body;"));
        Compilation compilation = compile(SNAPSHOT, user(USER), post);
        assertThat(compilation).hadErrorContaining("[JUNCTION-SCHEMA-004] Field `body` of com.example.Post maps to"
                + " column `body`, which table `posts` on connection `secondary` does not have in the schema snapshot."
                + " Add column `body` to table `posts`, map the field to one of its columns with @Column (`id`,"
                + " `user_id`, `title`, `content`, `views`, `published_on`), or mark the field @Transient")
                .inFile(post).onLineContaining("String body;");
        assertThat(compilation).hadErrorCount(1);
        assertNothingGenerated(compilation);
    }

    @Test
    void missingColumnOfAnAnnotationSuggestsTheNearest() {
        JavaFileObject user = user(USER.replace("String email;", "@Column(\"mail\") String email;"));
        Compilation compilation = compile(SNAPSHOT, user, post(POST));
        assertThat(compilation).hadErrorContaining("[JUNCTION-SCHEMA-004] Field `email` of com.example.User maps to"
                + " column `mail`, which table `users` on connection `default` does not have in the schema snapshot."
                + " Did you mean column `email`? Write `@Column(\"email\")`, or remove the annotation")
                .inFile(user).onLineContaining("@Column(\"mail\") String email;");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void missingColumnSuggestsTheSnakeCaseOfTheFieldName() {
        JavaFileObject user = user(USER.replace("OffsetDateTime createdAt;",
                "@Column(\"created\") OffsetDateTime createdAt;"));
        Compilation compilation = compile(SNAPSHOT, user, post(POST));
        assertThat(compilation).hadErrorContaining("[JUNCTION-SCHEMA-004] Field `createdAt` of com.example.User maps"
                + " to column `created`, which table `users` on connection `default` does not have").inFile(user)
                .onLineContaining("@Column(\"created\")");
        assertThat(compilation).hadErrorContaining("Did you mean column `created_at`? Write `@Column(\"created_at\")`,"
                + " or remove the annotation");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void missingColumnSuggestsRenamingTheField() {
        JavaFileObject user = user(USER.replace("String username;", "String userName;"));
        Compilation compilation = compile(SNAPSHOT, user, post(POST));
        assertThat(compilation).hadErrorContaining("[JUNCTION-SCHEMA-004] Field `userName` of com.example.User maps to"
                + " column `user_name`, which table `users` on connection `default` does not have in the schema"
                + " snapshot. Did you mean column `username`? Write `@Column(\"username\")` on the field, or rename the"
                + " field to `username`").inFile(user).onLineContaining("String userName;");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void foreignKeyColumnOfARelationIsCheckedLikeAnyColumn() {
        JavaFileObject user = user(USER.replace("foreignKey = \"user_id\"", "foreignKey = \"author_id\""));
        JavaFileObject post = post(POST.replace("Long userId;", "Long authorId;")
                .replace("foreignKey = \"user_id\"", "foreignKey = \"author_id\""));
        Compilation compilation = compile(SNAPSHOT, user, post);
        assertThat(compilation).hadErrorContaining("[JUNCTION-SCHEMA-004] Field `authorId` of com.example.Post maps to"
                + " column `author_id`, which table `posts` on connection `secondary` does not have").inFile(post)
                .onLineContaining("Long authorId;");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void missingTableSuggestsTheNearest() {
        JavaFileObject user = user(USER.replace("@Model(table = \"users\")", "@Model(table = \"user\")"));
        Compilation compilation = compile(SNAPSHOT, user, post(POST));
        assertThat(compilation).hadErrorContaining("[JUNCTION-SCHEMA-003] @Model com.example.User maps table `user`,"
                + " which connection `default` does not have in the schema snapshot. Did you mean table `users`? Write"
                + " `@Model(table = \"users\")`, or create table `user` and take the snapshot again").inFile(user)
                .onLineContaining("@Model(table = \"user\")");
        assertThat(compilation).hadErrorCount(1);
        assertNothingGenerated(compilation);
    }

    @Test
    void tableNamesAreCaseSensitive() {
        JavaFileObject post = post(POST.replace("@Model(table = \"posts\")", "@Model(table = \"Posts\")"));
        Compilation compilation = compile(SNAPSHOT, user(USER), post);
        assertThat(compilation).hadErrorContaining("[JUNCTION-SCHEMA-003] @Model com.example.Post maps table `Posts`,"
                + " which connection `secondary` does not have in the schema snapshot. Did you mean table `posts`?")
                .inFile(post).onLineContaining("@Model(table = \"Posts\")");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void missingDefaultTableListsTheTablesOfTheConnection() {
        JavaFileObject comment = source("com.example.Comment", """
                package com.example;

                import dev.junction.annotation.Connection;
                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                @Model
                @Connection("secondary")
                public class Comment {
                    @Id Long id;
                }
                """);
        Compilation compilation = compile(SNAPSHOT, comment);
        assertThat(compilation).hadErrorContaining("[JUNCTION-SCHEMA-003] @Model com.example.Comment maps table"
                + " `comment`, which connection `secondary` does not have in the schema snapshot. Create the table and"
                + " take the snapshot again, or map one of the tables it has with `@Model(table = ...)`: `posts`,"
                + " `tags`").inFile(comment).onLineContaining("@Model");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void columnThatCannotHoldTheFieldType() {
        JavaFileObject post = post(POST.replace("LocalDate publishedOn;", "LocalDateTime publishedOn;"));
        Compilation compilation = compile(SNAPSHOT, user(USER), post);
        assertThat(compilation).hadErrorContaining("[JUNCTION-SCHEMA-005] Field `publishedOn` of com.example.Post has"
                + " type java.time.LocalDateTime, but column `published_on` of table `posts` on connection `secondary`"
                + " is `date`, which holds only LocalDate. Declare the field as one of those, or change the column to a"
                + " type that holds LocalDateTime").inFile(post).onLineContaining("LocalDateTime publishedOn;");
        assertThat(compilation).hadErrorCount(1);
        assertNothingGenerated(compilation);
    }

    @Test
    void columnThatHoldsNoMappedType() {
        JavaFileObject user = user(USER.replace("String email;", "String email;\n    String location;"));
        Compilation compilation = compile(SNAPSHOT, user, post(POST));
        assertThat(compilation).hadErrorContaining("[JUNCTION-SCHEMA-005] Field `location` of com.example.User has type"
                + " java.lang.String, but column `location` of table `users` on connection `default` is `point`, which"
                + " holds none of the Java types Junction maps. Change the column's type, or mark the field @Transient")
                .inFile(user).onLineContaining("String location;");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void fieldOfAnyKindTheColumnHoldsFits() {
        JavaFileObject post = post(POST.replace("Integer views;", "Short views;"));
        assertThat(compile(SNAPSHOT, user(USER), post)).succeededWithoutWarnings();
    }

    @Test
    void primitiveFieldOnANullableColumn() {
        JavaFileObject post = post(POST.replace("Integer views;", "int views;"));
        Compilation compilation = compile(SNAPSHOT, user(USER), post);
        assertThat(compilation).hadErrorContaining("[JUNCTION-SCHEMA-006] Field `views` of com.example.Post has"
                + " primitive type int, but column `views` of table `posts` on connection `secondary` is nullable, so a"
                + " NULL in it could not be read into the field. Declare the field as Integer, or make the column NOT"
                + " NULL").inFile(post).onLineContaining("int views;");
        assertThat(compilation).hadErrorCount(1);
        assertNothingGenerated(compilation);
    }

    @Test
    void idColumnTheDatabaseDoesNotGenerate() {
        String snapshot = SNAPSHOT.replace("posts\tid\tbigint(20)\tnot-null\tgenerated",
                "posts\tid\tbigint(20)\tnot-null\t-");
        JavaFileObject post = post(POST);
        Compilation compilation = compile(snapshot, user(USER), post);
        assertThat(compilation).hadErrorContaining("[JUNCTION-SCHEMA-007] @Id field `id` of com.example.Post maps to"
                + " column `id` of table `posts` on connection `secondary`, which the database does not generate, but"
                + " inserting a Post whose id is null relies on the database to produce it. Make `id` an identity"
                + " column (PostgreSQL: GENERATED BY DEFAULT AS IDENTITY; MySQL and MariaDB: AUTO_INCREMENT), or give it a"
                + " default").inFile(post).onLineContaining("@Id Long id;");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void aStringIdIsANaturalKeyThatTheDatabaseNeedNotGenerate() {
        String snapshot = SNAPSHOT.replace("column\tsecondary\ttags\tid\tbigint(20)\tnot-null\tgenerated\tlong,int,short",
                "column\tsecondary\ttags\tid\tvarchar(50)\tnot-null\t-\tstring,enum");
        JavaFileObject tag = source("com.example.Tag", """
                package com.example;

                import dev.junction.annotation.Connection;
                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                @Model(table = "tags")
                @Connection("secondary")
                public class Tag {
                    @Id String id;
                    String name;
                }
                """);
        assertThat(compile(snapshot, tag)).succeededWithoutWarnings();
    }

    @Test
    void readConnectionIsCheckedWhenTheSnapshotHasIt() {
        JavaFileObject user = user(USER.replace("@Model(table = \"users\")",
                "@Model(table = \"users\")\n@Connection(value = \"default\", read = \"default_replica\")"));
        Compilation compilation = compile(SNAPSHOT + REPLICA, user, post(POST));
        assertThat(compilation).hadErrorContaining("[JUNCTION-SCHEMA-004] Field `email` of com.example.User maps to"
                + " column `email`, which table `users` on connection `default_replica` does not have in the schema"
                + " snapshot").inFile(user).onLineContaining("String email;");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void readConnectionMissingFromTheSnapshotIsNotChecked() {
        JavaFileObject user = user(USER.replace("@Model(table = \"users\")",
                "@Model(table = \"users\")\n@Connection(value = \"default\", read = \"default_replica\")"));
        assertThat(compile(SNAPSHOT, user, post(POST))).succeededWithoutWarnings();
    }

    @Test
    void connectionMissingFromTheSnapshotWarns() throws IOException {
        Path file = write(SNAPSHOT);
        JavaFileObject tag = tag("@Connection(\"analytics\")");
        Compilation compilation = compiler("-Ajunction.schema=" + file).compile(tag);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[JUNCTION-SCHEMA-002] @Connection of com.example.Tag names"
                + " `analytics`, which schema snapshot `" + file + "` does not have (it has connections `default`,"
                + " `secondary`), so Tag is not checked against the database. Take the snapshot again, including"
                + " connection `analytics`").inFile(tag).onLineContaining("@Connection(\"analytics\")");
        assertThat(compilation).hadWarningCount(1);
        assertThat(generatedSourceNames(compilation)).containsExactlyElementsIn(classesOf("Tag"));
    }

    @Test
    void connectionMissingFromTheSnapshotSuggestsTheNearest() {
        JavaFileObject tag = tag("@Connection(\"secondry\")");
        Compilation compilation = compile(SNAPSHOT, tag);
        assertThat(compilation).hadWarningContaining("[JUNCTION-SCHEMA-002] @Connection of com.example.Tag names"
                + " `secondry`").inFile(tag).onLineContaining("@Connection(\"secondry\")");
        assertThat(compilation).hadWarningContaining("Did you mean `secondary`? Otherwise take the snapshot again,"
                + " including connection `secondry`");
        assertThat(compilation).hadWarningCount(1);
    }

    @Test
    void missingFileIsReportedOnceAndNothingIsChecked() {
        Path file = directory.resolve("absent.tsv");
        JavaFileObject user = user(USER.replace("@Model(table = \"users\")", "@Model(table = \"members\")"));
        Compilation compilation = compiler("-Ajunction.schema=" + file).compile(user, post(POST));
        assertThat(compilation).hadErrorContaining("[JUNCTION-SCHEMA-001] Schema snapshot `" + file + "` given with"
                + " -Ajunction.schema does not exist; no model is checked against the database. Give the path of the"
                + " file that dev.junction.tools.SchemaSnapshot wrote; a relative path resolves against the working"
                + " directory of javac, so with Maven write -Ajunction.schema=${project.basedir}/<path>");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void relativePathIsResolvedAgainstTheWorkingDirectory() {
        Compilation compilation = compiler("-Ajunction.schema=no-such-directory/schema.tsv").compile(tag(""));
        assertThat(compilation).hadErrorContaining("[JUNCTION-SCHEMA-001] Schema snapshot"
                + " `no-such-directory/schema.tsv` (resolved against the working directory to `"
                + Path.of("no-such-directory/schema.tsv").toAbsolutePath() + "`) given with -Ajunction.schema does not"
                + " exist");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void blankOptionNamesNoFile() {
        Compilation compilation = compiler("-Ajunction.schema=").compile(tag(""));
        assertThat(compilation).hadErrorContaining("[JUNCTION-SCHEMA-001] Schema snapshot `` given with"
                + " -Ajunction.schema names no file");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void malformedLineIsNamed() throws IOException {
        String snapshot = SNAPSHOT.replace("views\tint(11)\tnullable", "views\tint(11)\tnull");
        Path file = write(snapshot);
        Compilation compilation = compiler("-Ajunction.schema=" + file).compile(user(USER), post(POST));
        assertThat(compilation).hadErrorContaining("[JUNCTION-SCHEMA-001] Schema snapshot `" + file + "` given with"
                + " -Ajunction.schema is malformed at line " + lineNumber(snapshot, "views") + ": expected `nullable`"
                + " or `not-null` in the sixth field of the column, found `null`; no model is checked against the"
                + " database. Take the snapshot again, or correct that line");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void otherFormatVersionIsRefused() {
        Compilation compilation = compile(SNAPSHOT.replace("junction-schema\t1", "junction-schema\t2"), tag(""));
        assertThat(compilation).hadErrorContaining("[JUNCTION-SCHEMA-001] Schema snapshot `");
        assertThat(compilation).hadErrorContaining("is malformed at line 2: the snapshot has format version 2, and this"
                + " processor reads version 1 only; take the snapshot with the Junction version of this processor");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void snapshotIsReadOncePerCompilation() throws IOException {
        Path file = write(SNAPSHOT);
        Compiler compiler = Compiler.javac().withProcessors(new LaterRoundModel(file), new RecordingProcessor())
                .withOptions("-Xlint:all", "-Ajunction.schema=" + file);
        Compilation compilation = compiler.compile(user(USER), post(POST));
        assertThat(Files.exists(file)).isFalse();
        assertThat(compilation).hadErrorContaining("[JUNCTION-SCHEMA-003] @Model com.example.Comment maps table"
                + " `comments`, which connection `secondary` does not have in the schema snapshot.");
        assertThat(compilation).hadErrorCount(1);
    }

    /** Compiles with the snapshot in a file of the temporary directory. */
    private Compilation compile(String snapshot, JavaFileObject... sources) {
        try {
            return compiler("-Ajunction.schema=" + write(snapshot)).compile(sources);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path write(String snapshot) throws IOException {
        return Files.writeString(directory.resolve("schema.tsv"), snapshot);
    }

    private static int lineNumber(String text, String containing) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(containing)) {
                return i + 1;
            }
        }
        throw new AssertionError("No line contains " + containing);
    }

    private static JavaFileObject user(String text) {
        return source("com.example.User", text);
    }

    private static JavaFileObject post(String text) {
        return source("com.example.Post", text);
    }

    /** Model {@code Tag} on table {@code tags}, with the given {@code @Connection} line (or none). */
    private static JavaFileObject tag(String connection) {
        return source("com.example.Tag", """
                package com.example;

                import dev.junction.annotation.Connection;
                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                @Model(table = "tags")
                %s
                public class Tag {
                    @Id Long id;
                    String name;
                }
                """.formatted(connection));
    }

    /**
     * Runs before Junction's processor: generates model {@code Comment} in the first round and deletes the snapshot
     * file in the second, where Junction checks that model. Had Junction read the file again, it would report that
     * the file does not exist.
     */
    private static final class LaterRoundModel extends AbstractProcessor {

        private final Path snapshot;
        private int round;

        LaterRoundModel(Path snapshot) {
            this.snapshot = snapshot;
        }

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment roundEnvironment) {
            round++;
            try {
                if (round == 1) {
                    try (Writer out = processingEnv.getFiler().createSourceFile("com.example.Comment").openWriter()) {
                        out.write("""
                                package com.example;

                                @dev.junction.annotation.Model(table = "comments")
                                @dev.junction.annotation.Connection("secondary")
                                public class Comment {
                                    @dev.junction.annotation.Id Long id;
                                }
                                """);
                    }
                } else if (round == 2) {
                    Files.delete(snapshot);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return false;
        }
    }
}
