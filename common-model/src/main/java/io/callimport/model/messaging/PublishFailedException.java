package io.callimport.model.messaging;

import org.springframework.amqp.AmqpException;

/**
 * The broker did not take a message: it nacked or returned it, or did not confirm it in
 * time. Transient: the broker may take it later.
 */
public class PublishFailedException extends AmqpException {

	private static final long serialVersionUID = 1L;

	public PublishFailedException(String message) {
		super(message);
	}

	public PublishFailedException(String message, Throwable cause) {
		super(message, cause);
	}

}
