package io.github.kindem2m.validation;

import java.security.Key;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * Applies Kinde's header rules before any key is looked up, so a refused header never
 * causes a key set request: RS256 only; no {@code jku}, {@code x5u}, {@code jwk} or
 * {@code x5c} (keys come from the configured key set and nowhere else); no {@code crit};
 * {@code typ}
 * absent, {@code JWT} or {@code at+jwt}. Keys shorter than 2048 bits are never used.
 */
final class HeaderPolicyKeySelector implements JWSKeySelector<SecurityContext> {

	static final int MIN_RSA_KEY_BITS = 2048;

	private static final Set<String> ACCEPTED_TYPES = Set.of("jwt", "at+jwt", "application/at+jwt");

	private final JWSVerificationKeySelector<SecurityContext> keys;

	HeaderPolicyKeySelector(JWKSource<SecurityContext> jwkSource) {
		this.keys = new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, jwkSource);
	}

	@Override
	public List<? extends Key> selectJWSKeys(JWSHeader header, SecurityContext context) throws KeySourceException {
		checkHeader(header);
		List<Key> usable = new ArrayList<>();
		List<Key> candidates = this.keys.selectJWSKeys(header, context);
		for (Key key : candidates) {
			if (key instanceof RSAPublicKey rsa && rsa.getModulus().bitLength() >= MIN_RSA_KEY_BITS) {
				usable.add(key);
			}
		}
		if (usable.isEmpty() && !candidates.isEmpty()) {
			throw new RejectedTokenException("The signing key is shorter than 2048 bits and is never used");
		}
		return usable;
	}

	private static void checkHeader(JWSHeader header) {
		if (!JWSAlgorithm.RS256.equals(header.getAlgorithm())) {
			throw new RejectedTokenException("The token's signing algorithm is not accepted; only RS256 is");
		}
		if (header.getJWKURL() != null || header.getX509CertURL() != null || header.getJWK() != null
				|| header.getX509CertChain() != null) {
			throw new RejectedTokenException(
					"The token header must not name its own key (jku, x5u, jwk or x5c); keys come only from the Kinde key set");
		}
		if (header.getCriticalParams() != null) {
			throw new RejectedTokenException("The token header must not carry crit; Kinde tokens have no critical extensions");
		}
		JOSEObjectType type = header.getType();
		if (type != null && !ACCEPTED_TYPES.contains(type.getType().toLowerCase(Locale.ROOT))) {
			throw new RejectedTokenException("The token's typ header must be absent, JWT or at+jwt");
		}
	}

}
