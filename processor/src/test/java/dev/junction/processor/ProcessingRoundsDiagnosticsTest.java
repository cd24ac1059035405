package dev.junction.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.junction.processor.Compilations.classesOf;
import static dev.junction.processor.Compilations.compilerAfter;
import static dev.junction.processor.Compilations.generatedSource;
import static dev.junction.processor.Compilations.generatedSourceNames;
import static dev.junction.processor.Compilations.registry;
import static dev.junction.processor.Compilations.relationalClassesOf;
import static dev.junction.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Types that another annotation processor generates: a model that uses one waits for it (code JUNCTION-MOD-007 when
 * it never comes), and a model with a relation to a waiting model waits with it.
 */
class ProcessingRoundsDiagnosticsTest {

    private static final String STATUS = """
            package com.example;

            public enum Status {
                ACTIVE,
                BLOCKED
            }
            """;

    /** A class that no model uses: only makes javac run another round. */
    private static final String UNRELATED = """
            package com.example;

            public class Unrelated {
            }
            """;

    private static final JavaFileObject USER_WITH_STATUS = source("com.example.User", """
            package com.example;

            import dev.junction.annotation.Id;
            import dev.junction.annotation.Model;

            @Model(table = "users")
            public class User {
                @Id Long id;
                Status status;
            }
            """);

    @Test
    void waitsForAColumnTypeThatAnotherProcessorGenerates() {
        Compilation compilation = compilerAfter(generating("com.example.Status", STATUS)).compile(USER_WITH_STATUS);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(generatedSourceNames(compilation)).containsExactlyElementsIn(classesOf("User"));
        assertThat(generatedSource(compilation, "com.example.UserTable")).contains("Field<Status> STATUS");
    }

    @Test
    void waitsForASuperclassThatAnotherProcessorGenerates() {
        JavaFileObject user = source("com.example.User", """
                package com.example;

                import dev.junction.annotation.Model;

                @Model(table = "users")
                public class User extends Entity {
                    String name;
                }
                """);
        Compilation compilation = compilerAfter(generating("com.example.Entity", """
                package com.example;

                import dev.junction.annotation.Id;

                public class Entity {
                    @Id Long id;
                }
                """)).compile(user);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(generatedSourceNames(compilation)).containsExactlyElementsIn(classesOf("User"));
        assertThat(generatedSource(compilation, "com.example.UserTable")).contains("Field<Long> ID");
    }

    @Test
    void waitsForARelationTargetThatAnotherProcessorGeneratesWithTheModelsThatReferToTheWaitingOne() {
        JavaFileObject post = source("com.example.Post", """
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
                    @BelongsTo(foreignKey = "user_id")
                    User user;
                }
                """);
        JavaFileObject comment = source("com.example.Comment", """
                package com.example;

                import dev.junction.annotation.BelongsTo;
                import dev.junction.annotation.Connection;
                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                @Model(table = "comments")
                @Connection("secondary")
                public class Comment {
                    @Id Long id;
                    Long postId;
                    @BelongsTo(foreignKey = "post_id")
                    Post post;
                }
                """);
        Compilation compilation = compilerAfter(generating("com.example.User", """
                package com.example;

                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                @Model(table = "users")
                public class User {
                    @Id Long id;
                }
                """)).compile(post, comment);
        assertThat(compilation).succeededWithoutWarnings();
        List<String> expected = new ArrayList<>(relationalClassesOf("Comment", "Post"));
        expected.addAll(classesOf("User"));
        assertThat(generatedSourceNames(compilation)).containsExactlyElementsIn(expected);
        assertThat(registry(compilation)).contains("com.example.User\tusers\tdefault\t-\tcom.example.UserTable\n");
    }

    @Test
    void generatedTypeThatIsNoColumnTypeIsReportedOnTheField() {
        JavaFileObject user = source("com.example.User", """
                package com.example;

                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                @Model(table = "users")
                public class User {
                    @Id Long id;
                    Money balance;
                }
                """);
        Compilation compilation = compilerAfter(generating("com.example.Money", """
                package com.example;

                public class Money {
                }
                """)).compile(user);
        assertThat(compilation).hadErrorContaining("[JUNCTION-COL-001] Field `balance` of com.example.User has type"
                + " com.example.Money, which Junction cannot map to a column").inFile(user)
                .onLineContaining("Money balance;");
        assertThat(compilation).hadErrorCount(1);
        assertThat(generatedSourceNames(compilation)).isEmpty();
    }

    @Test
    void typeThatNeverAppearsIsReportedOnceOnTheFieldAfterTheLastRound() {
        Compilation compilation = compilerAfter(generating("com.example.Unrelated", UNRELATED))
                .compile(USER_WITH_STATUS);
        assertThat(compilation).hadErrorContaining("[JUNCTION-MOD-007] @Model com.example.User uses type Status (field"
                + " `status`), which no source file, class path entry or annotation processor declared by the last"
                + " processing round, so Junction generated no code for it. Declare or import Status, add the"
                + " dependency that has it, or fix the processor that should generate it")
                .inFile(USER_WITH_STATUS).onLineContaining("Status status;");
        assertThat(compilation.errors().stream().filter(e -> e.getMessage(null).contains("[JUNCTION-MOD-007]")))
                .hasSize(1);
        assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(USER_WITH_STATUS)
                .onLineContaining("Status status;");
        assertThat(compilation).hadErrorCount(2);
        assertThat(generatedSourceNames(compilation)).isEmpty();
    }

    @Test
    void superclassThatNeverAppearsIsReportedOnTheClass() {
        JavaFileObject user = source("com.example.User", """
                package com.example;

                import dev.junction.annotation.Model;

                @Model(table = "users")
                public class User extends Entity {
                    String name;
                }
                """);
        Compilation compilation = compilerAfter(generating("com.example.Unrelated", UNRELATED)).compile(user);
        assertThat(compilation).hadErrorContaining("[JUNCTION-MOD-007] @Model com.example.User uses type Entity (its"
                + " superclass)").inFile(user).onLineContaining("public class User extends Entity");
        assertThat(compilation.errors().stream().filter(e -> e.getMessage(null).contains("[JUNCTION-")))
                .hasSize(1);
        assertThat(generatedSourceNames(compilation)).isEmpty();
    }

    @Test
    void modelWithARelationToAModelWhoseTypeNeverAppearsGetsNoCodeAndNoErrorOfItsOwn() {
        JavaFileObject post = source("com.example.Post", """
                package com.example;

                import dev.junction.annotation.BelongsTo;
                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                @Model(table = "posts")
                public class Post {
                    @Id Long id;
                    Long userId;
                    @BelongsTo(foreignKey = "user_id")
                    User user;
                }
                """);
        Compilation compilation = compilerAfter(generating("com.example.Unrelated", UNRELATED))
                .compile(USER_WITH_STATUS, post);
        assertThat(compilation).hadErrorContaining("[JUNCTION-MOD-007] @Model com.example.User uses type Status")
                .inFile(USER_WITH_STATUS).onLineContaining("Status status;");
        assertThat(compilation.errors().stream().filter(e -> e.getMessage(null).contains("[JUNCTION-")))
                .hasSize(1);
        assertThat(generatedSourceNames(compilation)).isEmpty();
    }

    private static GeneratingProcessor generating(String qualifiedName, String text) {
        return new GeneratingProcessor(Map.of(qualifiedName, text));
    }
}
