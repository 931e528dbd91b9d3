package io.github.kindem2m.support;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.opts.AllowWeakRSAKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Real RS256 tokens shaped like Kinde's M2M tokens, for the starter's own tests.
 */
public final class TestTokens {

	public static final String AUDIENCE = "https://api.example.test";

	public static final String CLIENT_ID = "47dfff23348d4acc84ab2770a0fa877d";

	/** The signing key every test uses unless it says otherwise. */
	public static final RSAKey KEY = generate("key-1");

	private TestTokens() {
	}

	public static RSAKey generate(String kid) {
		return generate(kid, 2048);
	}

	public static RSAKey generate(String kid, int bits) {
		try {
			return new RSAKeyGenerator(bits, bits < 2048).keyID(kid).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Claims of a valid org-scoped M2M token from {@code issuer}. */
	public static JWTClaimsSet.Builder claims(String issuer) {
		Instant now = Instant.now();
		return new JWTClaimsSet.Builder().issuer(issuer)
			.audience(List.of(AUDIENCE))
			.claim("azp", CLIENT_ID)
			.claim("gty", List.of("client_credentials"))
			.claim("scope", "kb:read kb:write")
			.claim("scp", List.of())
			.claim("org_code", "org_acme")
			.claim("v", "2")
			.claim("feature_flags", Map.of("agent-v2", Map.of("t", "b", "v", true)))
			.claim("application_properties", Map.of("model_version", Map.of("v", "gpt-4")))
			.jwtID(UUID.randomUUID().toString())
			.issueTime(Date.from(now.minusSeconds(5)))
			.expirationTime(Date.from(now.plusSeconds(3600)));
	}

	public static String sign(JWTClaimsSet claims) {
		return sign(KEY, claims);
	}

	public static String sign(RSAKey key, JWTClaimsSet claims) {
		return sign(key, new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
	}

	public static String sign(RSAKey key, JWSHeader header, JWTClaimsSet claims) {
		try {
			SignedJWT jwt = new SignedJWT(header, claims);
			jwt.sign(new RSASSASigner(key.toPrivateKey(), Set.of(AllowWeakRSAKey.getInstance())));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The public JWKS document for the given keys. */
	public static String jwks(RSAKey... keys) {
		return new JWKSet(List.of(keys)).toPublicJWKSet().toString();
	}

}
