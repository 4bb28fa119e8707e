package io.callimport.producer.publishing;

import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.callimport.model.messaging.ConfirmedPublisher;

/** The relay publishes through the publisher both services share. */
@Configuration(proxyBeanMethods = false)
class ConfirmedPublishing {

	@Bean
	ConfirmedPublisher confirmedPublisher(RabbitTemplate template, PublishingProperties properties) {
		return new ConfirmedPublisher(template, properties.confirmTimeout());
	}

}
