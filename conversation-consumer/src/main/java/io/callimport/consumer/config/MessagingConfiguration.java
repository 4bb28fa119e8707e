package io.callimport.consumer.config;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.rabbit.config.DirectRabbitListenerContainerFactory;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.support.converter.JacksonJsonMessageConverter;
import org.springframework.boot.amqp.autoconfigure.RabbitTemplateCustomizer;
import org.springframework.boot.amqp.autoconfigure.DirectRabbitListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.callimport.model.messaging.ConfirmedPublisher;

/**
 * The listener container of the ended-conversations queue and the publishing template.
 */
@Configuration(proxyBeanMethods = false)
public class MessagingConfiguration {

	/** Name of the listener container factory of the ended-conversations listener. */
	public static final String CONVERSATION_ENDED_CONTAINER_FACTORY = "conversationEndedContainerFactory";

	/**
	 * Phase of the listener containers: below the shutdown drain's, which stops first,
	 * while their channels stay open for the acknowledgements of the imports under way.
	 */
	public static final int LISTENER_PHASE = Integer.MAX_VALUE - 100;

	@Bean
	JacksonJsonMessageConverter jacksonJsonMessageConverter(JsonMapper jsonMapper) {
		return new JacksonJsonMessageConverter(jsonMapper);
	}

	/** Every publish of the consumer waits for the broker's confirm. */
	@Bean
	ConfirmedPublisher confirmedPublisher(RabbitTemplate template, ConsumerProperties properties) {
		return new ConfirmedPublisher(template, properties.publishTimeout());
	}

	/**
	 * Publishers get a connection of their own, so a broker that blocks publishers
	 * (resource alarm) cannot stall the consumers' acknowledgements.
	 */
	@Bean
	RabbitTemplateCustomizer publisherConnectionCustomizer() {
		return (template) -> {
			template.setUsePublisherConnection(true);
			template.setMandatory(true);
		};
	}

	/**
	 * One consumer per queue (each tenant and lane has one; queues are added as tenants
	 * appear), on the broker's delivery threads. Manual acknowledgements: the listener
	 * returns at once and acknowledges a delivery when its import settled (stored and
	 * queued for analysis, or handed to a delay or dead-letter queue).
	 */
	@Bean(CONVERSATION_ENDED_CONTAINER_FACTORY)
	DirectRabbitListenerContainerFactory conversationEndedContainerFactory(
			DirectRabbitListenerContainerFactoryConfigurer configurer, ConnectionFactory connectionFactory,
			ConsumerProperties properties) {
		DirectRabbitListenerContainerFactory factory = new DirectRabbitListenerContainerFactory();
		configurer.configure(factory, connectionFactory);
		factory.setAcknowledgeMode(AcknowledgeMode.MANUAL);
		factory.setConsumersPerQueue(1);
		factory.setPrefetchCount(properties.prefetch());
		factory.setDefaultRequeueRejected(false);
		factory.setMessageConverter(new RawBodyMessageConverter());
		factory.setPhase(LISTENER_PHASE);
		return factory;
	}

}
