package dev.junction.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.junction.processor.Compilations.compilerWithDependencies;
import static dev.junction.processor.Compilations.generatedSourceNames;
import static dev.junction.processor.Compilations.output;
import static dev.junction.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks across models hold across Maven modules: the models of a dependency are compiled first, and their
 * output (class files, markers, resources) is on the class path of the module's compilation, as the dependency's
 * jar would be. Every mistake is reported on the module's own model, naming the dependency's model as one from an
 * earlier compilation.
 */
class CrossModuleDiagnosticsTest {

    /** The users module: {@code User} on {@code default}, and its {@code Profile}. */
    private static final JavaFileObject USER = source("com.example.users.User", """
            package com.example.users;

            import dev.junction.annotation.HasOne;
            import dev.junction.annotation.Id;
            import dev.junction.annotation.Model;

            @Model(table = "users")
            public class User {
                @Id Long id;
                String username;
                @HasOne(foreignKey = "user_id", inverseOf = "user")
                Profile profile;
            }
            """);

    private static final JavaFileObject PROFILE = source("com.example.users.Profile", """
            package com.example.users;

            import dev.junction.annotation.BelongsTo;
            import dev.junction.annotation.Id;
            import dev.junction.annotation.Model;

            @Model(table = "profiles")
            public class Profile {
                @Id Long id;
                Long userId;
                @BelongsTo(foreignKey = "user_id", inverseOf = "profile")
                User user;
            }
            """);

    /** Where each earlier compilation writes its output, in a directory named after its module. */
    @TempDir
    Path modules;

    @Test
    void relationsToAModelOfADependencyCompileWithoutWarnings() {
        JavaFileObject post = post("""
                Long userId;
                @BelongsTo(foreignKey = "user_id")
                User user;
                """);
        Compilation compilation = compile(post);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(generatedSourceNames(compilation)).containsExactly("PostLoader", "PostQueries", "PostQuery",
                "PostRelations", "PostTable", "com_example_posts_Post");
    }

    @Test
    void tableOfAModelOfADependency() {
        JavaFileObject account = source("com.example.posts.Account", """
                package com.example.posts;

                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                @Model(table = "USERS")
                public class Account {
                    @Id Long id;
                }
                """);
        Compilation compilation = compile(account);
        assertThat(compilation).hadErrorContaining("[JUNCTION-MOD-005] @Model com.example.posts.Account maps table"
                + " `USERS` on connection `default`, which com.example.users.User (from an earlier compilation) maps"
                + " already; one table of one connection has one model. Give one of them another table, or merge them")
                .inFile(account).onLineContaining("@Model(table = \"USERS\")");
        assertThat(compilation).hadErrorCount(1);
        assertThat(generatedSourceNames(compilation)).isEmpty();
    }

    @Test
    void tablesOfModelsOfEveryDependency() {
        Path tagModule = output(modules.resolve("tags"), source("com.example.tags.Tag", """
                package com.example.tags;

                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                @Model(table = "tags")
                public class Tag {
                    @Id Long id;
                }
                """));
        JavaFileObject account = source("com.example.posts.Account", """
                package com.example.posts;

                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                @Model(table = "users")
                public class Account {
                    @Id Long id;
                }
                """);
        JavaFileObject label = source("com.example.posts.Label", """
                package com.example.posts;

                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                @Model(table = "tags")
                public class Label {
                    @Id Long id;
                }
                """);
        Compilation compilation = compilerWithDependencies(List.of(usersModule(), tagModule)).compile(account, label);
        assertThat(compilation).hadErrorContaining("[JUNCTION-MOD-005] @Model com.example.posts.Account maps table"
                + " `users` on connection `default`, which com.example.users.User (from an earlier compilation) maps"
                + " already").inFile(account).onLineContaining("@Model(table = \"users\")");
        assertThat(compilation).hadErrorContaining("[JUNCTION-MOD-005] @Model com.example.posts.Label maps table"
                + " `tags` on connection `default`, which com.example.tags.Tag (from an earlier compilation) maps"
                + " already").inFile(label).onLineContaining("@Model(table = \"tags\")");
        assertThat(compilation).hadErrorCount(2);
    }

