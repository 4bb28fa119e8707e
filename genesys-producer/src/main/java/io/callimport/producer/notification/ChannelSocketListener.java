package io.callimport.producer.notification;

import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.callimport.producer.notification.NotificationFrames.FrameKind;

/**
 * OkHttp's callbacks of one channel socket, on its reader thread: frames go to
 * {@link NotificationFrames}, everything else to the {@link ChannelConnection}.
 */
final class ChannelSocketListener extends WebSocketListener {

	private static final Logger log = LoggerFactory.getLogger(ChannelSocketListener.class);

	private final ChannelConnection connection;

	private final NotificationFrames frames;

	ChannelSocketListener(ChannelConnection connection, NotificationFrames frames) {
		this.connection = connection;
		this.frames = frames;
	}

	@Override
	public void onOpen(WebSocket webSocket, Response response) {
		this.connection.opened(webSocket);
	}

	@Override
	public void onMessage(WebSocket webSocket, String text) {
		this.connection.beat();
		try {
			this.connection.closingAnnounced(this.frames.handle(text) == FrameKind.SOCKET_CLOSING);
		}
		catch (RuntimeException ex) {
			log.warn("Handling a frame of channel {} failed: {}", this.connection.channelId(), ex.toString());
		}
	}

	@Override
	public void onClosing(WebSocket webSocket, int code, String reason) {
		webSocket.close(1000, null);
		this.connection.end("closed", "closed by Genesys (" + code + (reason.isEmpty() ? "" : " " + reason) + ")");
	}

	@Override
	public void onClosed(WebSocket webSocket, int code, String reason) {
		this.connection.end("closed", "closed (" + code + ")");
	}

	@Override
	public void onFailure(WebSocket webSocket, Throwable failure, @Nullable Response response) {
		this.connection.end("failure",
				"failed: " + failure.getClass().getSimpleName()
						+ ((failure.getMessage() != null) ? " " + failure.getMessage() : "")
						+ ((response != null) ? " (HTTP " + response.code() + ")" : ""));
	}

}
