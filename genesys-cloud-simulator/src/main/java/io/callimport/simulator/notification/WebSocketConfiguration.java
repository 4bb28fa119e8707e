package io.callimport.simulator.notification;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * Serves the channel websocket at the path of each channel's {@code connectUri}; no auth
 * header is needed (as with Genesys), an unknown channel is refused with 404.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class WebSocketConfiguration implements WebSocketConfigurer {

	private final ChannelSocketHandler handler;

	private final ChannelRegistry channels;

	WebSocketConfiguration(ChannelSocketHandler handler, ChannelRegistry channels) {
		this.handler = handler;
		this.channels = channels;
	}

	@Override
	public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
		registry.addHandler(this.handler, "/channels/*")
			.addInterceptors(new KnownChannelInterceptor(this.channels))
			.setAllowedOrigins("*");
	}

	private record KnownChannelInterceptor(ChannelRegistry channels) implements HandshakeInterceptor {

		@Override
		public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response,
				WebSocketHandler wsHandler, Map<String, Object> attributes) {
			String channelId = ChannelRegistry.channelIdOf(request.getURI().getPath());
			if (channelId == null || this.channels.find(channelId).isEmpty()) {
				response.setStatusCode(HttpStatus.NOT_FOUND);
				return false;
			}
			return true;
		}

		@Override
		public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler wsHandler,
				@Nullable Exception exception) {
		}

	}

}
