package com.necxian.refunds.messaging.tracing;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.kafka.config.AbstractKafkaListenerContainerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Turns on spring-kafka's observations for every KafkaTemplate (a producer span, the trace context written as the
 * {@code traceparent} header) and every listener container factory (a consumer span from that header) of a
 * service, whatever its properties say.
 */
public class KafkaObservation implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof KafkaTemplate<?, ?> template) {
            template.setObservationEnabled(true);
        } else if (bean instanceof AbstractKafkaListenerContainerFactory<?, ?, ?> factory) {
            factory.getContainerProperties().setObservationEnabled(true);
        }
        return bean;
    }
}
