/**
 * Spring Boot auto-configuration for Junction: connections from {@code junction.connections.<name>.<key>} properties
 * or {@code DataSource} beans ({@link dev.junction.spring.JunctionProperties}), configured and shut down with the
 * application context ({@link dev.junction.spring.JunctionLifecycle}), a Spring transaction manager per connection
 * ({@link dev.junction.spring.JunctionTransactionManager}), a health contributor and the metrics of the application's
 * meter registry.
 */
package dev.junction.spring;
