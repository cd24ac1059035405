package dev.junction.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.junction.processor.Compilations.classesOf;
import static dev.junction.processor.Compilations.compile;
import static dev.junction.processor.Compilations.generatedSourceNames;
import static dev.junction.processor.Compilations.relationalClassesOf;
import static dev.junction.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The diagnostics about {@code @HasMany}, {@code @BelongsTo} and {@code @HasOne}: codes JUNCTION-REL-*. Each case
 * is a variation of the blog: a {@code User} with {@code posts}, a {@code Post} with its {@code user}.
 */
class RelationDiagnosticsTest {

    /** A valid {@code User} whose posts point back through {@code Post.user}. */
    private static final JavaFileObject USER = source("com.example.User", """
            package com.example;

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

    /** A valid {@code Post} that belongs to {@code User}. */
    private static final JavaFileObject POST = source("com.example.Post", """
            package com.example;

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

    @Test
    void validBlogCompilesWithoutWarnings() {
        Compilation compilation = compile(USER, POST);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(generatedSourceNames(compilation)).containsExactlyElementsIn(relationalClassesOf("Post", "User"));
    }

    @Test
    void hasManyOnASingleModel() {
        JavaFileObject user = user("""
                @HasMany(foreignKey = "user_id")
                Post posts;
                """);
        Compilation compilation = compile(user, post("@BelongsTo(foreignKey = \"user_id\") User user;"));
        assertThat(compilation).hadErrorContaining("[JUNCTION-REL-001] @HasMany field `posts` of com.example.User has"
                + " type com.example.Post; it must be a List, Set or Collection of a @Model").inFile(user)
                .onLineContaining("Post posts;");
        assertThat(compilation).hadErrorContaining("Declare it as `List<Post> posts;`");
        assertThat(compilation).hadErrorCount(1);
        assertThat(generatedSourceNames(compilation)).isEmpty();
    }

    @Test
    void hasManyOnAMap() {
        JavaFileObject user = user("""
                @HasMany(foreignKey = "user_id")
                java.util.Map<Long, Post> posts;
                """);
        Compilation compilation = compile(user, post(""));
        assertThat(compilation).hadErrorContaining("[JUNCTION-REL-001] @HasMany field `posts` of com.example.User has"
                + " type java.util.Map<java.lang.Long,com.example.Post>").inFile(user).onLineContaining("posts;");
        assertThat(compilation).hadErrorContaining("Declare it as `List<Post> posts;`");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void belongsToOnACollection() {
        JavaFileObject post = post("""
                @BelongsTo(foreignKey = "user_id")
                List<User> user;
                """);
        Compilation compilation = compile(user(""), post);
        assertThat(compilation).hadErrorContaining("[JUNCTION-REL-002] @BelongsTo field `user` of com.example.Post has"
                + " collection type java.util.List<com.example.User>, but it refers to one model").inFile(post)
                .onLineContaining("List<User> user;");
        assertThat(compilation).hadErrorContaining("Declare it as `User user;`, or use @HasMany");
        assertThat(compilation).hadErrorCount(1);
        assertThat(generatedSourceNames(compilation)).containsExactlyElementsIn(classesOf("User"));
    }

    @Test
    void targetIsNotAModel() {
        JavaFileObject author = source("com.example.Author", """
                package com.example;

                public class Author {
                    Long id;
                }
                """);
        JavaFileObject post = post("""
                @BelongsTo(foreignKey = "user_id")
                Author user;
                """);
        Compilation compilation = compile(author, post);
        assertThat(compilation).hadErrorContaining("[JUNCTION-REL-003] @BelongsTo field `user` of com.example.Post"
                + " refers to com.example.Author, which is not a @Model").inFile(post).onLineContaining("Author user;");
        assertThat(compilation).hadErrorContaining("Annotate com.example.Author with @Model");
        assertThat(compilation).hadErrorCount(1);
        assertThat(generatedSourceNames(compilation)).isEmpty();
    }

    @Test
    void targetIsAPrimitive() {
        JavaFileObject post = post("""
                @BelongsTo(foreignKey = "user_id")
                long user;
                """);
        Compilation compilation = compile(user(""), post);
        assertThat(compilation).hadErrorContaining("[JUNCTION-REL-003] @BelongsTo field `user` of com.example.Post"
                + " refers to long, which is not a @Model; a relation refers to a @Model class. Make its type a @Model"
                + " class").inFile(post).onLineContaining("long user;");
        assertThat(compilation).hadErrorCount(1);
        assertThat(generatedSourceNames(compilation)).containsExactlyElementsIn(classesOf("User"));
    }

    @Test
    void hasManyOfAPlatformClass() {
        JavaFileObject user = user("""
                @HasMany(foreignKey = "user_id")
                List<String> posts;
                """);
        Compilation compilation = compile(user);
        assertThat(compilation).hadErrorContaining("[JUNCTION-REL-003] @HasMany field `posts` of com.example.User refers"
                + " to java.lang.String, which is not a @Model; a relation refers to a @Model class. Make its element"
                + " type a @Model class").inFile(user).onLineContaining("List<String> posts;");
        assertThat(compilation).hadErrorCount(1);
        assertThat(generatedSourceNames(compilation)).isEmpty();
    }

    @Test
    void undefinedTargetIsReportedAfterTheLastRound() {
        JavaFileObject post = post("""
                @BelongsTo(foreignKey = "user_id")
                Usr user;
                """);
        Compilation compilation = compile(USER, post);
        assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(post).onLineContaining("Usr user;");
        assertThat(compilation).hadErrorContaining("[JUNCTION-MOD-007] @Model com.example.Post uses type Usr (field"
                + " `user`)").inFile(post).onLineContaining("Usr user;");
        assertThat(compilation).hadErrorCount(2);
        assertThat(generatedSourceNames(compilation)).isEmpty();
    }

    @Test
    void foreignKeyNamesTheFieldInsteadOfTheColumn() {
        JavaFileObject post = post("""
                @BelongsTo(foreignKey = "userId")
                User user;
                """);
        Compilation compilation = compile(user(""), post);
        assertThat(compilation).hadErrorContaining("[JUNCTION-REL-004] @BelongsTo field `user` of com.example.Post names"
                + " foreign key `userId`, but com.example.Post has no such column; a @BelongsTo's foreign key is a"
                + " column of its own model").inFile(post).onLineContaining("@BelongsTo(foreignKey = \"userId\")");
        assertThat(compilation).hadErrorContaining("`userId` is the field; foreignKey names its column. Did you mean"
                + " `user_id`?");
        assertThat(compilation).hadErrorCount(1);
        assertThat(generatedSourceNames(compilation)).containsExactlyElementsIn(classesOf("User"));
    }

    @Test
    void hasManyForeignKeyNamesTheTargetsFieldInsteadOfItsColumn() {
        JavaFileObject user = user("""
                @HasMany(foreignKey = "userId")
                List<Post> posts;
                """);
        Compilation compilation = compile(user, post(""));
        assertThat(compilation).hadErrorContaining("[JUNCTION-REL-004] @HasMany field `posts` of com.example.User names"
                + " foreign key `userId`, but com.example.Post has no such column; a @HasMany's foreign key is a column"
                + " of the target model. `userId` is the field; foreignKey names its column. Did you mean `user_id`?")
                .inFile(user).onLineContaining("@HasMany(foreignKey = \"userId\")");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void hasManyForeignKeyMisspelled() {
        JavaFileObject user = user("""
                @HasMany(foreignKey = "usr_id")
                List<Post> posts;
                """);
        Compilation compilation = compile(user, post(""));
        assertThat(compilation).hadErrorContaining("[JUNCTION-REL-004] @HasMany field `posts` of com.example.User names"
                + " foreign key `usr_id`, but com.example.Post has no such column; a @HasMany's foreign key is a column"
                + " of the target model. Did you mean `user_id`?").inFile(user)
                .onLineContaining("@HasMany(foreignKey = \"usr_id\")");
        assertThat(compilation).hadErrorCount(1);
        assertThat(generatedSourceNames(compilation)).containsExactlyElementsIn(classesOf("Post"));
    }

    @Test
    void hasOneForeignKeyWithNothingClose() {
        JavaFileObject profile = source("com.example.Profile", """
                package com.example;

                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                @Model
                public class Profile {
                    @Id Long id;
                    String bio;
                }
                """);
        JavaFileObject user = user("""
                @HasOne(foreignKey = "owner_id")
                Profile profile;
                """);
        Compilation compilation = compile(user, profile);
        assertThat(compilation).hadErrorContaining("[JUNCTION-REL-004] @HasOne field `profile` of com.example.User"
                + " names foreign key `owner_id`").inFile(user).onLineContaining("@HasOne(foreignKey = \"owner_id\")");
        assertThat(compilation).hadErrorContaining("Add a field for column `owner_id` to Profile; its columns are"
                + " [id, bio]");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void foreignKeyOfAnotherType() {
        JavaFileObject post = source("com.example.Post", """
                package com.example;

                import dev.junction.annotation.BelongsTo;
                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                @Model
                public class Post {
                    @Id Long id;
                    String userId;
                    @BelongsTo(foreignKey = "user_id")
                    User user;
                }
                """);
        Compilation compilation = compile(user(""), post);
        assertThat(compilation).hadErrorContaining("[JUNCTION-REL-005] @BelongsTo field `user` of com.example.Post uses"
                + " foreign key `user_id` of type java.lang.String (field `userId` of Post), which cannot hold the id"
                + " of User (type java.lang.Long)").inFile(post).onLineContaining("@BelongsTo(foreignKey = \"user_id\")");
        assertThat(compilation).hadErrorContaining("a foreign key has the type of the key it references, or that type's"
                + " primitive or wrapper (long and Long, int and Integer, short and Short), and an enum key the same"
                + " enum. Declare `userId` as java.lang.Long");
        assertThat(compilation).hadErrorCount(1);
        assertThat(generatedSourceNames(compilation)).containsExactlyElementsIn(classesOf("User"));
    }

    @Test
    void primitiveForeignKeyOfTheIdsTypeIsFine() {
        JavaFileObject post = source("com.example.Post", """
                package com.example;

                import dev.junction.annotation.BelongsTo;
                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                @Model
                public class Post {
                    @Id Long id;
                    long userId;
                    @BelongsTo(foreignKey = "user_id")
                    User user;
                }
                """);
        assertThat(compile(user(""), post)).succeededWithoutWarnings();
    }

    @Test
    void inverseOfNamesNoField() {
        JavaFileObject post = post("""
                @BelongsTo(foreignKey = "user_id", inverseOf = "post")
                User user;
                """);
        Compilation compilation = compile(USER, post);
        assertThat(compilation).hadErrorContaining("[JUNCTION-REL-006] @BelongsTo field `user` of com.example.Post names"
                + " inverseOf `post`, but com.example.User has no relation field of that name. Did you mean `posts`?")
                .inFile(post).onLineContaining("inverseOf = \"post\"");
        assertThat(compilation).hadErrorCount(1);
        assertThat(generatedSourceNames(compilation)).isEmpty();
    }

    @Test
    void inverseOfNamesNoFieldAndNothingClose() {
        JavaFileObject post = post("""
                @BelongsTo(foreignKey = "user_id", inverseOf = "articles")
                User user;
                """);
        Compilation compilation = compile(user(""), post);
        assertThat(compilation).hadErrorContaining("[JUNCTION-REL-006]").inFile(post)
                .onLineContaining("inverseOf = \"articles\"");
        assertThat(compilation).hadErrorContaining("Declare it on User, for example `@HasMany(foreignKey = \"user_id\","
                + " inverseOf = \"user\") List<Post> articles;`, or remove inverseOf");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void inverseOfNamesARelationOfTheSameKind() {
        JavaFileObject user = user("""
                Long latestPostId;
                @BelongsTo(foreignKey = "latest_post_id")
                Post latestPost;
                """);
        JavaFileObject post = post("""
                @BelongsTo(foreignKey = "user_id", inverseOf = "latestPost")
                User user;
                """);
        Compilation compilation = compile(user, post);
        assertThat(compilation).hadErrorContaining("[JUNCTION-REL-007] @BelongsTo field `user` of com.example.Post names"
                + " inverseOf `latestPost`, which is a @BelongsTo; @BelongsTo must pair with @HasMany or @HasOne. Point"
                + " inverseOf at a @HasMany or @HasOne field of User").inFile(post)
                .onLineContaining("inverseOf = \"latestPost\"");
        assertThat(compilation).hadErrorCount(1);
        assertThat(generatedSourceNames(compilation)).isEmpty();
    }

    @Test
    void hasManyInverseOfNamesAHasOne() {
        JavaFileObject user = user("""
                Long reviewedPostId;
                @HasMany(foreignKey = "user_id", inverseOf = "reviewer")
                List<Post> posts;
                """);
        JavaFileObject post = post("""
                @HasOne(foreignKey = "reviewed_post_id")
                User reviewer;
                """.replace("@HasOne", "@dev.junction.annotation.HasOne"));
        Compilation compilation = compile(user, post);
        assertThat(compilation).hadErrorContaining("[JUNCTION-REL-007] @HasMany field `posts` of com.example.User names"
                + " inverseOf `reviewer`, which is a @HasOne; @HasMany must pair with @BelongsTo. Point inverseOf at a"
                + " @BelongsTo field of Post").inFile(user).onLineContaining("inverseOf = \"reviewer\"");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void inverseOfNamesARelationToAnotherModel() {
        JavaFileObject comment = source("com.example.Comment", """
                package com.example;

                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                @Model
                public class Comment {
                    @Id Long id;
                    Long userId;
                }
                """);
        JavaFileObject user = user("""
                @HasMany(foreignKey = "user_id")
                List<Comment> comments;
                """);
        JavaFileObject post = post("""
                @BelongsTo(foreignKey = "user_id", inverseOf = "comments")
                User user;
                """);
        Compilation compilation = compile(user, post, comment);
        assertThat(compilation).hadErrorContaining("[JUNCTION-REL-008] @BelongsTo field `user` of com.example.Post names"
                + " inverseOf `comments` on com.example.User, but that field refers to com.example.Comment, not"
                + " com.example.Post").inFile(post).onLineContaining("inverseOf = \"comments\"");
        assertThat(compilation).hadErrorContaining("Point inverseOf at a field that refers to Post");
        assertThat(compilation).hadErrorCount(1);
        List<String> expected = new ArrayList<>(classesOf("Comment"));
        expected.addAll(relationalClassesOf("User"));
        assertThat(generatedSourceNames(compilation)).containsExactlyElementsIn(expected);
    }

    @Test
    void inversePairDisagreesOnTheForeignKey() {
        JavaFileObject post = post("""
                Long authorId;
                @BelongsTo(foreignKey = "author_id", inverseOf = "posts")
                User user;
                """);
        Compilation compilation = compile(USER, post);
        assertThat(compilation).hadErrorContaining("[JUNCTION-REL-009] @BelongsTo field `user` of com.example.Post uses"
                + " foreign key `author_id`, but its inverse `posts` on com.example.User uses `user_id`; both sides of a"
                + " relation name the same column. Use `author_id` on both").inFile(post)
                .onLineContaining("@BelongsTo(foreignKey = \"author_id\"");
        assertThat(compilation).hadErrorContaining("[JUNCTION-REL-009] @HasMany field `posts` of com.example.User uses"
                + " foreign key `user_id`, but its inverse `user` on com.example.Post uses `author_id`").inFile(USER)
                .onLineContaining("@HasMany(foreignKey = \"user_id\"");
        assertThat(compilation).hadErrorCount(2);
        assertThat(generatedSourceNames(compilation)).isEmpty();
    }

    @Test
    void inverseThatDoesNotPointBackWarns() {
        JavaFileObject user = user("""
                @HasMany(foreignKey = "user_id")
                List<Post> posts;
                """);
        Compilation compilation = compile(user, POST);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[JUNCTION-REL-010] @BelongsTo field `user` of com.example.Post"
                + " names inverseOf `posts`, but `posts` on com.example.User does not name `user` back, so loading that"
                + " side will not fill this one. Add `inverseOf = \"user\"` to `posts`: `@HasMany(foreignKey ="
                + " \"user_id\", inverseOf = \"user\") List<Post> posts;`").inFile(POST)
                .onLineContaining("inverseOf = \"posts\"");
        assertThat(compilation).hadWarningCount(1);
    }

    @Test
    void fieldIsBothIdAndRelation() {
        JavaFileObject post = source("com.example.Post", """
                package com.example;

                import dev.junction.annotation.BelongsTo;
                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                @Model
                public class Post {
                    @Id Long id;
                    Long userId;
                    @Column("author") @BelongsTo(foreignKey = "user_id")
                    User user;
                }
                """.replace("import dev.junction.annotation.BelongsTo;",
                "import dev.junction.annotation.BelongsTo;\nimport dev.junction.annotation.Column;"));
        Compilation compilation = compile(user(""), post);
        assertThat(compilation).hadErrorContaining("[JUNCTION-REL-011] Field `user` of com.example.Post carries @Column"
                + " and @BelongsTo; a field is one column or one relation. Keep one of them").inFile(post)
                .onLineContaining("User user;");
        assertThat(compilation).hadErrorCount(1);
        assertThat(generatedSourceNames(compilation)).containsExactlyElementsIn(classesOf("User"));
    }

    @Test
    void fieldWithTwoRelations() {
        JavaFileObject user = user("""
                @HasMany(foreignKey = "user_id") @HasOne(foreignKey = "user_id")
                List<Post> posts;
                """);
        Compilation compilation = compile(user, post(""));
        assertThat(compilation).hadErrorContaining("[JUNCTION-REL-011] Field `posts` of com.example.User carries"
                + " @HasMany and @HasOne").inFile(user).onLineContaining("List<Post> posts;");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void validModelWhoseTargetIsBrokenGetsNoCodeAndNoFollowOnError() {
        JavaFileObject user = source("com.example.User", """
                package com.example;

                import dev.junction.annotation.Model;

                @Model(table = "users")
                public class User {
                    Long key;
                }
                """);
        Compilation compilation = compile(user, post("@BelongsTo(foreignKey = \"user_id\") User user;"));
        assertThat(compilation).hadErrorContaining("[JUNCTION-ID-001]").inFile(user).onLineContaining("class User");
        assertThat(compilation).hadErrorCount(1);
        assertThat(generatedSourceNames(compilation)).isEmpty();
    }

    @Test
    void modelWhoseTargetCannotBeWrittenGetsNoCodeEither() {
        JavaFileObject user = source("com.example.User", """
                package com.example;

                import dev.junction.annotation.Model;

                @Model(table = "users")
                public class User {
                    Long key;
                }
                """);
        JavaFileObject comment = source("com.example.Comment", """
                package com.example;

                import dev.junction.annotation.BelongsTo;
                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                @Model
                public class Comment {
                    @Id Long id;
                    Long postId;
                    @BelongsTo(foreignKey = "post_id")
                    Post post;
                }
                """);
        Compilation compilation = compile(user, post("@BelongsTo(foreignKey = \"user_id\") User user;"), comment);
        assertThat(compilation).hadErrorContaining("[JUNCTION-ID-001]").inFile(user).onLineContaining("class User");
        assertThat(compilation).hadErrorCount(1);
        assertThat(generatedSourceNames(compilation)).isEmpty();
    }

    /** {@code com.example.User} with an id, a username and the given members. */
    private static JavaFileObject user(String members) {
        return source("com.example.User", """
                package com.example;

                import dev.junction.annotation.BelongsTo;
                import dev.junction.annotation.HasMany;
                import dev.junction.annotation.HasOne;
                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;
                import java.util.List;

                @Model(table = "users")
                public class User {
                    @Id Long id;
                    String username;
                %s}
                """.formatted(members.indent(4)));
    }

    /** {@code com.example.Post} with an id, a {@code user_id} column, a title and the given members. */
    private static JavaFileObject post(String members) {
        return source("com.example.Post", """
                package com.example;

                import dev.junction.annotation.BelongsTo;
                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;
                import java.util.List;

                @Model(table = "posts")
                public class Post {
                    @Id Long id;
                    Long userId;
                    String title;
                %s}
                """.formatted(members.indent(4)));
    }
}
