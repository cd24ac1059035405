package dev.junction.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.junction.processor.Compilations.compile;
import static dev.junction.processor.Compilations.compiler;
import static dev.junction.processor.Compilations.generatedSource;
import static dev.junction.processor.Compilations.generatedSourceNames;
import static dev.junction.processor.Compilations.registry;
import static dev.junction.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * What the processor generates for valid models: the exact text of a {@code User}'s classes and of its marker (in
 * {@code golden/dev/junction/aggregated/}), of the relation classes of the blog's {@code User} and {@code Post} (in
 * {@code golden/blog/}), the model registry, and code that compiles without warnings for every supported column type.
 *
 * <p>The expected classes are golden files in {@code src/test/resources/golden/}, compared character for character
 * so that formatting is pinned too. When a change to the writers changes the generated code on purpose, regenerate
 * them and review the diff before committing:
 *
 * <pre>
 * mvn -B test -pl processor -am -Dtest=GeneratedCodeTest -Dsurefire.failIfNoSpecifiedTests=false -Djunction.updateGolden=true
 * git diff processor/src/test/resources/golden
 * </pre>
 *
 * With {@code -Djunction.updateGolden=true} each golden test writes what was generated to its golden file (relative
 * to the module directory, where Maven runs the tests) instead of comparing.
 *
 * <p>Compilations run with {@code -Xlint:all}, the {@code processing} category included, which reports annotations
 * that no processor claimed: Junction claims its own, and generated code carries none that others would have to.
 */
class GeneratedCodeTest {

    private static final String UPDATE_GOLDEN = "junction.updateGolden";
    private static final Path GOLDEN_DIRECTORY = Path.of("src", "test", "resources", "golden");

    private static final JavaFileObject ROLE = source("com.example.Role", """
            package com.example;

            public enum Role {
                ADMIN,
                MEMBER
            }
            """);

    private static final JavaFileObject USER = source("com.example.User", """
            package com.example;

            import dev.junction.annotation.Connection;
            import dev.junction.annotation.Id;
            import dev.junction.annotation.Model;

            @Model(table = "users")
            @Connection("default")
            public class User {
                @Id Long id;
                String username;
                String email;
                Role role;
                private String displayName;

                public String getDisplayName() {
                    return displayName;
                }

                public void setDisplayName(String displayName) {
                    this.displayName = displayName;
                }
            }
            """);

    @Test
    void userTableMatchesGolden() {
        assertMatchesGolden(compileUser(), "com.example.UserTable");
    }

    @Test
    void userQueryMatchesGolden() {
        assertMatchesGolden(compileUser(), "com.example.UserQuery");
    }

    @Test
    void userQueriesMatchesGolden() {
        assertMatchesGolden(compileUser(), "com.example.UserQueries");
    }

    @Test
    void blogUserRelationsMatchesGolden() {
        assertMatchesGolden(compileBlog(), "com.example.blog.UserRelations");
    }

    @Test
    void blogUserLoaderMatchesGolden() {
        assertMatchesGolden(compileBlog(), "com.example.blog.UserLoader");
    }

    @Test
    void blogUserQueryMatchesGolden() {
        Compilation compilation = compileBlog();
        assertThat(generatedSource(compilation, "com.example.blog.UserQuery")).contains("withPosts(");
        assertThat(generatedSource(compilation, "com.example.blog.UserQuery")).contains("whereHasPosts(");
        assertMatchesGolden(compilation, "com.example.blog.UserQuery");
    }

    @Test
    void blogPostRelationsMatchesGolden() {
        assertMatchesGolden(compileBlog(), "com.example.blog.PostRelations");
    }

    @Test
    void userMarkerMatchesGolden() {
        assertMatchesGolden(compileUser(), "dev.junction.aggregated.com_example_User");
    }

    @Test
    void generatesExactlyTheThreeClassesOfTheModelAndItsMarker() {
        assertThat(generatedSourceNames(compileUser()))
                .containsExactly("UserQueries", "UserQuery", "UserTable", "com_example_User");
    }

    @Test
    void markerNamesNeverClash() {
        assertThat(ModelMarkers.markerName("com.example.User")).isEqualTo("com_example_User");
        assertThat(ModelMarkers.markerName("com.my_app.User")).isEqualTo("com_my_1app_User");
        assertThat(ModelMarkers.markerName("com.my.app_User")).isEqualTo("com_my_app_1User");
        assertThat(ModelMarkers.markerName("com.example.Outer.Inner")).isEqualTo("com_example_Outer_Inner");
        assertThat(ModelMarkers.markerName("com.example.Outer_Inner")).isEqualTo("com_example_Outer_1Inner");
    }

