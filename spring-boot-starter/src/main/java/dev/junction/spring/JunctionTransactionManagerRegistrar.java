package dev.junction.spring;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.support.AutowireCandidateQualifier;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Registers one {@link JunctionTransactionManager} per connection, named {@code junctionTransactionManager.<name>} and
 * qualified {@code <name>}, so that {@code @Transactional("<name>")} finds it. None is a default candidate: a plain
 * {@code @Transactional} or an injection by type alone keeps the application's own transaction manager (and Boot
 * still configures its JDBC one), unless a single Junction manager is the only one there is. A bean the application
 * defines under the same name wins.
 */
final class JunctionTransactionManagerRegistrar implements ImportBeanDefinitionRegistrar, EnvironmentAware {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
        for (String connection : ConnectionPlan.of(environment).names()) {
            String beanName = JunctionTransactionManager.beanName(connection);
            if (registry.containsBeanDefinition(beanName)) {
                continue;
            }
            RootBeanDefinition definition = new RootBeanDefinition(
                    JunctionTransactionManager.class, () -> new JunctionTransactionManager(connection));
            definition.setDefaultCandidate(false);
            definition.addQualifier(new AutowireCandidateQualifier(Qualifier.class, connection));
            registry.registerBeanDefinition(beanName, definition);
        }
    }
}
