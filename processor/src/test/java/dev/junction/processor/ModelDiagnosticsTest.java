package dev.junction.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.junction.processor.Compilations.compile;
import static dev.junction.processor.Compilations.generatedSourceNames;
import static dev.junction.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The diagnostics about a model class as a whole and its {@code @Id}: codes JUNCTION-MOD-* and JUNCTION-ID-*. */
class ModelDiagnosticsTest {

    @Test
    void abstractModel() {
        JavaFileObject shape = source("com.example.Shape", """
                package com.example;

                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                @Model
                public abstract class Shape {
                    @Id Long id;
                }
                """);
        Compilation compilation = compile(shape);
        assertThat(compilation).hadErrorContaining("[JUNCTION-MOD-001] @Model com.example.Shape is abstract")
                .inFile(shape).onLineContaining("public abstract class Shape");
        assertThat(compilation).hadErrorContaining("Move the annotation to such a class");
        assertThat(compilation).hadErrorCount(1);
        assertThat(generatedSourceNames(compilation)).isEmpty();
    }

    @Test
    void interfaceModel() {
        JavaFileObject named = source("com.example.Named", """
                package com.example;

                import dev.junction.annotation.Model;

                @Model
                public interface Named {
                    String name();
                }
                """);
        Compilation compilation = compile(named);
        assertThat(compilation).hadErrorContaining("[JUNCTION-MOD-001] @Model com.example.Named is an interface; a model"
                + " must be a concrete top-level or static nested class. Move the annotation to such a class")
                .inFile(named).onLineContaining("public interface Named");
        assertThat(compilation).hadErrorCount(1);
        assertThat(generatedSourceNames(compilation)).isEmpty();
    }

    @Test
    void enumModel() {
        JavaFileObject status = source("com.example.Status", """
                package com.example;

                import dev.junction.annotation.Model;

                @Model
                public enum Status {
                    OPEN,
                    CLOSED
                }
                """);
        Compilation compilation = compile(status);
        assertThat(compilation).hadErrorContaining("[JUNCTION-MOD-001] @Model com.example.Status is an enum")
                .inFile(status).onLineContaining("public enum Status");
        assertThat(compilation).hadErrorCount(1);
        assertThat(generatedSourceNames(compilation)).isEmpty();
    }

    @Test
    void innerClassModel() {
        JavaFileObject blog = source("com.example.Blog", """
                package com.example;

                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                public class Blog {
                    @Model
                    public class Entry {
                        @Id Long id;
                    }
                }
                """);
        Compilation compilation = compile(blog);
        assertThat(compilation).hadErrorContaining("[JUNCTION-MOD-001] @Model com.example.Blog.Entry is an inner class")
                .inFile(blog).onLineContaining("public class Entry");
        assertThat(compilation).hadErrorCount(1);
        assertThat(generatedSourceNames(compilation)).isEmpty();
    }

    @Test
    void noConstructorWithoutArguments() {
        JavaFileObject user = source("com.example.User", """
                package com.example;

                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                @Model
                public class User {
                    @Id Long id;

                    User(Long id) {
                        this.id = id;
                    }
                }
                """);
        Compilation compilation = compile(user);
        assertThat(compilation).hadErrorContaining("[JUNCTION-MOD-002] @Model com.example.User has no non-private"
                + " constructor without arguments").inFile(user).onLineContaining("public class User");
        assertThat(compilation).hadErrorContaining("Add `User() {}`");
        assertThat(compilation).hadErrorCount(1);
        assertThat(generatedSourceNames(compilation)).isEmpty();
    }