    @Test
    void tableOfADependencysModelOnAnotherConnectionIsFine() {
        JavaFileObject archivedUser = source("com.example.posts.ArchivedUser", """
                package com.example.posts;

                import dev.junction.annotation.Connection;
                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                @Model(table = "users")
                @Connection("archive")
                public class ArchivedUser {
                    @Id Long id;
                }
                """);
        assertThat(compile(archivedUser)).succeededWithoutWarnings();
    }

    @Test
    void markersOfThisCompilationLeftOnTheClassPathByAnEarlierBuildAreNotAnotherModel() {
        Path previousBuild = output(modules.resolve("previous-build"), USER, PROFILE);
        Compilation compilation = compilerWithDependencies(List.of(previousBuild)).compile(USER, PROFILE);
        assertThat(compilation).succeeded();
        assertThat(compilation.diagnostics().stream().map(d -> d.getMessage(null)).filter(m -> m.contains("JUNCTION")))
                .isEmpty();
    }

    @Test
    void foreignKeyMissingOnAModelOfADependency() {
        JavaFileObject team = source("com.example.posts.Team", """
                package com.example.posts;

                import com.example.users.User;
                import dev.junction.annotation.HasMany;
                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;
                import java.util.List;

                @Model(table = "teams")
                public class Team {
                    @Id Long id;
                    @HasMany(foreignKey = "team_id")
                    List<User> members;
                }
                """);
        Compilation compilation = compile(team);
        assertThat(compilation).hadErrorContaining("[JUNCTION-REL-004] @HasMany field `members` of com.example.posts.Team"
                + " names foreign key `team_id`, but com.example.users.User has no such column; a @HasMany's foreign"
                + " key is a column of the target model. Add a field for column `team_id` to User; its columns are"
                + " [id, username]").inFile(team).onLineContaining("@HasMany(foreignKey = \"team_id\")");
        assertThat(compilation).hadErrorCount(1);
        assertThat(generatedSourceNames(compilation)).isEmpty();
    }

