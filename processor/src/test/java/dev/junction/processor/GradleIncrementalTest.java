package dev.junction.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Gradle learns how incremental the processor is from a resource next to it: aggregating, for the reason given in
 * {@link JunctionProcessor}'s class comment.
 */
class GradleIncrementalTest {

    private static final String RESOURCE = "META-INF/gradle/incremental.annotation.processors";

    @Test
    void processorIsDeclaredAggregatingOnItsClassPath() throws IOException {
        try (InputStream in = JunctionProcessor.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            assertWithMessage("%s on the processor's class path", RESOURCE).that(in).isNotNull();
            assertWithMessage(RESOURCE).that(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip())
                    .isEqualTo(JunctionProcessor.class.getName() + ",aggregating");
        }
    }
}
