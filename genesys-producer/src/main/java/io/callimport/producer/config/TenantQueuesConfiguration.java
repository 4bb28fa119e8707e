package io.callimport.producer.config;

import org.springframework.amqp.core.Declarables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.callimport.model.messaging.MessagingTopology;
import io.callimport.producer.tenant.TenantProperties;

/**
 * The queues of this producer's tenant, declared on every connection, so that its
 * messages have a queue to go to before any consumer has learnt of the tenant.
 */
@Configuration(proxyBeanMethods = false)
class TenantQueuesConfiguration {

	@Bean
	Declarables tenantQueues(TenantProperties tenant) {
		return new Declarables(MessagingTopology.tenantDeclarables(tenant.id()));
	}

}