    @Test
    void registryListsEveryModelWithTableAndConnections() {
        JavaFileObject replicated = source("com.example.Post", """
                package com.example;

                import dev.junction.annotation.Connection;
                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                @Model
                @Connection(value = "secondary", read = "secondary_replica")
                public class Post {
                    @Id Long id;
                    String title;
                }
                """);
        Compilation compilation = compile(ROLE, USER, replicated);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(registry(compilation)).isEqualTo("""
                # Generated by Junction: the code contract version, then model\ttable\tconnection\tread connection\ttable\
                 class, then foreign-key\tmodel\tcolumn
                contract\t3
                com.example.User\tusers\tdefault\t-\tcom.example.UserTable
                com.example.Post\tpost\tsecondary\tsecondary_replica\tcom.example.PostTable
                """);
    }

    @Test
    void registryListsTheForeignKeyOfEachRelationOnceInTheTableThatHoldsIt() {
        // User.posts (HasMany) and Post.user (BelongsTo) both use posts.user_id.
        String registry = registry(compileBlog());
        assertThat(registry).endsWith("\ncom.example.blog.Post\tposts\tsecondary\t-\tcom.example.blog.PostTable\n"
                + "foreign-key\tcom.example.blog.Post\tuser_id\n");
        assertThat(registry).contains("\ncom.example.blog.User\tusers\tdefault\t-\tcom.example.blog.UserTable\n");
    }

    @Test
    void brokenModelGetsNoCode() {
        JavaFileObject broken = source("com.example.Tag", """
                package com.example;

                import dev.junction.annotation.Model;

                @Model
                public class Tag {
                    String name;
                }
                """);
        Compilation compilation = compile(broken);
        assertThat(compilation).failed();
        assertThat(generatedSourceNames(compilation)).isEmpty();
        assertThat(compilation.errors()).hasSize(1);
    }

    @Test
    void everySupportedColumnTypeCompilesWithoutWarnings() {
        JavaFileObject mood = source("com.example.Mood", """
                package com.example;

                public enum Mood {
                    HAPPY,
                    SAD
                }
                """);
        JavaFileObject base = source("com.example.Base", """
                package com.example;

                import dev.junction.annotation.Id;
                import java.time.Instant;

                public class Base {
                    @Id Long id;
                    Instant createdAt;
                }
                """);
        JavaFileObject everything = source("com.example.Everything", """
                package com.example;

                import dev.junction.annotation.Column;
                import dev.junction.annotation.Model;
                import dev.junction.annotation.Transient;
                import java.math.BigDecimal;
                import java.time.Instant;
                import java.time.LocalDate;
                import java.time.LocalDateTime;
                import java.time.OffsetDateTime;
                import java.util.UUID;

                @Model(table = "everything")
                public class Everything extends Base {
                    String text;
                    long primitiveLong;
                    Long boxedLong;
                    int primitiveInt;
                    Integer boxedInt;
                    short primitiveShort;
                    Short boxedShort;
                    boolean primitiveBoolean;
                    Boolean boxedBoolean;
                    double primitiveDouble;
                    Double boxedDouble;
                    float primitiveFloat;
                    Float boxedFloat;
                    BigDecimal amount;
                    UUID uuid;
                    LocalDate day;
                    LocalDateTime localTime;
                    OffsetDateTime offsetTime;
                    Instant instant;
                    byte[] data;
                    Mood mood;
                    @Column("year") int yearOfRelease;
                    @Transient Object scratch;
                    private String secret;
                    private boolean active;

                    public String getSecret() {
                        return secret;
                    }

                    public void setSecret(String secret) {
                        this.secret = secret;
                    }

                    public boolean isActive() {
                        return active;
                    }

                    public void setActive(boolean active) {
                        this.active = active;
                    }
                }
                """);
        Compilation compilation = compiler("-Werror").compile(mood, base, everything);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(generatedSourceNames(compilation))
                .containsExactly("EverythingQueries", "EverythingQuery", "EverythingTable", "com_example_Everything");
        // Whitespace folded, so that these checks do not depend on where the formatter wraps lines.
        String table = generatedSource(compilation, "com.example.EverythingTable").replaceAll("\\s+", " ");
        assertThat(table).contains("List.of(ID, CREATED_AT, TEXT, PRIMITIVE_LONG,");
        assertThat(table).contains("Field<Integer> YEAR_OF_RELEASE = DSL.field(DSL.name(\"everything\", \"year\")");
        assertThat(table).contains("Field<byte[]> DATA = DSL.field(DSL.name(\"everything\", \"data\"), SQLDataType.VARBINARY)");
        assertThat(table).contains("model.setActive(columns.booleanValue(row, ");
        assertThat(table).doesNotContain("SCRATCH");
    }

