package io.github.kindem2m.jwks;

import com.nimbusds.jose.jwk.JWKSet;

/**
 * Told when the Kinde key set changes hands. Beans of this type are called by the
 * auto-configured key source; the verified-token cache uses it to evict tokens whose key
 * was removed.
 */
public interface JwksListener {

	/**
	 * The key set was fetched (or, during an outage, the cached one was kept).
	 * @param keys the keys now in use
	 */
	void keysRefreshed(JWKSet keys);

}
