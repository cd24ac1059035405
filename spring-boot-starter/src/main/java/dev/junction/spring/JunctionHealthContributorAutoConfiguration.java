package dev.junction.spring;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of Junction's health contributor, when Spring Boot's health support is on the class path: the
 * bean {@value #BEAN_NAME} (the contributor {@code junction}) with one component per connection, up when a
 * {@code select 1} on it succeeds. {@code management.health.junction.enabled=false} turns it off.
 */
@AutoConfiguration(after = JunctionAutoConfiguration.class)
@ConditionalOnClass({HealthContributor.class, ConditionalOnEnabledHealthIndicator.class})
@ConditionalOnBean(JunctionLifecycle.class)
@ConditionalOnEnabledHealthIndicator("junction")
public final class JunctionHealthContributorAutoConfiguration {

    /** The name of the health contributor bean, whose contributor is named {@code junction}. */
    public static final String BEAN_NAME = "junctionHealthContributor";

    JunctionHealthContributorAutoConfiguration() {}

    @Bean(BEAN_NAME)
    @ConditionalOnMissingBean(name = {"junctionHealthIndicator", BEAN_NAME})
    CompositeHealthContributor junctionHealthContributor(JunctionProperties properties) {
        ConnectionPlan plan = ConnectionPlan.of(properties);
        Map<String, JunctionConnectionHealthIndicator> indicators = new LinkedHashMap<>();
        for (String connection : plan.names()) {
            indicators.put(connection, new JunctionConnectionHealthIndicator(connection, plan.secrets(connection)));
        }
        return CompositeHealthContributor.fromMap(indicators);
    }
}
