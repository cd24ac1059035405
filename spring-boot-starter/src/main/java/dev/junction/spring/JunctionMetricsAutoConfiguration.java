package dev.junction.spring;

import dev.junction.ConnectionManager;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of Junction's metrics, when Micrometer is on the class path: at every start, before the
 * connections are configured, Junction gets the application's {@link MeterRegistry} (when it has one), which gives
 * the HikariCP pool metrics of every pool Junction opens and the {@code junction.query} timer.
 */
@AutoConfiguration(after = JunctionAutoConfiguration.class)
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(JunctionLifecycle.class)
public final class JunctionMetricsAutoConfiguration {

    JunctionMetricsAutoConfiguration() {}

    @Bean
    BeforeConfigure junctionMeterRegistry(ObjectProvider<MeterRegistry> meterRegistry) {
        return () -> meterRegistry.ifAvailable(ConnectionManager::setMeterRegistry);
    }
}
