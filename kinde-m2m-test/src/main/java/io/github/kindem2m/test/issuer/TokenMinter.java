package io.github.kindem2m.test.issuer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.opts.AllowWeakRSAKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import org.jspecify.annotations.Nullable;

/**
 * Mints one token shaped exactly like Kinde's M2M access tokens, then lets a test change
 * anything: claims, header, times, signing key, or no signature at all.
 *
 * <pre>{@code
 * String token = issuer.mint().org("org_acme").scopes("kb:read").flag("agent-v2", true).sign();
 * String expired = issuer.mint().expiresAt(Instant.now().minusSeconds(3600)).sign();
 * String forged = issuer.mint().signedWith(attackerKey).sign();
 * }</pre>
 */
public final class TokenMinter {

	private final Map<String, Object> header = new LinkedHashMap<>();

	private final Map<String, Object> claims = new LinkedHashMap<>();

	private RSAKey key;

	private boolean unsigned;

	TokenMinter(String issuer, RSAKey key, LocalClient client, List<String> audience, List<String> scopes) {
		this.key = key;
		Instant now = Instant.now();
		this.header.put("alg", "RS256");
		this.header.put("kid", key.getKeyID());
		this.header.put("typ", "JWT");
		this.claims.put("aud", new ArrayList<>(audience));
		this.claims.put("azp", client.clientId());
		this.claims.put("exp", now.plus(client.tokenLifetime()).getEpochSecond());
		this.claims.put("gty", List.of("client_credentials"));
		this.claims.put("iat", now.getEpochSecond());
		this.claims.put("iss", issuer);
		this.claims.put("jti", UUID.randomUUID().toString());
		this.claims.put("scope", String.join(" ", scopes));
		this.claims.put("scp", List.of());
		this.claims.put("v", "2");
		org(client.orgCode());
		client.properties().forEach(this::property);
		client.flags().forEach(this::flag);
	}

	/** Sets the organisation ({@code org_code}); {@code null} removes it. */
	public TokenMinter org(@Nullable String orgCode) {
		return claim("org_code", orgCode);
	}

	/** Sets the client id ({@code azp}). */
	public TokenMinter clientId(String clientId) {
		return claim("azp", clientId);
	}

	/** Sets the granted scopes (the {@code scope} string). */
	public TokenMinter scopes(String... scopes) {
		return claim("scope", String.join(" ", scopes));
	}

	/** Sets the audiences ({@code aud}). */
	public TokenMinter audience(String... audiences) {
		return claim("aud", List.of(audiences));
	}

	/** Sets the issuer ({@code iss}). */
	public TokenMinter issuer(String issuer) {
		return claim("iss", issuer);
	}

	/**
	 * Adds a feature flag; the type code follows the value: Boolean {@code b}, String
	 * {@code s}, Integer {@code i}, or a {@link LocalClient.FlagValue} for any code.
	 */
	@SuppressWarnings("unchecked")
	public TokenMinter flag(String name, Object value) {
		Map<String, Object> flags = (Map<String, Object>) this.claims.computeIfAbsent("feature_flags",
				(key) -> new LinkedHashMap<>());
		flags.put(name, Flags.entry(value));
		return this;
	}

	/** Adds an application property ({@code {"v": value}}). */
	@SuppressWarnings("unchecked")
	public TokenMinter property(String name, Object value) {
		Map<String, Object> properties = (Map<String, Object>) this.claims
			.computeIfAbsent("application_properties", (key) -> new LinkedHashMap<>());
		properties.put(name, Map.of("v", value));
		return this;
	}

	/** Sets any claim to any JSON value; {@code null} removes it. */
	public TokenMinter claim(String name, @Nullable Object value) {
		if (value == null) {
			this.claims.remove(name);
		}
		else {
			this.claims.put(name, value);
		}
		return this;
	}

	/** Sets any header parameter to any JSON value; {@code null} removes it. */
	public TokenMinter header(String name, @Nullable Object value) {
		if (value == null) {
			this.header.remove(name);
		}
		else {
			this.header.put(name, value);
		}
		return this;
	}

	/** Sets the expiry ({@code exp}). */
	public TokenMinter expiresAt(Instant expiresAt) {
		return claim("exp", expiresAt.getEpochSecond());
	}

	/** Makes the token expired an hour ago, issued two hours ago. */
	public TokenMinter expired() {
		Instant now = Instant.now();
		return issuedAt(now.minus(Duration.ofHours(2))).expiresAt(now.minus(Duration.ofHours(1)));
	}

	/** Sets the not-before time ({@code nbf}). */
	public TokenMinter notBefore(Instant notBefore) {
		return claim("nbf", notBefore.getEpochSecond());
	}

	/** Sets the issue time ({@code iat}). */
	public TokenMinter issuedAt(Instant issuedAt) {
		return claim("iat", issuedAt.getEpochSecond());
	}

	/** Signs with another key, such as one that is not in the issuer's key set. */
	public TokenMinter signedWith(RSAKey key) {
		this.key = key;
		this.header.put("kid", key.getKeyID());
		return this;
	}

	/** Leaves the token unsigned ({@code alg: none}, empty signature). */
	public TokenMinter unsigned() {
		this.unsigned = true;
		this.header.put("alg", "none");
		return this;
	}

	/** The claims as they will be signed. */
	public Map<String, Object> claims() {
		return this.claims;
	}

	/**
	 * Signs the token (RS256 over the header and claims exactly as set).
	 * @return the compact serialisation
	 */
	public String sign() {
		String signingInput = encode(this.header) + "." + encode(this.claims);
		if (this.unsigned) {
			return signingInput + ".";
		}
		try {
			RSASSASigner signer = new RSASSASigner(this.key.toPrivateKey(), java.util.Set.of(AllowWeakRSAKey.getInstance()));
			Base64URL signature = signer.sign(new JWSHeader(JWSAlgorithm.RS256),
					signingInput.getBytes(StandardCharsets.US_ASCII));
			return signingInput + "." + signature;
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Could not sign the token", ex);
		}
	}

	private static String encode(Map<String, Object> json) {
		return Base64URL.encode(JSONObjectUtils.toJSONString(json)).toString();
	}

}
