package io.callimport.consumer.config;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.rabbit.config.SimpleRabbitListenerContainerFactory;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.support.converter.JacksonJsonMessageConverter;
import org.springframework.boot.amqp.autoconfigure.RabbitTemplateCustomizer;
import org.springframework.boot.amqp.autoconfigure.SimpleRabbitListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The listener container of the ended-conversations queue and the publishing template.
 */
@Configuration(proxyBeanMethods = false)
public class MessagingConfiguration {

	/** Name of the listener container factory of the ended-conversations listener. */
	public static final String CONVERSATION_ENDED_CONTAINER_FACTORY = "conversationEndedContainerFactory";

	@Bean
	JacksonJsonMessageConverter jacksonJsonMessageConverter(JsonMapper jsonMapper) {
		return new JacksonJsonMessageConverter(jsonMapper);
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
	 * Manual acknowledgements: a message is acknowledged only after its import is stored
	 * and queued for analysis, or after it was handed to a delay or dead-letter queue.
	 */
	@Bean(CONVERSATION_ENDED_CONTAINER_FACTORY)
	SimpleRabbitListenerContainerFactory conversationEndedContainerFactory(
			SimpleRabbitListenerContainerFactoryConfigurer configurer, ConnectionFactory connectionFactory,
			ConsumerProperties properties) {
		SimpleRabbitListenerContainerFactory factory = new SimpleRabbitListenerContainerFactory();
		configurer.configure(factory, connectionFactory);
		factory.setAcknowledgeMode(AcknowledgeMode.MANUAL);
		factory.setConcurrentConsumers(properties.concurrency());
		factory.setMaxConcurrentConsumers(properties.concurrency());
		factory.setPrefetchCount(properties.prefetch());
		factory.setDefaultRequeueRejected(false);
		factory.setMessageConverter(new RawBodyMessageConverter());
		return factory;
	}

}
