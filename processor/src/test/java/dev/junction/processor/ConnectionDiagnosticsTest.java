package dev.junction.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.junction.processor.Compilations.compile;
import static dev.junction.processor.Compilations.compiler;
import static dev.junction.processor.Compilations.generatedSourceNames;
import static dev.junction.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The diagnostics about {@code @Connection} names: codes JUNCTION-CONN-*. */
class ConnectionDiagnosticsTest {

    private static final String CONNECTIONS = "-Ajunction.connections=default, secondary";

    @Test
    void unknownConnectionWithSuggestion() {
        JavaFileObject post = model("Post", "@Connection(\"secondry\")");
        Compilation compilation = compiler(CONNECTIONS).compile(post);
        assertThat(compilation).hadErrorContaining("[JUNCTION-CONN-001] @Connection of com.example.Post names"
                + " `secondry`, which is not among the connections given with -Ajunction.connections (default,"
                + " secondary). Did you mean `secondary`?").inFile(post).onLineContaining("@Connection(\"secondry\")");
        assertThat(compilation).hadErrorCount(1);
        assertThat(generatedSourceNames(compilation)).isEmpty();
    }

    @Test
    void unknownConnectionWithoutSuggestion() {
        JavaFileObject post = model("Post", "@Connection(\"analytics\")");
        Compilation compilation = compiler(CONNECTIONS).compile(post);
        assertThat(compilation).hadErrorContaining("[JUNCTION-CONN-001] @Connection of com.example.Post names"
                + " `analytics`").inFile(post).onLineContaining("@Connection(\"analytics\")");
        assertThat(compilation).hadErrorContaining("Add it to -Ajunction.connections, or use one of those.");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void unknownReadConnection() {
        JavaFileObject user = model("User", "@Connection(value = \"default\",\n        read = \"default_replika\")");
        Compilation compilation = compiler("-Ajunction.connections=default,default_replica").compile(user);
        assertThat(compilation).hadErrorContaining("[JUNCTION-CONN-001] @Connection of com.example.User names"
                + " `default_replika`").inFile(user).onLineContaining("read = \"default_replika\"");
        assertThat(compilation).hadErrorContaining("Did you mean `default_replica`?");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void implicitDefaultConnectionMustBeDeclared() {
        JavaFileObject user = model("User", "");
        Compilation compilation = compiler("-Ajunction.connections=primary").compile(user);
        assertThat(compilation).hadErrorContaining("[JUNCTION-CONN-001] @Connection of com.example.User names"
                + " `default`").inFile(user).onLineContaining("public class User");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void declaredConnectionsAreAccepted() {
        JavaFileObject user = model("User", "");
        JavaFileObject post = model("Post", "@Connection(value = \"secondary\")");
        Compilation compilation = compiler(CONNECTIONS).compile(user, post);
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void connectionUsedOnceNearAnotherWarns() {
        JavaFileObject user = model("User", "");
        JavaFileObject post = model("Post", "@Connection(\"default\")");
        JavaFileObject comment = model("Comment", "@Connection(\"defualt\")");
        Compilation compilation = compile(user, post, comment);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[JUNCTION-CONN-002] @Connection of com.example.Comment names"
                + " `defualt`, which no other model uses, while Post, User use `default`; a connection name that one"
                + " model uses and that is one or two edits from another is likely a typo. Did you mean `default`? If"
                + " both are meant, declare the connections with -Ajunction.connections=default,defualt")
                .inFile(comment).onLineContaining("@Connection(\"defualt\")");
        assertThat(compilation).hadWarningCount(1);
        assertThat(generatedSourceNames(compilation)).contains("CommentTable");
    }

    @Test
    void connectionUsedOnceNearAnotherUsedOnceWarnsOnTheOneThatIsNotDefault() {
        JavaFileObject comment = model("Comment", "@Connection(\"defualt\")");
        JavaFileObject user = model("User", "");
        Compilation compilation = compile(comment, user);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[JUNCTION-CONN-002] @Connection of com.example.Comment names"
                + " `defualt`, which no other model uses, while User uses `default`").inFile(comment)
                .onLineContaining("@Connection(\"defualt\")");
        assertThat(compilation).hadWarningContaining("Did you mean `default`?");
        assertThat(compilation).hadWarningCount(1);
    }

    @Test
    void twoNamesUsedOnceTwoEditsApartWarnOnTheLaterOne() {
        JavaFileObject user = model("User", "@Connection(\"secondary\")");
        JavaFileObject post = model("Post", "@Connection(\"secnodary\")");
        Compilation compilation = compile(user, post);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[JUNCTION-CONN-002] @Connection of com.example.Post names"
                + " `secnodary`, which no other model uses, while User uses `secondary`").inFile(post)
                .onLineContaining("@Connection(\"secnodary\")");
        assertThat(compilation).hadWarningContaining("Did you mean `secondary`? If both are meant, declare the"
                + " connections with -Ajunction.connections=secnodary,secondary");
        assertThat(compilation).hadWarningCount(1);
    }

    @Test
    void misspelledReadConnectionWarns() {
        JavaFileObject user = model("User", "@Connection(value = \"default\", read = \"replica\")");
        JavaFileObject post = model("Post", "@Connection(value = \"secondary\",\n        read = \"replika\")");
        Compilation compilation = compile(user, post);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningContaining("[JUNCTION-CONN-002] @Connection of com.example.Post names"
                + " `replika`").inFile(post).onLineContaining("read = \"replika\"");
        assertThat(compilation).hadWarningCount(1);
    }

    @Test
    void namesThreeEditsApartDoNotWarn() {
        JavaFileObject user = model("User", "@Connection(\"shard\")");
        JavaFileObject post = model("Post", "@Connection(\"shard_eu\")");
        assertThat(compile(user, post)).succeededWithoutWarnings();
    }

    @Test
    void noWarningForDistinctConnections() {
        JavaFileObject user = model("User", "");
        JavaFileObject post = model("Post", "@Connection(\"secondary\")");
        assertThat(compile(user, post)).succeededWithoutWarnings();
    }

    @Test
    void noWarningWhenConnectionsAreDeclared() {
        JavaFileObject user = model("User", "");
        JavaFileObject post = model("Post", "@Connection(\"default\")");
        JavaFileObject comment = model("Comment", "@Connection(\"defualt\")");
        Compilation compilation = compiler("-Ajunction.connections=default,defualt").compile(user, post, comment);
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void blankConnection() {
        JavaFileObject post = model("Post", "@Connection(\" \")");
        Compilation compilation = compile(post);
        assertThat(compilation).hadErrorContaining("[JUNCTION-CONN-003] @Connection of com.example.Post has the blank"
                + " connection name ` `").inFile(post).onLineContaining("@Connection(\" \")");
        assertThat(compilation).hadErrorContaining("Name a configured connection, for example `default`");
        assertThat(compilation).hadErrorCount(1);
        assertThat(generatedSourceNames(compilation)).isEmpty();
    }

    @Test
    void blankReadConnection() {
        JavaFileObject post = model("Post", "@Connection(value = \"default\", read = \" \")");
        Compilation compilation = compile(post);
        assertThat(compilation).hadErrorContaining("[JUNCTION-CONN-003] @Connection of com.example.Post has the blank"
                + " read connection name ` `").inFile(post).onLineContaining("read = \" \"");
        assertThat(compilation).hadErrorCount(1);
    }

    /** A minimal model {@code com.example.<name>} with the given {@code @Connection} line (or none). */
    private static JavaFileObject model(String name, String connection) {
        return source("com.example." + name, """
                package com.example;

                import dev.junction.annotation.Connection;
                import dev.junction.annotation.Id;
                import dev.junction.annotation.Model;

                @Model
                %s
                public class %s {
                    @Id Long id;
                }
                """.formatted(connection, name));
    }
}
