package io.github.kindem2m.jwks;

import java.net.URI;
import java.time.Duration;

/**
 * How the Kinde key set is fetched and cached.
 *
 * @param uri where the key set is served
 * @param cacheTtl how long fetched keys are used before they are fetched again
 * @param refreshAhead how long before expiry a background refresh starts; zero disables it
 * @param minRefetchInterval minimum interval between fetches caused by unknown key ids
 * @param outageTolerance how long the last keys keep serving while the key set cannot be
 * fetched; zero disables it
 * @param connectTimeout connect timeout of a fetch
 * @param readTimeout read timeout of a fetch
 * @param maxSize largest accepted response, in bytes
 */
public record JwksSettings(URI uri, Duration cacheTtl, Duration refreshAhead, Duration minRefetchInterval,
		Duration outageTolerance, Duration connectTimeout, Duration readTimeout, int maxSize) {

	/**
	 * How long a request may wait for a fetch started by another request.
	 * @return the connect and read timeouts together
	 */
	public Duration refreshTimeout() {
		return this.connectTimeout.plus(this.readTimeout);
	}

}
