package io.github.kindem2m.token;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;

/**
 * The machine that called the API, read from a verified Kinde M2M access token.
 *
 * <p>Immutable. Controllers receive it with {@code @AuthenticationPrincipal KindeM2mToken
 * token} or a plain {@code KindeM2mToken} parameter. The organisation is the token's
 * {@code org_code}: it is set by Kinde and cannot be chosen by the caller.
 */
public final class KindeM2mToken {

	private final String clientId;

	private final @Nullable String orgCode;

	private final Set<String> scopes;

	private final List<String> audience;

	private final String issuer;

	private final @Nullable String tokenId;

	private final @Nullable Instant issuedAt;

	private final Instant expiresAt;

	private final List<String> grantTypes;

	private final List<String> permissions;

	private final FeatureFlags flags;

	private final ApplicationProperties properties;

	private final Map<String, Object> claims;

	/**
	 * The token read last on this thread: the claims validator and the converter read the
	 * same decoded token one after the other, so the second read is free.
	 */
	private static final ThreadLocal<KindeM2mToken> LAST_READ = new ThreadLocal<>();

	private KindeM2mToken(Map<String, Object> claims, boolean alreadyImmutable) {
		this.claims = alreadyImmutable ? claims : Collections.unmodifiableMap(new LinkedHashMap<>(claims));
		this.clientId = KindeClaims.clientId(claims);
		this.orgCode = KindeClaims.orgCode(claims);
		this.scopes = KindeClaims.scopes(claims);
		this.audience = KindeClaims.stringList(claims, JwtClaimNames.AUD);
		this.issuer = requireString(claims, JwtClaimNames.ISS);
		this.tokenId = (claims.get(JwtClaimNames.JTI) instanceof String jti) ? jti : null;
		this.issuedAt = KindeClaims.instant(claims, JwtClaimNames.IAT);
		Instant exp = KindeClaims.instant(claims, JwtClaimNames.EXP);
		if (exp == null) {
			throw new InvalidKindeClaimException("The exp claim is required");
		}
		this.expiresAt = exp;
		this.grantTypes = KindeClaims.grantTypes(claims);
		this.permissions = KindeClaims.stringList(claims, KindeClaims.PERMISSIONS);
		this.flags = KindeClaims.featureFlags(claims);
		this.properties = KindeClaims.applicationProperties(claims);
	}

	/**
	 * Reads a decoded and verified token.
	 * @param jwt the token, as produced by a {@code JwtDecoder}
	 * @return the typed token
	 * @throws InvalidKindeClaimException when a claim does not have the shape Kinde gives it
	 */
	public static KindeM2mToken from(Jwt jwt) {
		Map<String, Object> claims = jwt.getClaims();
		KindeM2mToken last = LAST_READ.get();
		if (last != null && last.claims == claims) {
			return last;
		}
		KindeM2mToken token = new KindeM2mToken(claims, true); // a Jwt's claims are already an unmodifiable copy
		LAST_READ.set(token);
		return token;
	}

	/**
	 * Reads the claims of a decoded and verified token. Times may be {@link Instant}s or
	 * epoch seconds; {@code aud} must be a list of strings.
	 * @param claims the token's claims
	 * @return the typed token
	 * @throws InvalidKindeClaimException when a claim does not have the shape Kinde gives it
	 */
	public static KindeM2mToken from(Map<String, Object> claims) {
		return new KindeM2mToken(claims, false);
	}

	/**
	 * The M2M application's client id (the {@code azp} claim).
	 * @return the client id, never empty
	 */
	public String clientId() {
		return this.clientId;
	}

	/**
	 * The organisation the token was issued for ({@code org_code}); only org-scoped M2M
	 * applications have one.
	 * @return the organisation code, or empty
	 */
	public Optional<String> orgCode() {
		return Optional.ofNullable(this.orgCode);
	}

	/**
	 * The granted scopes: the union of the {@code scope} string and the {@code scp} array.
	 * @return the scopes, possibly empty
	 */
	public Set<String> scopes() {
		return this.scopes;
	}

	/**
	 * Whether the token grants a scope.
	 * @param scope the scope, compared exactly
	 * @return whether it was granted
	 */
	public boolean hasScope(String scope) {
		return this.scopes.contains(scope);
	}

	/**
	 * The audiences the token was issued for ({@code aud}).
	 * @return the audiences
	 */
	public List<String> audience() {
		return this.audience;
	}

	/**
	 * The issuer ({@code iss}), the Kinde domain.
	 * @return the issuer
	 */
	public String issuer() {
		return this.issuer;
	}

	/**
	 * The token id ({@code jti}).
	 * @return the id, or empty
	 */
	public Optional<String> tokenId() {
		return Optional.ofNullable(this.tokenId);
	}

	/**
	 * When the token was issued ({@code iat}).
	 * @return the instant, or empty
	 */
	public Optional<Instant> issuedAt() {
		return Optional.ofNullable(this.issuedAt);
	}

	/**
	 * When the token expires ({@code exp}).
	 * @return the instant
	 */
	public Instant expiresAt() {
		return this.expiresAt;
	}

	/**
	 * The grant types ({@code gty}), {@code [client_credentials]} for M2M tokens.
	 * @return the grant types
	 */
	public List<String> grantTypes() {
		return this.grantTypes;
	}

	/**
	 * The permissions ({@code permissions}), an optional copy of the API scopes.
	 * @return the permissions, possibly empty
	 */
	public List<String> permissions() {
		return this.permissions;
	}

	/**
	 * The feature flags ({@code feature_flags}).
	 * @return the flags, possibly empty
	 */
	public FeatureFlags flags() {
		return this.flags;
	}

	/**
	 * The application properties ({@code application_properties}).
	 * @return the properties, possibly empty
	 */
	public ApplicationProperties properties() {
		return this.properties;
	}

	/**
	 * All claims, including custom claims added by Kinde workflows.
	 * @return an unmodifiable map of the claims
	 */
	public Map<String, Object> claims() {
		return this.claims;
	}

	private static String requireString(Map<String, Object> claims, String name) {
		Object value = claims.get(name);
		if (!(value instanceof String string)) {
			throw new InvalidKindeClaimException("The " + name + " claim must be a string");
		}
		return string;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return (this == other) || (other instanceof KindeM2mToken that && this.claims.equals(that.claims));
	}

	@Override
	public int hashCode() {
		return this.claims.hashCode();
	}

	@Override
	public String toString() {
		return "KindeM2mToken[clientId=" + this.clientId + ", orgCode=" + this.orgCode + ", scopes=" + this.scopes
				+ ", expiresAt=" + this.expiresAt + "]";
	}

}
