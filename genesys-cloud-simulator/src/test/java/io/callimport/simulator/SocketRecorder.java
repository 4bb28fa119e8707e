package io.callimport.simulator;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * A real websocket client (OkHttp) that records what it sees: frames, a close frame
 * (code), or a failure (connection dropped without one).
 */
public final class SocketRecorder extends WebSocketListener {

	public final List<String> frames = new CopyOnWriteArrayList<>();

	public final AtomicInteger closeCode = new AtomicInteger(-1);

	public final AtomicReference<Throwable> failure = new AtomicReference<>();

	public final AtomicReference<Integer> handshakeStatus = new AtomicReference<>();

	public volatile boolean open;

	private WebSocket socket;

	public static SocketRecorder connect(String uri) {
		SocketRecorder recorder = new SocketRecorder();
		recorder.socket = SimulatorClients.HTTP.newWebSocket(new Request.Builder().url(uri).build(), recorder);
		return recorder;
	}

	public void send(String text) {
		this.socket.send(text);
	}

	public void close() {
		this.socket.close(1000, "test done");
	}

	public long count(String fragment) {
		return this.frames.stream().filter((frame) -> frame.contains(fragment)).count();
	}

	@Override
	public void onOpen(WebSocket webSocket, Response response) {
		this.open = true;
	}

	@Override
	public void onMessage(WebSocket webSocket, String text) {
		this.frames.add(text);
	}

	@Override
	public void onClosing(WebSocket webSocket, int code, String reason) {
		this.closeCode.set(code);
		webSocket.close(1000, null);
	}

	@Override
	public void onFailure(WebSocket webSocket, Throwable t, Response response) {
		if (response != null) {
			this.handshakeStatus.set(response.code());
		}
		this.failure.set(t);
	}

}