    @Test
    void privateConstructorIsNotUsable() {
        JavaFileObject user = source("com.example.User", """
                package com.example;

                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                @Model
                public class User {
                    @Id Long id;

                    private User() {}
                }
                """);
        Compilation compilation = compile(user);
        assertThat(compilation).hadErrorContaining("[JUNCTION-MOD-002]").inFile(user)
                .onLineContaining("public class User");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void genericModel() {
        JavaFileObject box = source("com.example.Box", """
                package com.example;

                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                @Model
                public class Box<T> {
                    @Id Long id;
                }
                """);
        Compilation compilation = compile(box);
        assertThat(compilation).hadErrorContaining("[JUNCTION-MOD-003] @Model com.example.Box declares type parameters"
                + " <T>").inFile(box).onLineContaining("public class Box<T>");
        assertThat(compilation).hadErrorContaining("Remove the type parameters");
        assertThat(compilation).hadErrorCount(1);
        assertThat(generatedSourceNames(compilation)).isEmpty();
    }

    @Test
    void privateNestedModel() {
        JavaFileObject outer = source("com.example.Outer", """
                package com.example;

                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                public class Outer {
                    @Model
                    private static class Secret {
                        @Id Long id;
                    }
                }
                """);
        Compilation compilation = compile(outer);
        assertThat(compilation).hadErrorContaining("[JUNCTION-MOD-004] @Model com.example.Outer.Secret is private, so"
                + " the generated classes in package com.example cannot use it").inFile(outer)
                .onLineContaining("private static class Secret");
        assertThat(compilation).hadErrorContaining("Make it package-private or public");
        assertThat(compilation).hadErrorCount(1);
        assertThat(generatedSourceNames(compilation)).isEmpty();
    }

    @Test
    void twoModelsOnOneTableOfOneConnection() {
        JavaFileObject user = source("com.example.User", """
                package com.example;

                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                @Model(table = "users")
                public class User {
                    @Id Long id;
                }
                """);
        JavaFileObject account = source("com.example.Account", """
                package com.example;

                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                @Model(table = "USERS")
                public class Account {
                    @Id Long id;
                }
                """);
        Compilation compilation = compile(user, account);
        assertThat(compilation).hadErrorContaining("[JUNCTION-MOD-005] @Model com.example.Account maps table `USERS` on"
                + " connection `default`, which com.example.User maps already").inFile(account)
                .onLineContaining("@Model(table = \"USERS\")");
        assertThat(compilation).hadErrorContaining("Give one of them another table, or merge them");
        assertThat(compilation).hadErrorCount(1);
        assertThat(generatedSourceNames(compilation)).isEmpty();
    }

    @Test
    void oneTableOnTwoConnectionsIsFine() {
        JavaFileObject user = source("com.example.User", """
                package com.example;

                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                @Model(table = "users")
                public class User {
                    @Id Long id;
                }
                """);
        JavaFileObject archivedUser = source("com.example.ArchivedUser", """
                package com.example;

                import dev.junction.annotation.Connection;
                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                @Model(table = "users")
                @Connection("archive")
                public class ArchivedUser {
                    @Id Long id;
                }
                """);
        assertThat(compile(user, archivedUser)).succeededWithoutWarnings();
    }

    @Test
    void blankTableName() {
        JavaFileObject widget = source("com.example.Widget", """
                package com.example;

                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                @Model(table = " ")
                public class Widget {
                    @Id Long id;
                }
                """);
        Compilation compilation = compile(widget);
        assertThat(compilation).hadErrorContaining("[JUNCTION-MOD-006] @Model com.example.Widget has table name ` `,"
                + " which is not a usable identifier").inFile(widget).onLineContaining("@Model(table = \" \")");
        assertThat(compilation).hadErrorContaining("Use a table name such as `widget`");
        assertThat(compilation).hadErrorCount(1);
        assertThat(generatedSourceNames(compilation)).isEmpty();
    }

    @Test
    void missingId() {
        JavaFileObject tag = source("com.example.Tag", """
                package com.example;

                import dev.junction.annotation.Model;

                @Model
                public class Tag {
                    String name;
                }
                """);
        Compilation compilation = compile(tag);
        assertThat(compilation).hadErrorContaining("[JUNCTION-ID-001] @Model com.example.Tag has no @Id field")
                .inFile(tag).onLineContaining("public class Tag");
        assertThat(compilation).hadErrorContaining("for example `@Id Long id;`");
        assertThat(compilation).hadErrorCount(1);
        assertThat(generatedSourceNames(compilation)).isEmpty();
    }

    @Test
    void secondId() {
        JavaFileObject tag = source("com.example.Tag", """
                package com.example;

                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                @Model
                public class Tag {
                    @Id Long id;
                    @Id Long code;
                }
                """);
        Compilation compilation = compile(tag);
        assertThat(compilation).hadErrorContaining("[JUNCTION-ID-002] @Model com.example.Tag has a second @Id field"
                + " `code` (the first is `id`)").inFile(tag).onLineContaining("@Id Long code;");
        assertThat(compilation).hadErrorContaining("Keep one @Id");
        assertThat(compilation).hadErrorCount(1);
        assertThat(generatedSourceNames(compilation)).isEmpty();
    }

    @Test
    void primitiveId() {
        JavaFileObject tag = source("com.example.Tag", """
                package com.example;

                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                @Model
                public class Tag {
                    @Id long id;
                }
                """);
        Compilation compilation = compile(tag);
        assertThat(compilation).hadErrorContaining("[JUNCTION-ID-003] @Id field `id` of com.example.Tag has primitive"
                + " type long").inFile(tag).onLineContaining("@Id long id;");
        assertThat(compilation).hadErrorContaining("Declare it as Long");
        assertThat(compilation).hadErrorCount(1);
        assertThat(generatedSourceNames(compilation)).isEmpty();
    }

    @Test
    void brokenModelDoesNotStopAnUnrelatedOne() {
        JavaFileObject tag = source("com.example.Tag", """
                package com.example;

                import dev.junction.annotation.Model;

                @Model
                public class Tag {
                    String name;
                }
                """);
        JavaFileObject user = source("com.example.User", """
                package com.example;

                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                @Model
                public class User {
                    @Id Long id;
                }
                """);
        Compilation compilation = compile(tag, user);
        assertThat(compilation).hadErrorContaining("[JUNCTION-ID-001]").inFile(tag).onLineContaining("class Tag");
        assertThat(compilation).hadErrorCount(1);
        assertThat(generatedSourceNames(compilation)).containsExactly("UserQueries", "UserQuery", "UserTable",
                "com_example_User");
    }
}
