package io.callimport.consumer.importing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.stereotype.Component;

import io.callimport.consumer.failure.FailureHandler;

/**
 * Settles a call whose attempt failed: the {@link FailureHandler} parks it on a delay or
 * dead-letter queue, then the delivery is acknowledged; when the broker did not take the
 * copy, the delivery goes back to the broker instead. Other calls of its batch are not
 * concerned.
 */
@Component
class CallFailures {

	static final String MDC_TENANT = "tenantId";

	static final String MDC_CONVERSATION = "conversationId";

	private static final Logger log = LoggerFactory.getLogger(CallFailures.class);

	private final FailureHandler handler;

	CallFailures(FailureHandler handler) {
		this.handler = handler;
	}

	void fail(PendingImport call, Throwable error) {
		try (MDC.MDCCloseable tenant = MDC.putCloseable(MDC_TENANT, call.tenantId());
				MDC.MDCCloseable conversation = MDC.putCloseable(MDC_CONVERSATION, call.conversationId())) {
			this.handler.handle(call.delivered(), call.message(), call.attempt(), error);
			call.settle();
		}
		catch (RuntimeException ex) {
			log.warn("Delivery of conversation {} not settled, handing it back to the broker: {}",
					call.conversationId(), ex.toString());
			call.handBack(ex);
		}
	}

}
