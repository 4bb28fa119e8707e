package io.callimport.consumer.intake;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.listener.AbstractMessageListenerContainer;
import org.springframework.amqp.rabbit.listener.RabbitListenerEndpointRegistry;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import io.callimport.consumer.config.ConsumerProperties;
import io.callimport.consumer.config.ImportThreads;
import io.callimport.consumer.metrics.ImportMetrics;
import io.callimport.model.messaging.ImportLane;
import io.callimport.model.messaging.MessagingTopology;
import io.callimport.model.settings.GenesysSettingsRepository;

/**
 * Consumes the queues of every tenant that has settings: reads the tenants at start and
 * every {@code tenant-discovery-interval}, declares a new tenant's queues (its producer
 * declares them too) and adds them to the listener. A tenant's queues are consumed from
 * then on; a message for a tenant whose settings are gone fails as UNKNOWN_TENANT.
 */
@Component
class TenantQueueSubscriptions implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(TenantQueueSubscriptions.class);

	private final GenesysSettingsRepository settings;

	private final AmqpAdmin admin;

	private final RabbitListenerEndpointRegistry listeners;

	private final ImportThreads threads;

	private final ConsumerProperties.Batch properties;

	private final ImportMetrics metrics;

	private final Set<String> subscribed = ConcurrentHashMap.newKeySet();

	private final AtomicBoolean refreshing = new AtomicBoolean();

	private volatile @Nullable ScheduledFuture<?> discovery;

	TenantQueueSubscriptions(GenesysSettingsRepository settings, AmqpAdmin admin,
			RabbitListenerEndpointRegistry listeners, ImportThreads threads, ConsumerProperties properties,
			ImportMetrics metrics) {
		this.settings = settings;
		this.admin = admin;
		this.listeners = listeners;
		this.threads = threads;
		this.properties = properties.batch();
		this.metrics = metrics;
	}

	/**
	 * Reads the tenants and consumes the queues of new ones; failures wait for the next
	 * turn.
	 */
	void refresh() {
		List<String> tenants;
		try {
			tenants = this.settings.tenantIds();
		}
		catch (RuntimeException ex) {
			log.warn("Could not read the tenants; trying again in {}: {}", this.properties.tenantDiscoveryInterval(),
					ex.toString());
			return;
		}
		for (String tenant : tenants) {
			if (!this.subscribed.contains(tenant) && MessagingTopology.TENANT_ID.matcher(tenant).matches()) {
				subscribe(tenant);
			}
		}
	}

	/** The tenants whose queues this consumer consumes. */
	Set<String> subscribed() {
		return Set.copyOf(this.subscribed);
	}

	private void subscribe(String tenant) {
		try {
			for (Declarable declarable : MessagingTopology.tenantDeclarables(tenant)) {
				if (declarable instanceof Queue queue) {
					this.admin.declareQueue(queue);
				}
				else if (declarable instanceof Binding binding) {
					this.admin.declareBinding(binding);
				}
			}
			container().addQueueNames(MessagingTopology.queueFor(tenant, ImportLane.LIVE),
					MessagingTopology.queueFor(tenant, ImportLane.BACKGROUND));
			this.subscribed.add(tenant);
			this.metrics.tenantKnown(tenant);
			log.info("Consuming the queues of tenant {}", tenant);
		}
		catch (RuntimeException ex) {
			log.warn("Could not consume the queues of tenant {} yet; trying again in {}: {}", tenant,
					this.properties.tenantDiscoveryInterval(), ex.toString());
		}
	}

	private AbstractMessageListenerContainer container() {
		return (AbstractMessageListenerContainer) this.listeners.getListenerContainer(ConversationEndedListener.ID);
	}

	@Override
	public void start() {
		// the timer only triggers: reading the database happens on a coordinator thread
		this.discovery = this.threads.timer()
			.scheduleWithFixedDelay(() -> this.threads.coordinators().execute(this::refreshOnce), Instant.now(),
					this.properties.tenantDiscoveryInterval());
	}

	private void refreshOnce() {
		if (this.refreshing.compareAndSet(false, true)) {
			try {
				refresh();
			}
			finally {
				this.refreshing.set(false);
			}
		}
	}

	@Override
	public void stop() {
		ScheduledFuture<?> running = this.discovery;
		if (running != null) {
			running.cancel(false);
		}
		this.discovery = null;
	}

	@Override
	public boolean isRunning() {
		return this.discovery != null;
	}

	/**
	 * After the listener container started (it consumes the legacy queue from the start).
	 */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}

}
