package io.github.kindem2m.jwks;

import java.time.Duration;

import com.nimbusds.jose.jwk.JWKSet;
import org.jspecify.annotations.Nullable;

/**
 * Told what happens to the Kinde key set. Beans of this type are called by the
 * auto-configured key source: the verified-token cache evicts tokens of removed keys, the
 * health indicator and metrics follow fetches and outages.
 */
public interface JwksListener {

	/**
	 * The key set was fetched (or, during an outage, the cached one was kept).
	 * @param keys the keys now in use
	 */
	default void keysRefreshed(JWKSet keys) {
	}

	/**
	 * One request to the key set URL ended.
	 * @param duration how long it took
	 * @param failure why it failed, or {@code null} when it succeeded
	 */
	default void fetched(Duration duration, @Nullable Throwable failure) {
	}

	/**
	 * The key set could not be retrieved and the last keys keep serving (outage tolerance).
	 * @param cause why the key set could not be retrieved
	 * @param remaining how much longer the last keys will serve
	 */
	default void servingStaleKeys(Throwable cause, Duration remaining) {
	}

	/**
	 * A refetch for an unknown key id was refused by the rate limit.
	 */
	default void rateLimited() {
	}

}
