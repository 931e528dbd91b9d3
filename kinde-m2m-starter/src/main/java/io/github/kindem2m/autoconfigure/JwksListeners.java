package io.github.kindem2m.autoconfigure;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import com.nimbusds.jose.jwk.JWKSet;
import io.github.kindem2m.jwks.JwksListener;
import org.jspecify.annotations.Nullable;

/**
 * Passes key set events to every {@link JwksListener} bean.
 */
final class JwksListeners implements JwksListener {

	private final Supplier<List<JwksListener>> listeners;

	JwksListeners(Supplier<List<JwksListener>> listeners) {
		this.listeners = listeners;
	}

	@Override
	public void keysRefreshed(JWKSet keys) {
		this.listeners.get().forEach((listener) -> listener.keysRefreshed(keys));
	}

	@Override
	public void fetched(Duration duration, @Nullable Throwable failure) {
		this.listeners.get().forEach((listener) -> listener.fetched(duration, failure));
	}

	@Override
	public void servingStaleKeys(Throwable cause, Duration remaining) {
		this.listeners.get().forEach((listener) -> listener.servingStaleKeys(cause, remaining));
	}

	@Override
	public void rateLimited() {
		this.listeners.get().forEach(JwksListener::rateLimited);
	}

}
