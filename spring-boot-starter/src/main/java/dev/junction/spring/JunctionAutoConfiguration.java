package dev.junction.spring;

import dev.junction.ConnectionManager;
import dev.junction.QueryListener;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.AbstractTransactionManagementConfiguration;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/**
 * Auto-configuration of Junction: the connections of {@link JunctionProperties} (or the application's
 * {@code DataSource} as connection {@code default}), configured by {@link JunctionLifecycle} when the context starts
 * and shut down when it stops, and one {@link JunctionTransactionManager} per connection.
 *
 * <p>It runs after Boot's {@code DataSource} and transaction auto-configurations, which therefore still configure the
 * application's JDBC transaction manager and annotation-driven transactions as they would without Junction. When they
 * did not enable annotation-driven transactions (an application with no other transaction manager), this does, so
 * that {@code @Transactional("<connection>")} works. {@code junction.enabled=false} turns it all off.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration"})
@ConditionalOnClass(ConnectionManager.class)
@ConditionalOnBooleanProperty(name = JunctionProperties.PREFIX + ".enabled", matchIfMissing = true)
@EnableConfigurationProperties(JunctionProperties.class)
@Import(JunctionTransactionManagerRegistrar.class)
public final class JunctionAutoConfiguration {

    JunctionAutoConfiguration() {}

    @Bean(JunctionLifecycle.BEAN_NAME)
    JunctionLifecycle junctionLifecycle(JunctionProperties properties, ListableBeanFactory beans,
            ObjectProvider<QueryListener> queryListeners, ObjectProvider<BeforeConfigure> beforeConfigure) {
        return new JunctionLifecycle(properties, beans, queryListeners, beforeConfigure);
    }

    /** Annotation-driven transactions, when nothing else enabled them; proxies as Boot's would be. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean(AbstractTransactionManagementConfiguration.class)
    static class EnableTransactionManagementConfiguration {

        @Configuration(proxyBeanMethods = false)
        @EnableTransactionManagement(proxyTargetClass = false)
        @ConditionalOnBooleanProperty(name = "spring.aop.proxy-target-class", havingValue = false)
        static class JdkDynamicAutoProxyConfiguration {}

        @Configuration(proxyBeanMethods = false)
        @EnableTransactionManagement(proxyTargetClass = true)
        @ConditionalOnBooleanProperty(name = "spring.aop.proxy-target-class", matchIfMissing = true)
        static class CglibAutoProxyConfiguration {}
    }
}