    @Test
    void foreignKeyTypeAgainstTheIdOfAModelOfADependency() {
        JavaFileObject post = post("""
                String userId;
                @BelongsTo(foreignKey = "user_id")
                User user;
                """);
        Compilation compilation = compile(post);
        assertThat(compilation).hadErrorContaining("[JUNCTION-REL-005] @BelongsTo field `user` of com.example.posts.Post"
                + " uses foreign key `user_id` of type java.lang.String (field `userId` of Post), which cannot hold the"
                + " id of User (type java.lang.Long)").inFile(post).onLineContaining("@BelongsTo(foreignKey = \"user_id\")");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void inverseMissingOnAModelOfADependency() {
        JavaFileObject post = post("""
                Long userId;
                @BelongsTo(foreignKey = "user_id", inverseOf = "posts")
                User user;
                """);
        Compilation compilation = compile(post);
        assertThat(compilation).hadErrorContaining("[JUNCTION-REL-006] @BelongsTo field `user` of com.example.posts.Post"
                + " names inverseOf `posts`, but com.example.users.User has no relation field of that name. Declare it"
                + " on User, for example `@HasMany(foreignKey = \"user_id\", inverseOf = \"user\") List<Post> posts;`,"
                + " or remove inverseOf").inFile(post).onLineContaining("inverseOf = \"posts\"");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void inverseOfTheWrongKindOnAModelOfADependency() {
        JavaFileObject avatar = source("com.example.posts.Avatar", """
                package com.example.posts;

                import com.example.users.Profile;
                import dev.junction.annotation.BelongsTo;
                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                @Model(table = "avatars")
                public class Avatar {
                    @Id Long id;
                    Long profileId;
                    @BelongsTo(foreignKey = "profile_id", inverseOf = "user")
                    Profile profile;
                }
                """);
        Compilation compilation = compile(avatar);
        assertThat(compilation).hadErrorContaining("[JUNCTION-REL-007] @BelongsTo field `profile` of"
                + " com.example.posts.Avatar names inverseOf `user`, which is a @BelongsTo; @BelongsTo must pair with"
                + " @HasMany or @HasOne").inFile(avatar).onLineContaining("inverseOf = \"user\"");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void inverseToAnotherModelOnAModelOfADependency() {
        JavaFileObject post = post("""
                Long userId;
                @BelongsTo(foreignKey = "user_id", inverseOf = "profile")
                User user;
                """);
        Compilation compilation = compile(post);
        assertThat(compilation).hadErrorContaining("[JUNCTION-REL-008] @BelongsTo field `user` of com.example.posts.Post"
                + " names inverseOf `profile` on com.example.users.User, but that field refers to"
                + " com.example.users.Profile, not com.example.posts.Post").inFile(post)
                .onLineContaining("inverseOf = \"profile\"");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void relationToAClassOfADependencyThatIsNotAModel() {
        Path auditModule = output(modules.resolve("audit"), source("com.example.audit.Entry", """
                package com.example.audit;

                public class Entry {
                    Long id;
                }
                """));
        JavaFileObject post = post("""
                @HasMany(foreignKey = "post_id")
                java.util.List<com.example.audit.Entry> entries;
                """);
        Compilation compilation = compilerWithDependencies(List.of(usersModule(), auditModule)).compile(post);
        assertThat(compilation).hadErrorContaining("[JUNCTION-REL-003] @HasMany field `entries` of com.example.posts.Post"
                + " refers to com.example.audit.Entry, which is not a @Model").inFile(post)
                .onLineContaining("List<com.example.audit.Entry> entries;");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void connectionNameNearOneOfADependency() {
        JavaFileObject post = post("@Connection(\"defualt\")", "");
        Compilation compilation = compile(post);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[JUNCTION-CONN-002] @Connection of com.example.posts.Post names"
                + " `defualt`, which no other model uses, while com.example.users.Profile (from an earlier compilation),"
                + " com.example.users.User (from an earlier compilation) use `default`; a connection name that one model"
                + " uses and that is one or two edits from another is likely a typo. Did you mean `default`? If both"
                + " are meant, declare the connections with -Ajunction.connections=default,defualt")
                .inFile(post).onLineContaining("@Connection(\"defualt\")");
        assertThat(compilation).hadWarningCount(1);
    }

    @Test
    void connectionNameUsedByADependencyCountsAsUsed() {
        Path shopModule = output(modules.resolve("shop"), source("com.example.shop.Product", """
                package com.example.shop;

                import dev.junction.annotation.Connection;
                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                @Model
                @Connection("shops")
                public class Product {
                    @Id Long id;
                }
                """));
        JavaFileObject order = post("Order", "@Connection(\"shop\")", "");
        JavaFileObject invoice = post("Invoice", "@Connection(\"shops\")", "");
        // alone, two names used once each: the warning would go on the later one, `shops`
        Compilation compilation = compilerWithDependencies(List.of(usersModule(), shopModule)).compile(order, invoice);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[JUNCTION-CONN-002] @Connection of com.example.posts.Order names"
                + " `shop`, which no other model uses, while Invoice, com.example.shop.Product (from an earlier"
                + " compilation) use `shops`").inFile(order).onLineContaining("@Connection(\"shop\")");
        assertThat(compilation).hadWarningCount(1);
    }

    @Test
    void connectionNameOfADependencyUsedAgainDoesNotWarn() {
        JavaFileObject post = post("@Connection(\"default\")", "");
        assertThat(compile(post)).succeededWithoutWarnings();
    }

    /** Compiles the sources with the users module on the class path. */
    private Compilation compile(JavaFileObject... sources) {
        return compilerWithDependencies(List.of(usersModule())).compile(sources);
    }

    private Path usersModule() {
        return output(modules.resolve("users"), USER, PROFILE);
    }

    /** A {@code com.example.posts.Post} on connection {@code secondary} with the given fields besides its id. */
    private static JavaFileObject post(String fields) {
        return post("Post", "@Connection(\"secondary\")", fields);
    }

    private static JavaFileObject post(String connection, String fields) {
        return post("Post", connection, fields);
    }

    /** A model {@code com.example.posts.<name>} with the given {@code @Connection} line and fields besides its id. */
    private static JavaFileObject post(String name, String connection, String fields) {
        return source("com.example.posts." + name, """
                package com.example.posts;

                import com.example.users.User;
                import dev.junction.annotation.BelongsTo;
                import dev.junction.annotation.Connection;
                import dev.junction.annotation.HasMany;
                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                @Model
                %s
                public class %s {
                    @Id Long id;
                %s}
                """.formatted(connection, name, fields.indent(4)));
    }
}