    /** The blog of the design: a {@code User} with many posts on one connection, each {@code Post} on another. */
    private static Compilation compileBlog() {
        JavaFileObject user = source("com.example.blog.User", """
                package com.example.blog;

                import dev.junction.annotation.HasMany;
                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;
                import java.util.List;

                @Model(table = "users")
                public class User {
                    @Id Long id;
                    String username;
                    @HasMany(foreignKey = "user_id", inverseOf = "user")
                    List<Post> posts;
                }
                """);
        JavaFileObject post = source("com.example.blog.Post", """
                package com.example.blog;

                import dev.junction.annotation.BelongsTo;
                import dev.junction.annotation.Connection;
                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                @Model(table = "posts")
                @Connection("secondary")
                public class Post {
                    @Id Long id;
                    Long userId;
                    String title;
                    @BelongsTo(foreignKey = "user_id", inverseOf = "posts")
                    User user;
                }
                """);
        Compilation compilation = compiler("-Werror").compile(user, post);
        assertThat(compilation).succeededWithoutWarnings();
        return compilation;
    }

    private static Compilation compileUser() {
        Compilation compilation = compile(ROLE, USER);
        assertThat(compilation).succeededWithoutWarnings();
        return compilation;
    }

    /** Compares the generated class with its golden file, or rewrites the golden file when asked to. */
    private static void assertMatchesGolden(Compilation compilation, String qualifiedName) {
        String actual = generatedSource(compilation, qualifiedName);
        String simpleName = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
        String packageName = qualifiedName.substring(0, qualifiedName.lastIndexOf('.'));
        // the blog's classes share simple names with the plain User's, so they get a directory of their own, and so
        // do classes outside com.example, such as the markers
        String directory = packageName.equals("com.example") ? ""
                : packageName.startsWith("com.example.") ? packageName.substring("com.example.".length()) + "/"
                : packageName.replace('.', '/') + "/";
        String fileName = directory + simpleName + ".java";
        if (Boolean.getBoolean(UPDATE_GOLDEN)) {
            try {
                Path golden = GOLDEN_DIRECTORY.resolve(fileName);
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new AssertionError("Could not update the golden file " + fileName, e);
            }
            return;
        }
        assertWithMessage("generated %s against golden/%s (regenerate with -D%s=true, see the class comment)",
                qualifiedName, fileName, UPDATE_GOLDEN)
                .that(actual).isEqualTo(golden(fileName));
    }

    private static String golden(String fileName) {
        try (InputStream in = GeneratedCodeTest.class.getResourceAsStream("/golden/" + fileName)) {
            if (in == null) {
                throw new AssertionError("No golden file golden/" + fileName + "; create it with -D" + UPDATE_GOLDEN
                        + "=true");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("Could not read golden/" + fileName, e);
        }
    }

    @Test
    void relationsAcrossPackagesCompileWithoutWarnings() {
        JavaFileObject user = source("com.example.users.User", """
                package com.example.users;

                import com.example.posts.Post;
                import dev.junction.annotation.HasMany;
                import dev.junction.annotation.HasOne;
                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;
                import java.util.Set;

                @Model(table = "users")
                public class User {
                    @Id Long id;
                    String username;
                    @HasMany(foreignKey = "user_id", inverseOf = "user")
                    Set<Post> posts;
                    @HasOne(foreignKey = "owner_id")
                    Post pinned;
                }
                """);
        JavaFileObject post = source("com.example.posts.Post", """
                package com.example.posts;

                import com.example.users.User;
                import dev.junction.annotation.BelongsTo;
                import dev.junction.annotation.Connection;
                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                @Model(table = "posts")
                @Connection("secondary")
                public class Post {
                    @Id Long id;
                    Long userId;
                    Long ownerId;
                    @BelongsTo(foreignKey = "user_id", inverseOf = "posts", checkExists = true)
                    User user;
                }
                """);
        Compilation compilation = compile(user, post);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(generatedSourceNames(compilation)).containsAtLeast("UserRelations", "PostRelations",
                "UserLoader", "PostLoader");
        assertThat(generatedSource(compilation, "com.example.posts.PostTable").replaceAll("\\s+", " "))
                .contains("() -> List.of(PostRelations.USER)");
        assertThat(generatedSource(compilation, "com.example.posts.PostQueries"))
                .contains("public static Stream<Post> findOrphansOfUser()");
    }

    @Test
    void theProcessorGeneratesForTheRuntimesContractVersion() {
        assertThat(RuntimeNames.CONTRACT_VERSION).isEqualTo(dev.junction.codegen.Contract.VERSION);
    }
}
