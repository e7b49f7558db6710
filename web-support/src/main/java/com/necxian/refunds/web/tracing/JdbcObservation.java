package com.necxian.refunds.web.tracing;

import java.util.Set;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

import io.micrometer.core.instrument.observation.MeterObservationHandler;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationPredicate;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import net.ttddyy.observation.tracing.DataSourceBaseContext;
import net.ttddyy.observation.tracing.DataSourceObservationListener;
import net.ttddyy.observation.tracing.JdbcObservationDocumentation;

/**
 * Wraps every {@link DataSource} bean so its connections and statements are observed ({@code jdbc.connection},
 * {@code jdbc.query} spans; no result-set spans). Statements are recorded with their {@code ?} placeholders, never
 * with parameter values, so no personal data reaches a span.
 */
class JdbcObservation implements BeanPostProcessor {

    private final ObjectProvider<ObservationRegistry> registry;

    JdbcObservation(ObjectProvider<ObservationRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof DataSource dataSource)) {
            return bean;
        }
        var listener = new DataSourceObservationListener(registry::getObject);
        listener.setSupportedTypes(Set.of(JdbcObservationDocumentation.CONNECTION, JdbcObservationDocumentation.QUERY));
        listener.setIncludeParameterValues(false);
        listener.setQueryObservationConvention(new QueryTags());
        return ProxyDataSourceBuilder.create(dataSource).name(beanName).listener(listener).methodListener(listener)
                .build();
    }

    /**
     * JDBC is observed only inside a trace (a refund's work): the pollers' and relays' idle queries, Flyway and
     * health checks would otherwise each open a trace of their own, every few hundred milliseconds.
     */
    static ObservationPredicate onlyInsideATrace(ObjectProvider<Tracer> tracer) {
        return (name, context) -> !(context instanceof DataSourceBaseContext)
                || tracer.getObject().currentSpan() != null;
    }

    /**
     * JDBC observations are spans only: ahead of Boot's meter handler, this one takes them and records nothing, so no
     * timer per statement (the statement's text is no meter tag either; pool and query times are Hikari's and
     * PostgreSQL's metrics). A timer and a long-task timer per statement were a quarter of the JDBC observations'
     * cost in the pipeline benchmark.
     */
    static final class SpansOnly implements MeterObservationHandler<DataSourceBaseContext> {

        @Override
        public boolean supportsContext(Observation.Context context) {
            return context instanceof DataSourceBaseContext;
        }
    }
}
